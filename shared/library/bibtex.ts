/**
 * The BibTeX export (for Zotero, JabRef, biber). What the data may hold must come back
 * from a .bib reader as it was written in the library:
 *
 * - BibTeX counts braces without looking at backslashes, so a lone `\}` still closes the
 *   field: braces in text are written `\textbraceleft{}` / `\textbraceright{}`, never as
 *   braces; the other LaTeX specials are escaped, accents stay UTF-8 (biber, Zotero and
 *   JabRef read UTF-8), and TeX ligatures (`--`, `''`, `,,`…) are broken with `{}`.
 * - `url` and `doi` are verbatim fields: readers keep `\_` as two characters, so they are
 *   written as they are; only what would break the field is percent-encoded (`%7D` for a
 *   lone `}`…: the same address for a browser or a DOI resolver).
 * - People as "Family, Given"; an organisation braced whole, so no reader takes it apart.
 */
import type { LibraryItem } from '../schemas/clip';
import { normalizeText } from '../text/normalize';
import { personName } from './authors';
import { yearOf } from './dates';
import { siteOf } from './url';

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In TeX's original font encoding (OT1) these two print ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** LaTeX specials escaped; a ligature's first character followed by `{}` ("--" stays two hyphens). */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^<>]|([-'`,])(?=\1)|[?!](?=`)/g, (c) => SPECIALS[c] ?? `${c}{}`);
}

/** Braces balanced as BibTeX counts them (depth never below zero, back to zero at the end). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A verbatim field (url, doi): as it is, except what would break the field or the
 * reader — braces BibTeX could not balance, backslashes, and `$` (Better BibTeX's parser
 * opens a math section on it even in a verbatim field) — percent-encoded.
 */
export function bibtexVerbatim(value: string): string {
  const compact = value.replace(/[\s\\$]/g, encodeURIComponent);
  return balanced(compact) ? compact : compact.replace(/[{}]/g, encodeURIComponent);
}

/**
 * Keywords, which Better BibTeX and JabRef read verbatim and biber never prints: the
 * tags as they are, separated by commas. A comma or semicolon inside a tag would split it,
 * and a brace, backslash or `$` would break the field: those few characters are left out.
 */
export function bibtexKeywords(tags: readonly string[]): string | undefined {
  const kept = tags
    .map((tag) =>
      tag
        .replace(/[,;{}\\$]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  return kept.length ? kept.join(', ') : undefined;
}

/** "Family, Given" for a person, `{Name}` for an organisation. */
export function bibtexAuthor(name: string): string {
  const person = personName(name);
  return person ? `${escapeBibtex(person.family)}, ${escapeBibtex(person.given)}` : `{${escapeBibtex(name)}}`;
}

/** biblatex `langid` (babel names) for the languages a reader needs to know: Zotero sentence-cases English only. */
const LANGIDS: Record<string, string> = {
  fr: 'french',
  en: 'english',
  de: 'ngerman',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
};

function keyBase(item: LibraryItem): string {
  const author = item.authors[0];
  const family = author ? (personName(author)?.family ?? author) : (item.siteName ?? siteOf(item.url));
  const last = normalizeText(family.split(' ').pop() ?? '').replace(/[^a-z0-9]/g, '');
  const year = yearOf(item.publishedAt ?? item.publishedPartial) ?? '';
  const word =
    normalizeText(item.title)
      .split(/[^a-z0-9]+/)
      .find((w) => w.length > 3) ?? '';
  return `${last || 'item'}${year}${word}`.slice(0, 60);
}

function entryType(item: LibraryItem): string {
  if (item.resourceType === 'article_scientifique' && item.citation?.journal) return 'article';
  if (item.resourceType === 'guide' || item.resourceType === 'fiche_pratique') return 'techreport';
  return 'misc';
}

export function* bibtexChunks(items: readonly LibraryItem[]): Generator<string> {
  const used = new Set<string>();
  const text = (value: string | undefined) => (value ? escapeBibtex(value) : undefined);
  for (const item of items) {
    const base = keyBase(item);
    let key = base;
    for (let n = 0; used.has(key); n++) key = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
    used.add(key);
    const type = entryType(item);
    const c = item.citation;
    const fields: [string, string | undefined][] = [
      ['title', `{${escapeBibtex(item.title)}}`],
      ['author', item.authors.length ? item.authors.map(bibtexAuthor).join(' and ') : undefined],
      ['year', String(yearOf(item.publishedAt ?? item.publishedPartial) ?? '') || undefined],
      ['date', (item.publishedAt ?? item.publishedPartial)?.slice(0, 10)],
      ['journal', text(c?.journal)],
      ['volume', text(c?.volume)],
      ['number', text(c?.issue)],
      [
        'pages',
        c?.firstPage &&
          [c.firstPage, c.lastPage]
            .filter(Boolean)
            .map((p) => escapeBibtex(p as string))
            .join('--'),
      ],
      [type === 'techreport' ? 'institution' : 'publisher', text(c?.publisher ?? item.siteName)],
      ['issn', c?.issn],
      ['doi', item.doi && bibtexVerbatim(item.doi)],
      ['pmid', item.pmid],
      ['url', bibtexVerbatim(item.url)],
      ['urldate', item.consultedAt.slice(0, 10)],
      ['language', item.lang],
      ['langid', LANGIDS[item.lang?.split('-')[0]?.toLowerCase() ?? '']],
      ['keywords', bibtexKeywords(item.tags)],
      ['abstract', text(item.description)],
      ['note', item.note ? escapeBibtex(item.note) : undefined],
    ];
    const body = fields
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `  ${k} = {${v}}`)
      .join(',\n');
    yield `@${type}{${key},\n${body}\n}\n\n`;
  }
}
