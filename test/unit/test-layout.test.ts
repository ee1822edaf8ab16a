/**
 * A test is found from its file: `test/unit|browser/shared/<a>/<b>.test.ts` tests `shared/<a>/<b>.ts`,
 * `test/unit|browser/extension/<a>/<b>.test.ts` tests `extension/modules/<a>/<b>.ts(x)`,
 * `test/unit/scripts/<b>.test.ts` tests `scripts/<b>.mjs`. A name may add a qualifier after the
 * module's (`library-store-concurrency` tests `library-store.ts`). The widgets' tests
 * (test/unit/widgets, test/browser/widgets, test/browser/internal, test/browser/<widget>) follow their
 * own layout; e2e tests test the product, not a module. Anything else is listed below with why.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

const ENGINE = 'the matching engine’s behaviour, through its one entry shared/matching/index.ts';
const SCENARIOS: Readonly<Record<string, string>> = {
  'test/unit/test-layout.test.ts': 'this check: the layout of test/ itself',
  'test/unit/extension/layers.test.ts': 'the import graph of every module under extension/modules',
  'test/unit/wording/inclusive-writing.test.ts': 'reads every shipped string (widgets, extension, demo, docs)',
  'test/unit/wording/issue15-phrases.test.ts': 'reads every shipped string against the HAS guide',
  'test/unit/shared/matching/experience-sharing.test.ts': ENGINE,
  'test/unit/shared/matching/forms.test.ts': `${ENGINE} (need form and candidate form together)`,
  'test/unit/shared/matching/normalisation.test.ts': ENGINE,
  'test/unit/shared/matching/rules.test.ts': ENGINE,
  'test/unit/shared/matching/scenarios.test.ts': ENGINE,
  'test/unit/shared/matching/scoring.test.ts': ENGINE,
  'test/unit/shared/matching/sources.test.ts': ENGINE,
};

const WIDGET_NAMES = readdirSync(join(ROOT, 'widgets'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const WIDGET_FOLDERS = [
  'test/unit/widgets/',
  'test/browser/widgets/',
  'test/browser/internal/',
  ...WIDGET_NAMES.map((n) => `test/browser/${n}/`),
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return e.name.endsWith('.test.ts') ? [relative(ROOT, p)] : [];
  });
}

/** The source folder a test folder mirrors, or undefined. */
function sourceDir(testDir: string): string | undefined {
  const rest = testDir.replace(/^test\/(unit|browser)\/?/, '');
  if (rest === 'scripts') return 'scripts';
  if (rest.startsWith('shared/')) return rest;
  if (rest.startsWith('extension/')) return `extension/modules/${rest.slice('extension/'.length)}`;
  return undefined;
}

/** Why a test file is out of place, or undefined when it mirrors a source file. */
function misplaced(file: string, exists: (path: string) => boolean = (p) => existsSync(join(ROOT, p))): string | undefined {
  if (SCENARIOS[file]) return undefined;
  const dir = sourceDir(dirname(file));
  if (!dir) return 'not under test/<unit|browser>/(shared|extension|scripts)/';
  const name = basename(file, '.test.ts');
  const parts = name.split('-');
  for (let i = parts.length; i > 0; i--) {
    const base = parts.slice(0, i).join('-');
    if (['.ts', '.tsx', '.mjs'].some((ext) => exists(`${dir}/${base}${ext}`))) return undefined;
  }
  return `no ${dir}/${name}.ts (nor a module its name starts with)`;
}

describe('test layout', () => {
  const files = [...testFiles(join(ROOT, 'test/unit')), ...testFiles(join(ROOT, 'test/browser'))].filter(
    (f) => !WIDGET_FOLDERS.some((w) => f.startsWith(w)),
  );

  it('finds the tests it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('test/unit/extension/store/library-store.test.ts');
    expect(files).toContain('test/browser/extension/sidepanel/library-app.test.ts');
  });

  it('every unit and browser test outside the widgets mirrors its source path', () => {
    expect(files.map((f) => [f, misplaced(f)]).filter(([, why]) => why)).toEqual([]);
  });

  it('every listed scenario test still exists', () => {
    expect(Object.keys(SCENARIOS).filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('refuses what it should', () => {
    expect(misplaced('test/unit/library/store.test.ts')).toMatch(/not under/);
    expect(misplaced('test/unit/shared/library/nothing-here.test.ts')).toMatch(/no shared\/library/);
    expect(misplaced('test/unit/extension/store/library-store-concurrency.test.ts')).toBeUndefined();
    expect(misplaced('test/browser/extension/store/library-store.test.ts')).toBeUndefined();
    expect(misplaced('test/unit/extension/stores/library-store.test.ts')).toMatch(/no extension\/modules\/stores/);
  });
});
