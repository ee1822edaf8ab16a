/**
 * Library exports, written chunk by chunk (one chunk per item) so the extension can show
 * progress, yield to the page and stop when the user cancels.
 *
 * - json: the full backup, lossless; import.ts reads it back identically.
 * - csv: for spreadsheets (RFC 4180 quoting, UTF-8 BOM; ";" for French Excel by default).
 * - markdown: for notes apps; excerpts and highlights quoted under their page.
 * - ris, bibtex: for Zotero and other reference managers (BibTeX in bibtex.ts).
 * - webannotation: the highlights as W3C Web Annotation JSON-LD (web-annotation.ts).
 */
import { formatDate } from '../i18n/format';
import { type Locale, localized } from '../i18n/locale';
import type { Annotation } from '../schemas/annotation';
import type { LibraryItem } from '../schemas/clip';
import { domainById } from '../vocab/domains';
import { resourceTypeLabel } from '../vocab/resource-types';
import { personName } from './authors';
import { bibtexChunks } from './bibtex';
import { siteOf } from './url';
import { webAnnotationChunks } from './web-annotation';
import type { WorkspaceBackup } from './workspace-backup';

export { escapeBibtex } from './bibtex';

export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'ris', 'bibtex', 'webannotation'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const BACKUP_FORMAT = 'binome-library';
/**
 * Version of the backup file layout (not of the database): 1 = items and annotations;
 * 2 = the whole library, with projects, contacts, checklists and charter records;
 * 3 = with the partner registry (an older extension says to update rather than import
 * a file whose registry it would silently leave out); 4 = with the project meetings and
 * their decided actions (same reason); 5 = with the projects' effect indicators and their
 * measurements (same reason). Every older version is still read.
 */
export const BACKUP_VERSION = 5;

export const EXPORT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  json: { extension: 'json', mime: 'application/json' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems' },
  bibtex: { extension: 'bib', mime: 'application/x-bibtex' },
  // Highlights only, W3C Web Annotation JSON-LD (web-annotation.ts).
  webannotation: { extension: 'jsonld', mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
};

export interface ExportOptions {
  readonly locale?: Locale;
  /** CSV delimiter; default ";" in French (what French spreadsheets expect), "," in English. */
  readonly delimiter?: ',' | ';' | '\t';
  /** Date of the export (ISO date-time), written in the JSON backup and the Markdown title. */
  readonly exportedAt?: string;
  /** Highlight meaning id (an annotation's `colour`) → label, for the Markdown and Web Annotation exports. */
  readonly meaningLabels?: Readonly<Record<string, string>>;
}

export interface ExportInput extends Partial<Readonly<WorkspaceBackup>> {
  readonly items: readonly LibraryItem[];
  readonly annotations?: readonly Annotation[];
}

/** The stored record may carry storage-only fields (urlKey): exports hold the schema's fields only. */
function plainItem(item: LibraryItem): LibraryItem {
  const { urlKey: _urlKey, ...rest } = item as LibraryItem & { urlKey?: string };
  return rest as LibraryItem;
}

function annotationsByItem(annotations: readonly Annotation[] = []): Map<string, Annotation[]> {
  const map = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = map.get(a.itemId);
    if (list) list.push(a);
    else map.set(a.itemId, [a]);
  }
  return map;
}

function domainLabel(id: string, locale: Locale): string {
  const domain = domainById(id);
  return domain ? localized(domain.label, locale) : id;
}

function quoteOf(annotation: Annotation): string {
  for (const selector of annotation.selectors) if (selector.type === 'TextQuoteSelector') return selector.exact;
  return '';
}

// ---------------------------------------------------------------- JSON backup

/** The workspace lists of a backup (workspace-backup.ts), in file order; each record one chunk. */
export const WORKSPACE_LISTS = [
  'projects',
  'contacts',
  'checklists',
  'charters',
  'registryInfo',
  'registryPartners',
  'registryWithdrawals',
  'meetings',
  'effects',
] as const satisfies readonly (keyof WorkspaceBackup)[];

function* jsonChunks(input: ExportInput, options: ExportOptions): Generator<string> {
  const { items, annotations = [] } = input;
  const exportedAt = options.exportedAt ?? new Date().toISOString();
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"items":[\n`;
  for (let i = 0; i < items.length; i++) yield `${i ? ',\n' : ''}${JSON.stringify(plainItem(items[i] as LibraryItem))}`;
  yield '\n],"annotations":[\n';
  for (let i = 0; i < annotations.length; i++) yield `${i ? ',\n' : ''}${JSON.stringify(annotations[i])}`;
  for (const name of WORKSPACE_LISTS) {
    const records: readonly unknown[] = input[name] ?? [];
    yield `\n],${JSON.stringify(name)}:[\n`;
    for (let i = 0; i < records.length; i++) yield `${i ? ',\n' : ''}${JSON.stringify(records[i])}`;
  }
  yield '\n]}\n';
}

// ---------------------------------------------------------------- CSV

const CSV_HEADERS: Record<Locale, readonly string[]> = {
  fr: [
    'id',
    'titre',
    'adresse',
    'type',
    'domaines',
    'étiquettes',
    'auteurs',
    'publication',
    'site',
    'doi',
    'pmid',
    'revue',
    'consulté le',
    'ajouté le',
    'modifié le',
    'note',
    'extraits',
    'surlignages',
  ],
  en: [
    'id',
    'title',
    'url',
    'type',
    'domains',
    'tags',
    'authors',
    'published',
    'site',
    'doi',
    'pmid',
    'journal',
    'consulted',
    'added',
    'modified',
    'note',
    'excerpts',
    'highlights',
  ],
};

/**
 * A CSV cell. Text starting with = + - @ (or a tab / carriage return) is prefixed with
 * an apostrophe so a spreadsheet never runs it as a formula (OWASP "CSV injection").
 */
export function csvCell(value: string, delimiter = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function* csvChunks({ items, annotations }: ExportInput, options: ExportOptions): Generator<string> {
  const locale = options.locale ?? 'fr';
  const d = options.delimiter ?? (locale === 'fr' ? ';' : ',');
  const byItem = annotationsByItem(annotations);
  const row = (cells: readonly string[]) => `${cells.map((c) => csvCell(c, d)).join(d)}\r\n`;
  yield `\uFEFF${row(CSV_HEADERS[locale])}`;
  for (const item of items) {
    yield row([
      item.id,
      item.title,
      item.url,
      resourceTypeLabel(item.resourceType, locale),
      item.domains.map((id) => domainLabel(id, locale)).join(' | '),
      item.tags.join(' | '),
      item.authors.join(' | '),
      item.publishedAt ?? item.publishedPartial ?? '',
      item.siteName ?? siteOf(item.url),
      item.doi ?? '',
      item.pmid ?? '',
      item.citation?.journal ?? '',
      item.consultedAt,
      item.createdAt,
      item.updatedAt,
      item.note,
      item.excerpts.join('\n---\n'),
      (byItem.get(item.id) ?? []).map(quoteOf).filter(Boolean).join('\n---\n'),
    ]);
  }
}

// ---------------------------------------------------------------- Markdown

const MD_LABELS = {
  fr: {
    title: 'Bibliothèque Binôme',
    exported: 'export du',
    type: 'Type',
    domains: 'Domaines',
    tags: 'Étiquettes',
    authors: 'Auteurs',
    published: 'Publication',
    consulted: 'Consulté le',
    note: 'Note',
    highlights: 'Surlignages',
    meaning: 'Sens',
    event: 'Événement',
  },
  en: {
    title: 'Binôme library',
    exported: 'exported on',
    type: 'Type',
    domains: 'Domains',
    tags: 'Tags',
    authors: 'Authors',
    published: 'Published',
    consulted: 'Consulted on',
    note: 'Note',
    highlights: 'Highlights',
    meaning: 'Meaning',
    event: 'Event',
  },
} as const;

/** Escapes Markdown syntax in running text (titles, names), so data never becomes markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()<>#+\-.!|~])/g, '\\$1').replace(/\s+/g, ' ');
}

function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

function markdownUrl(url: string): string {
  return url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function* markdownChunks({ items, annotations }: ExportInput, options: ExportOptions): Generator<string> {
  const locale = options.locale ?? 'fr';
  const L = MD_LABELS[locale];
  const byItem = annotationsByItem(annotations);
  const date = (value: string) => formatDate(value.length > 10 ? value.slice(0, 10) : value, locale);
  yield `# ${L.title} — ${L.exported} ${date(options.exportedAt ?? new Date().toISOString())}\n`;
  for (const item of items) {
    const lines = [`\n## [${escapeMarkdown(item.title)}](${markdownUrl(item.url)})\n`];
    const facts = [`${L.type} : ${resourceTypeLabel(item.resourceType, locale)}`];
    if (item.domains.length) facts.push(`${L.domains} : ${item.domains.map((id) => domainLabel(id, locale)).join(', ')}`);
    if (item.tags.length) facts.push(`${L.tags} : ${item.tags.map(escapeMarkdown).join(', ')}`);
    lines.push(`- ${facts.join(' · ')}`);
    if (item.authors.length) lines.push(`- ${L.authors} : ${item.authors.map(escapeMarkdown).join(', ')}`);
    const published = item.publishedAt ? date(item.publishedAt) : item.publishedPartial;
    lines.push(`- ${published ? `${L.published} : ${published} · ` : ''}${L.consulted} ${date(item.consultedAt)}`);
    if (item.event?.startAt)
      lines.push(
        `- ${L.event} : ${date(item.event.startAt)}${item.event.location ? `, ${escapeMarkdown(item.event.location)}` : ''}`,
      );
    if (item.doi) lines.push(`- DOI : [${escapeMarkdown(item.doi)}](https://doi.org/${markdownUrl(item.doi)})`);
    if (item.pmid) lines.push(`- PMID : [${item.pmid}](https://pubmed.ncbi.nlm.nih.gov/${item.pmid}/)`);
    for (const excerpt of item.excerpts) lines.push('', quoteBlock(excerpt));
    if (item.note) lines.push('', `**${L.note}** : ${escapeMarkdown(item.note)}`);
    // In the order of the page's text (code-point position), with their meaning and note.
    const at = (a: Annotation) => a.selectors.find((s) => s.type === 'TextPositionSelector')?.start ?? 0;
    const highlights = [...(byItem.get(item.id) ?? [])].sort((a, b) => at(a) - at(b));
    if (highlights.length) {
      lines.push('', `### ${L.highlights}`);
      for (const h of highlights) {
        lines.push('', quoteBlock(quoteOf(h)));
        if (h.note) lines.push('', escapeMarkdown(h.note));
        lines.push('', `*${L.meaning} : ${escapeMarkdown(options.meaningLabels?.[h.colour] ?? h.colour)}*`);
      }
    }
    yield `${lines.join('\n')}\n`;
  }
}

// ---------------------------------------------------------------- RIS

function risType(item: LibraryItem): string {
  if (item.resourceType === 'article_scientifique') return item.citation?.journal ? 'JOUR' : 'ELEC';
  if (item.resourceType === 'guide' || item.resourceType === 'fiche_pratique' || item.resourceType === 'charte_outil')
    return 'RPRT';
  return 'ELEC';
}

/** "2026-05-28…" → "2026/05/28/"; "2021-03" → "2021/03//"; RIS's DA / Y2 form. */
function risDate(value: string): string {
  const [y, m = '', d = ''] = value.slice(0, 10).split('-');
  return `${y}/${m}/${d}/`;
}

/**
 * RIS reads "Family, Given" as a person and a name without a comma as one corporate
 * author: an organisation's own commas become dashes so it is not taken for a person.
 */
function risAuthor(name: string): string {
  const person = personName(name);
  return person ? `${person.family}, ${person.given}` : name.replace(/\s*,\s*/g, ' – ');
}

function* risChunks({ items }: ExportInput): Generator<string> {
  for (const item of items) {
    const lines: string[] = [];
    const tag = (name: string, value: string | undefined) => {
      const v = value?.replace(/\s+/g, ' ').trim();
      if (v) lines.push(`${name}  - ${v}`);
    };
    tag('TY', risType(item));
    tag('TI', item.title);
    for (const author of item.authors) tag('AU', risAuthor(author));
    const published = item.publishedAt ?? item.publishedPartial;
    if (published) {
      tag('PY', published.slice(0, 4));
      tag('DA', risDate(published));
    }
    tag('T2', item.citation?.journal);
    tag('VL', item.citation?.volume);
    tag('IS', item.citation?.issue);
    tag('SP', item.citation?.firstPage);
    tag('EP', item.citation?.lastPage);
    tag('PB', item.citation?.publisher ?? item.siteName);
    tag('SN', item.citation?.issn);
    tag('DO', item.doi);
    tag('UR', item.url);
    tag('L1', item.citation?.pdfUrl);
    tag('AB', item.description);
    tag('LA', item.lang);
    tag('Y2', risDate(item.consultedAt));
    for (const keyword of item.tags) tag('KW', keyword);
    if (item.pmid) tag('N1', `PMID: ${item.pmid}`);
    if (item.note) tag('N1', item.note);
    for (const excerpt of item.excerpts) tag('N1', `« ${excerpt} »`);
    lines.push('ER  - ', '');
    yield lines.join('\r\n');
  }
}

// ---------------------------------------------------------------- entry point

/** The export as a sequence of text chunks: a header, then one chunk per item (then annotations, for JSON). */
export function exportChunks(format: ExportFormat, input: ExportInput, options: ExportOptions = {}): Generator<string> {
  switch (format) {
    case 'json':
      return jsonChunks(input, options);
    case 'csv':
      return csvChunks(input, options);
    case 'markdown':
      return markdownChunks(input, options);
    case 'ris':
      return risChunks(input);
    case 'bibtex':
      return bibtexChunks(input.items);
    case 'webannotation':
      return webAnnotationChunks(input.items, input.annotations ?? [], options);
  }
}

/** The whole export as one string (tests, small libraries). */
export function exportText(format: ExportFormat, input: ExportInput, options: ExportOptions = {}): string {
  let out = '';
  for (const chunk of exportChunks(format, input, options)) out += chunk;
  return out;
}

/** "binome-bibliotheque-2026-11-22.ris". */
export function exportFileName(format: ExportFormat, date: Date = new Date()): string {
  return `binome-bibliotheque-${date.toISOString().slice(0, 10)}.${EXPORT_FILES[format].extension}`;
}
