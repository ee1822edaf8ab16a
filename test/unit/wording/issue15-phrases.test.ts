/**
 * Issue 15: « a scan of every French string shipped (widgets, extension, demo, docs) finds
 * none of the phrases quoted above ». This test covers the phrases of the matching, vocabulary
 * and booking parts (the charter's are tested with the charter). It reads every source file
 * that ships words — widgets, extension, shared (bundled into both), demo, docs, cli,
 * templates, README — comments included, so that a phrase cannot come back even as a quote.
 *
 * Why each phrase is wrong, with the guide's line (test/fixtures/has-guide-2026.txt):
 * - the scores and most rules are Binôme's, the 40 h is the law's (3.4 note 23, l.588): nothing
 *   is « the HAS rules », and a score is Binôme's score;
 * - the guide names « prestataire » among partners' statuses (3.7, l.672) and speaks of a
 *   « démarche individuelle et commerciale » (2.5, l.444), not of a marketplace of providers;
 * - a public page does not book people: the load says the person's own limit and the
 *   guide's « ne pas sursolliciter » (annex 4, l.1255), not slots left;
 * - the third domain has one name, Table 5's « formation et enseignement » (l.403);
 * - the manager exclusion is an example the guide gives (3.3, l.537), not a ban.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

const SHIPPED = ['widgets', 'extension', 'shared', 'demo', 'docs', 'cli', 'templates', 'README.md'];
const TEXT = /\.(ts|tsx|js|mjs|html|json|md|csv|css)$/;
const SKIP_DIRS = new Set(['node_modules', '.output', 'dist', '.wxt']);

interface Forbidden {
  readonly phrase: RegExp;
  readonly why: string;
  /** Files where the words are input Binôme still reads, never shown (relative paths). */
  readonly allowedIn?: readonly string[];
}

const FORBIDDEN: readonly Forbidden[] = [
  { phrase: /classés selon les règles du guide/i, why: 'the ranking is Binôme’s score, not the guide’s' },
  { phrase: /écartés? par les règles de la HAS/i, why: 'each rule has its own source (law, guide, establishment, Binôme)' },
  { phrase: /excluded by the HAS rules/i, why: 'each rule has its own source' },
  { phrase: /selon les règles de la HAS/i, why: 'each rule has its own source' },
  { phrase: /Correspondance\s*:\s*(\$\{|\d)/, why: 'the score is presented as Binôme’s' },
  {
    phrase: /place de marché/i,
    why: 'the guide names « prestataire » among statuses (3.7); 2.5 speaks of a « démarche commerciale »',
  },
  { phrase: /jamais comme des prestataires/i, why: 'the guide names « prestataire » among statuses (3.7)' },
  { phrase: /peut en accepter une autre/i, why: 'booking language on a public page' },
  { phrase: /complet pour le moment/i, why: 'booking language on a public page' },
  { phrase: /disponibles pour une nouvelle mission/i, why: 'booking language on a public page' },
  {
    phrase: /Enseignement et formation/,
    why: 'one name for the domain, Table 5’s « Formation et enseignement »',
    // Registries written before still say it: read as the same domain, never shown.
    allowedIn: ['shared/registry/vocab-match.ts'],
  },
  { phrase: /ne peut pas en être patient partenaire/i, why: 'the manager exclusion is the guide’s example, not a ban' },
  { phrase: /cannot be its patient partner/i, why: 'the manager exclusion is the guide’s example, not a ban' },
];

function walk(path: string, out: string[]): void {
  const full = join(root, path);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    if (TEXT.test(path)) out.push(path);
    return;
  }
  for (const name of readdirSync(full)) if (!SKIP_DIRS.has(name)) walk(join(path, name), out);
}

function shippedFiles(): string[] {
  const out: string[] = [];
  for (const p of SHIPPED) walk(p, out);
  return out;
}

/** Every forbidden phrase found in `text`, with its line. */
function findForbidden(file: string, text: string): string[] {
  const hits: string[] = [];
  const lines = text.split('\n');
  for (const f of FORBIDDEN) {
    if (f.allowedIn?.includes(file)) continue;
    lines.forEach((line, i) => {
      if (f.phrase.test(line)) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)} — ${f.why}`);
    });
  }
  return hits;
}

describe('issue 15: no shipped string says what the HAS guide does not say', () => {
  const files = shippedFiles();

  it('reads the shipped sources (widgets, extension, shared, demo, docs)', () => {
    for (const dir of ['widgets/', 'extension/', 'shared/', 'demo/', 'docs/'])
      expect(
        files.some((f) => f.startsWith(dir)),
        dir,
      ).toBe(true);
    expect(files).toContain('widgets/matching-form/results-messages.ts');
    expect(files).toContain('demo/pages/trouver-des-partenaires.html');
    expect(files).toContain('demo/site.json');
  });

  it('finds a forbidden phrase where one is planted (the scan can fail)', () => {
    expect(findForbidden('x.ts', ['const s = `Correspondance : $', '{n} sur 100`;'].join(''))).toHaveLength(1);
    expect(findForbidden('x.ts', 'Correspondance : 86 sur 100')).toHaveLength(1);
    expect(findForbidden('x.html', 'jamais comme des prestataires sur une place de marché')).toHaveLength(2);
    expect(findForbidden('x.ts', "fr: 'Enseignement et formation'")).toHaveLength(1);
    expect(findForbidden('shared/registry/vocab-match.ts', "'Enseignement et formation'")).toEqual([]);
  });

  it('finds none of the phrases in any of them', () => {
    const hits = files.flatMap((file) => findForbidden(file, readFileSync(join(root, file), 'utf8')));
    expect(hits).toEqual([]);
  });

  it('the allowed exception is where it says', () => {
    for (const f of FORBIDDEN)
      for (const file of f.allowedIn ?? []) expect(f.phrase.test(readFileSync(join(root, file), 'utf8')), file).toBe(true);
    expect(relative(root, join(root, 'shared/registry/vocab-match.ts'))).toBe('shared/registry/vocab-match.ts');
  });
});
