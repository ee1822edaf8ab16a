/**
 * The npm package as a host gets it (issue 14): `npm pack` of the built repository, then
 * - publint (strict) and `attw --pack` (ESM-only profile, every entry point) on the tarball;
 * - `web-ext lint` of the Firefox build: 0 errors;
 * - the tarball installed with npm (install scripts allowed: there are none), only lit and zod
 *   coming with it, every bare import of its JS and .d.ts a declared dependency;
 * - the consumer fixtures of test/consumers (Vite + TS strict, React 19 + TS, Vue 3 + TS, plain HTML
 *   with the autoloader) type-checked, built, served under the strict CSP and rendered in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';
import { repoRoot } from '../helpers/paths';

const bin = (path: string) => resolve(repoRoot, 'node_modules', path);
const consumers = resolve(repoRoot, '.cache/consumers');
const fixtures = resolve(repoRoot, 'test/consumers');
const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
/** The subpaths behind the package's wildcard exports, which attw cannot list by itself. */
const WIDGETS = readdirSync(resolve(repoRoot, 'widgets'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(repoRoot, 'widgets', d.name, 'index.ts')))
  .map((d) => d.name);

function run(command: string, args: string[], cwd = repoRoot, timeout = 180_000) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
const node = (script: string, args: string[], cwd = repoRoot) => run(process.execPath, [script, ...args], cwd);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

let tarball: string;
let packDir: string;
let installed: string;

beforeAll(() => {
  packDir = mkdtempSync(join(tmpdir(), 'binome-pack-'));
  const pack = run('npm', ['pack', '--pack-destination', packDir, '--ignore-scripts', '--json'], repoRoot);
  expect(pack.status, pack.out).toBe(0);
  tarball = resolve(packDir, JSON.parse(pack.out.slice(pack.out.indexOf('['))).at(0).filename);

  // One install for every fixture, as a host would: `npm install binome-x.y.z.tgz`.
  rmSync(consumers, { recursive: true, force: true });
  mkdirSync(consumers, { recursive: true });
  writeFileSync(resolve(consumers, 'package.json'), JSON.stringify({ name: 'consumers', private: true, type: 'module' }));
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], consumers);
  expect(install.status, install.out).toBe(0);
  installed = resolve(consumers, 'node_modules/binome');
}, 240_000);

afterAll(() => {
  if (packDir) rmSync(packDir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the widgets, the script-tag folder, the standalone file, the manifest, the CLI and the licence; no extension or sources', () => {
    const files = walk(installed).map((f) => relative(installed, f));
    for (const needed of [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/custom-elements.json',
      'dist/widgets/index.js',
      'dist/widgets/types/widgets/index.d.ts',
      'dist/widgets/types/widgets/generated/jsx.d.ts',
      'dist/widgets/types/widgets/generated/vue.d.ts',
      'dist/cdn/binome-widgets.js',
      'dist/standalone/binome-widgets.js',
      'dist/cli/binome.mjs',
    ]) {
      expect(files, needed).toContain(needed);
    }
    for (const name of WIDGETS) expect(files).toContain(`dist/widgets/${name}.js`);
    expect(
      files.filter(
        (f) => /^(?:extension|widgets|shared|test|demo|\.output)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')),
      ),
    ).toEqual([]);
    console.log(`tarball: ${(statSync(tarball).size / 1024).toFixed(0)} KB, ${files.length} files`);
  });

  it('needs no install script and depends on lit and zod only (the extension’s packages are not installed)', () => {
    const scripts = Object.keys(pkg.scripts ?? {});
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts).not.toContain(hook);
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['lit', 'zod']);
    const modules = readdirSync(resolve(consumers, 'node_modules'));
    for (const name of ['preact', 'idb', 'wxt']) expect(modules).not.toContain(name);
    expect(existsSync(resolve(consumers, 'node_modules/@preact'))).toBe(false);
  });

  it('imports, in its JS and its .d.ts, only packages it depends on (plus the framework of a framework typing)', () => {
    const allowed = new Set([...Object.keys(pkg.dependencies), 'react', 'preact', 'vue']);
    const seen = new Set<string>();
    for (const file of walk(resolve(installed, 'dist')).filter((f) => /\.(?:m?js|d\.ts)$/.test(f) && !f.includes('/cli/'))) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"'./][^"']*)["']/g)) {
        seen.add((spec as string).replace(/^((?:@[^/]+\/)?[^/]+).*$/, '$1'));
      }
    }
    expect([...seen].filter((name) => !allowed.has(name))).toEqual([]);
    expect(seen.has('lit')).toBe(true);
  });

  it('publishes no internal state in the element classes (Lit `_x` state and other `_x` members, its `static properties` entries)', () => {
    const classes = walk(resolve(installed, 'dist/widgets/types/widgets')).filter(
      (f) => f.endsWith('.d.ts') && !f.includes('/generated/'),
    );
    const leaks = classes.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /^ {4,8}(?:(?:declare|readonly|get|set) )*_[A-Za-z0-9]+(?:\??:|\()/.test(line))
        .map((line) => `${relative(installed, f)}: ${line.trim()}`),
    );
    expect(leaks).toEqual([]);
    expect(readFileSync(resolve(installed, 'dist/widgets/types/widgets/partner-card/partner-card.d.ts'), 'utf8')).toMatch(
      /\bpartnerId: /,
    );
  });

  it('passes publint (strict: warnings fail too)', () => {
    const result = node(bin('publint/src/cli.js'), ['run', tarball, '--strict']);
    expect(result.status, result.out).toBe(0);
    expect(result.out).not.toMatch(/Warnings?:|Errors?:/);
  });

  it('passes attw --pack, ESM-only profile, every entry point (types resolve under node16, nodenext and bundler)', () => {
    const entries = ['./widgets', ...WIDGETS.map((w) => `./widgets/${w}`), './react', './preact', './vue', './jsx'];
    const result = node(bin('@arethetypeswrong/cli/dist/index.js'), [
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'json',
      '--include-entrypoints',
      ...entries,
    ]);
    expect(result.status, result.out).toBe(0);
    const { analysis } = JSON.parse(result.out.slice(result.out.indexOf('{')));
    for (const entry of entries) expect(Object.keys(analysis.entrypoints)).toContain(entry);
    // The ESM-only profile ignores node10 and require(): what is left must be empty.
    const problems = analysis.problems.filter(
      (p: { resolutionKind?: string }) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs',
    );
    expect(problems).toEqual([]);
  });
});

describe('the Firefox build for AMO', () => {
  it('web-ext lint: 0 errors', () => {
    const result = node(bin('web-ext/bin/web-ext.js'), [
      'lint',
      '--source-dir',
      resolve(repoRoot, '.output/firefox-mv2'),
      '--output',
      'json',
      '--no-input',
    ]);
    const report = JSON.parse(result.out.slice(result.out.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 1)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

/** Type-checks with skipLibCheck off and Vite builds: tens of seconds on a loaded 2-core machine. */
const SLOW = 180_000;

describe('consumer apps built from the tarball, type-checked, rendered in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The fixture copied beside the installed package (its imports resolve there, its tools from the repository). */
  function fixture(name: string): string {
    const dir = resolve(consumers, name);
    cpSync(resolve(fixtures, name), dir, { recursive: true });
    return dir;
  }

  async function build(dir: string, configFile?: string) {
    const { build: viteBuild } = await import('vite');
    await viteBuild({
      root: dir,
      configFile: configFile ?? false,
      logLevel: 'silent',
      build: { outDir: resolve(dir, 'dist'), emptyOutDir: true },
    });
    cpSync(resolve(repoRoot, 'dist/demo/data'), resolve(dir, 'dist/data'), { recursive: true });
    return resolve(dir, 'dist');
  }

  /** Serves `site` with the strict CSP, opens it: the card must render and its pp-load arrive, with no error. */
  async function renders(site: string, then?: (page: Page, requested: string[]) => Promise<void>) {
    // The browser asks for one: a 404 would be logged as a console error.
    if (!existsSync(resolve(site, 'favicon.ico'))) writeFileSync(resolve(site, 'favicon.ico'), '');
    const server = await serveStatic(site);
    const page = await browser.newPage();
    const problems: string[] = [];
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    try {
      const response = await page.goto(`${server.url}/index.html`);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
      await page.locator('pp-partner-card article.card h2').waitFor({ timeout: 15_000 });
      const name = await page.locator('pp-partner-card article.card h2').textContent();
      expect(name?.trim().length).toBeGreaterThan(0);
      await then?.(page, requested);
      return { problems, loaded: await page.evaluate(() => document.documentElement.dataset.loaded ?? null) };
    } finally {
      await page.close();
      await server.close();
    }
  }

  function typecheck(dir: string, project: string, checker = bin('typescript/bin/tsc')) {
    const result = node(checker, ['--noEmit', '-p', resolve(dir, project)]);
    expect(result.status, result.out).toBe(0);
  }

  it(
    'Vite + TypeScript strict (also type-checked under node16 and nodenext)',
    async () => {
      const dir = fixture('vite-ts');
      for (const project of ['tsconfig.json', 'tsconfig.node16.json', 'tsconfig.nodenext.json']) typecheck(dir, project);
      const { problems, loaded } = await renders(await build(dir));
      expect(problems).toEqual([]);
      expect(loaded).toBe('pp-037:true');
    },
    SLOW,
  );

  it(
    'React 19 + TypeScript (binome/react: attributes, properties and onpp-* typed)',
    async () => {
      const dir = fixture('react');
      typecheck(dir, 'tsconfig.json');
      const { problems, loaded } = await renders(await build(dir));
      expect(problems).toEqual([]);
      expect(loaded).toBe('pp-037:true');
    },
    SLOW,
  );

  it(
    'Vue 3 + TypeScript (vue-tsc, binome/vue GlobalComponents)',
    async () => {
      const dir = fixture('vue');
      typecheck(dir, 'tsconfig.json', bin('vue-tsc/bin/vue-tsc.js'));
      const { problems, loaded } = await renders(await build(dir, resolve(dir, 'vite.config.ts')));
      expect(problems).toEqual([]);
      expect(loaded).toBe('pp-037:true');
    },
    SLOW,
  );

  it(
    'plain HTML with the autoloader: one script tag, the dist/cdn folder copied as binome/',
    async () => {
      const dir = fixture('html');
      cpSync(resolve(installed, 'dist/cdn'), resolve(dir, 'binome'), { recursive: true });
      cpSync(resolve(repoRoot, 'dist/demo/data'), resolve(dir, 'data'), { recursive: true });
      const { problems } = await renders(dir, async (page, requested) => {
        // Only what the page shows was fetched: the card, not the checklist.
        expect(requested).toContain('/binome/partner-card.js');
        expect(requested).not.toContain('/binome/checklist.js');
        expect(await page.evaluate(() => customElements.get('pp-checklist') === undefined)).toBe(true);
        // A tag added later, inside an open shadow root, is found and its code fetched then.
        await page.evaluate(() => {
          const host = document.createElement('div');
          document.body.append(host);
          const root = host.attachShadow({ mode: 'open' });
          root.append(document.createElement('pp-checklist'));
        });
        await page.waitForFunction(() => customElements.get('pp-checklist') !== undefined, null, { timeout: 15_000 });
        expect(requested).toContain('/binome/checklist.js');
      });
      expect(problems).toEqual([]);
    },
    SLOW,
  );
});
