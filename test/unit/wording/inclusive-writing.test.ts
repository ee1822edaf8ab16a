/**
 * Issue 15: one convention for gender in French, the one docs/ecriture.md sets out: no
 * abbreviated form (« patient·e », « patient(e) », « patient.e »), which the circular of
 * 21 November 2017 on texts published in the Journal officiel asks administrations not to
 * use; both forms spelt out (« patiente ou patient partenaire ») or an epicene wording
 * where the gender is not known; the person's own form where their data gives it.
 *
 * The scan reads every source that ships words (the same list as issue15-phrases.test.ts,
 * plus the XLSX template's cells): in TypeScript and JavaScript only the strings, template
 * texts, JSX texts and comments, so that code (`push(e)`, `a.e`) is not mistaken for
 * words; every other file whole.
 *
 * Two exceptions, and only where they are: criterion 9 of the HAS checklist is quoted word
 * for word, as the guide prints it (Table 8 and annex 2, test/fixtures/has-guide-2026.txt
 * l.856 and l.1014), an official text is not rewritten; and docs/ecriture.md, the rule,
 * shows the forms it rules out. And the comments (only) of the code that reads other
 * people's texts, which says what forms it reads (READERS).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/universal';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot as root } from '../../helpers/paths';

const SHIPPED = ['widgets', 'extension', 'shared', 'demo', 'docs', 'cli', 'templates', 'README.md'];
const TEXT = /\.(ts|tsx|js|mjs|html|json|md|csv|css|txt)$/;
const CODE = /\.(ts|tsx|js|mjs)$/;
const SKIP_DIRS = new Set(['node_modules', '.output', 'dist', '.wxt']);

/** The abbreviated forms, each with what it looks like. */
const PATTERNS: readonly { readonly name: string; readonly re: RegExp }[] = [
  // « patient·e », « un·e », « pair·e·s »: a point (middle dot U+00B7, or its look-alikes
  // U+2027 and U+22C5) between letters; two letters before, so that « O(a·b) » is not one.
  { name: 'middle dot', re: /\p{L}{2}[\u00b7\u2027\u22c5]\p{L}/gu },
  // « patient(e) », « un(e) », « professionnel(le) », « coordinateur(trice) », « patient(e)s ».
  {
    name: 'parentheses',
    re: /\p{L}\((?:e|es|ne|nes|le|les|se|ses|te|tes|ée|ées|ère|ères|ve|ves|ice|ices|rice|rices|trice|trices|euse|euses)\)/giu,
  },
  // « patient.e », « inscrit.e.s », « concerné.es », « acteur.rice.s »: not a web address or a path.
  {
    name: 'period',
    re: /(?<![\p{L}\p{N}_./@:-])\p{Ll}{2,}\.(?:e|es|ne|nes|le|les|se|ses|te|tes|ère|ères|ice|ices|rice|rices|trice|trices|euse|euses)(?:\.s)?(?![\p{L}\p{N}_./-])/gu,
  },
];

interface Allowed {
  readonly file: string;
  /** The whole text, as the guide prints it. */
  readonly quote: string;
  readonly source: string;
}

const ALLOWED: readonly Allowed[] = [
  {
    file: 'shared/vocab/checklist.ts',
    quote: 'Les réunions ou actions sont-elles menées par un(e) professionnel(le) et un(e) patient(e) ?',
    source: 'HAS checklist criterion 9, Table 8 and annex 2: quoted word for word',
  },
];

/**
 * Code that reads the abbreviated forms in other people's texts (web pages saved in the
 * library) and brings them back to one form: its comments name the forms it reads. Its
 * strings are still scanned: only comments are let through.
 */
const READERS: readonly { readonly file: string; readonly why: string }[] = [
  { file: 'shared/library/classify-words.ts', why: 'the classifier folds « pair-aidant·es », « un(e) » in saved pages' },
];

/** The rule itself shows each form it rules out. */
const RULE_DOC = 'docs/ecriture.md';

interface Hit {
  readonly file: string;
  readonly line: number;
  readonly found: string;
  readonly text: string;
  readonly pattern: string;
}

/** The word-carrying parts of a script: strings, template texts, JSX texts, comments; each with its offset. */
interface Part {
  readonly at: number;
  readonly text: string;
  readonly comment: boolean;
}

function wordsOfScript(file: string, source: string): Part[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.m?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, kind);
  const out: Part[] = [];
  const comments = new Set<number>();
  const addComments = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (comments.has(r.pos)) continue;
      comments.add(r.pos);
      out.push({ at: r.pos, text: source.slice(r.pos, r.end), comment: true });
    }
  };
  const visit = (node: ts.Node) => {
    addComments(ts.getLeadingCommentRanges(source, node.pos));
    addComments(ts.getTrailingCommentRanges(source, node.end));
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      out.push({ at: node.getStart(sf), text: source.slice(node.getStart(sf), node.end), comment: false });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every abbreviated form in `text` (a file's content), with its line, except the allowed quotations. */
function findAbbreviated(file: string, source: string): Hit[] {
  const reader = READERS.some((r) => r.file === file);
  const parts = CODE.test(file)
    ? wordsOfScript(file, source).filter((p) => !(reader && p.comment))
    : [{ at: 0, text: source, comment: false }];
  const hits: Hit[] = [];
  for (const { at, text } of parts)
    for (const { name, re } of PATTERNS)
      for (const m of text.matchAll(re)) {
        const offset = at + (m.index ?? 0);
        const lineStart = source.lastIndexOf('\n', offset) + 1;
        const lineEnd = source.indexOf('\n', offset);
        const line = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
        if (ALLOWED.some((a) => a.file === file && text.includes(a.quote))) continue;
        hits.push({
          file,
          line: source.slice(0, offset).split('\n').length,
          found: m[0],
          text: line.trim().slice(0, 140),
          pattern: name,
        });
      }
  return hits;
}

function walk(path: string, out: string[]): void {
  const full = join(root, path);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    if (TEXT.test(path) || path.endsWith('.xlsx')) out.push(path);
    return;
  }
  for (const name of readdirSync(full)) if (!SKIP_DIRS.has(name)) walk(join(path, name), out);
}

function shippedFiles(): string[] {
  const out: string[] = [];
  for (const p of SHIPPED) walk(p, out);
  return out;
}

/** A workbook's cells, one sheet after the other, one line a row. */
async function xlsxText(file: string): Promise<string> {
  const bytes = readFileSync(join(root, file));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = [...(await readSheet(buffer)), ...(await readSheet(buffer, 'Colonnes'))];
  return rows.map((row) => row.map((cell) => String(cell ?? '')).join('\t')).join('\n');
}

describe('issue 15: French is written one way, without abbreviated gender forms (docs/ecriture.md)', () => {
  const files = shippedFiles();

  it('reads the shipped sources, the XLSX template included', () => {
    for (const dir of ['widgets/', 'extension/', 'shared/', 'demo/', 'docs/', 'cli/', 'templates/'])
      expect(
        files.some((f) => f.startsWith(dir)),
        dir,
      ).toBe(true);
    for (const file of [
      'shared/vocab/role-labels.ts',
      'extension/modules/i18n/registry.ts',
      'widgets/checklist/views-messages.ts',
      'demo/site.json',
      'demo/registry/registre.json',
      'docs/ecriture.md',
      'templates/registre-modele.xlsx',
      'README.md',
    ])
      expect(files).toContain(file);
  });

  it('finds each abbreviated form where one is planted (the scan can fail)', () => {
    const found = (file: string, text: string) => findAbbreviated(file, text).map((h) => h.found);
    expect(found('x.ts', "const x = { fr: 'Médiateur·rice de santé pair·e' };")).toEqual(['ur·r', 'ir·e']);
    // A template literal, as a widget's source has it (`$` and `{` apart, so that this string is not one).
    expect(found('x.ts', ['const s = `Portrait d’un·e $', '{role}`;'].join(''))).toEqual(['un·e']);
    expect(found('x.tsx', '<p>Accord pour être proposé·e</p>')).toEqual(['sé·e']);
    expect(found('x.ts', '// « patient(e) partenaire »')).toEqual(['t(e)']);
    expect(found('x.html', 'un(e) patient(e)s et un(E) professionnel(le) ou coordinateur(trice)')).toEqual([
      'n(e)',
      't(e)',
      'n(E)',
      'l(le)',
      'r(trice)',
    ]);
    expect(found('x.md', 'les patient.e.s inscrit.es, un.e acteur.rice')).toEqual([
      'patient.e.s',
      'inscrit.es',
      'un.e',
      'acteur.rice',
    ]);
    expect(found('x.json', '{ "label": "DU Mission patient·e partenaire" }')).toEqual(['nt·e']);
  });

  it('leaves code, addresses and other dots and parentheses alone', () => {
    const clean = [
      'el.addEventListener("pp-submit", (e) => submits.push(e));',
      'const n = countAnswers(e); void add(e); decodeText(le); String(e);',
      'const url = "https://www.example.es/le.e"; // http(s) only, O(a·b) time',
      "const s = 'Annuaire oui · Nom non'; const r = '3 réponse(s)'; const file = 'photos/camille.jpg';",
    ].join('\n');
    expect(findAbbreviated('x.ts', clean)).toEqual([]);
    expect(findAbbreviated('x.md', 'Marseille · Bouches-du-Rhône (13) · http(s) · voir docs/ecriture.md')).toEqual([]);
  });

  it('finds none in the shipped files', async () => {
    const hits: Hit[] = [];
    for (const file of files) {
      if (file === RULE_DOC) continue;
      const text = file.endsWith('.xlsx') ? await xlsxText(file) : readFileSync(join(root, file), 'utf8');
      hits.push(...findAbbreviated(file, text));
    }
    expect(hits.map((h) => `${h.file}:${h.line} (${h.pattern}) « ${h.found} » — ${h.text}`)).toEqual([]);
  });

  it('the code that reads the forms is let through for its comments only, and does hold some', () => {
    for (const { file, why } of READERS) {
      const path = join(root, file);
      // Work in progress elsewhere may move it: an allowance for a file that is gone lets nothing through.
      if (!statSync(path, { throwIfNoEntry: false })) continue;
      const text = readFileSync(path, 'utf8');
      expect(findAbbreviated('elsewhere.ts', text).length, why).toBeGreaterThan(0);
    }
    const planted = "// reads « patient·e »\nconst shown = 'Patient·e partenaire';";
    expect(findAbbreviated(READERS[0]!.file, planted).map((h) => h.found)).toEqual(['nt·e']);
  });

  it('the rule shows every form it rules out', () => {
    const shown = findAbbreviated('elsewhere.md', readFileSync(join(root, RULE_DOC), 'utf8'));
    expect(new Set(shown.map((h) => h.pattern))).toEqual(new Set(PATTERNS.map((p) => p.name)));
  });

  it('the one exception in what is shown is an official text quoted word for word, where it says', () => {
    const guide = readFileSync(join(root, 'test/fixtures/has-guide-2026.txt'), 'utf8');
    for (const a of ALLOWED) {
      expect(guide, a.source).toContain(a.quote);
      const text = readFileSync(join(root, a.file), 'utf8');
      expect(text, a.file).toContain(a.quote);
      // Without its allowance the quotation would be found: the exception is not hiding a file.
      expect(findAbbreviated('elsewhere.ts', text).length, a.file).toBeGreaterThan(0);
    }
  });
});
