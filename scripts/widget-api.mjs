// The widgets' public API, read once from their JSDoc by the Custom Elements Manifest analyzer
// (custom-elements-manifest.config.mjs), then put where each reader looks for it:
//
//   node scripts/widget-api.mjs          build: dist/custom-elements.json, the published .d.ts
//                                        (relative imports given their `.js`, the generated JSX/Vue
//                                        typings beside them) — run by `npm run build:widgets`;
//   node scripts/widget-api.mjs --write  the committed copies: widgets/generated/*.d.ts and the API
//                                        tables of docs/widgets/*.md (between the `api` markers).
//
// test/unit/scripts/widget-api.test.ts fails when the committed copies and the JSDoc disagree.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
/** Typings generated from the manifest, committed (the extension type-checks against them before any build). */
export const GENERATED = ['jsx.d.ts', 'vue.d.ts'];
export const generatedDir = resolve(root, 'widgets/generated');
const typesDir = resolve(root, 'dist/widgets/types');

/** Runs the analyzer into a fresh folder; returns the folder (manifest and generated typings). */
export function analyze(outDir = mkdtempSync(join(tmpdir(), 'binome-cem-'))) {
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze'], {
    cwd: root,
    // The analyzer joins its outdir to the working directory, even an absolute one.
    env: { ...process.env, BINOME_CEM_OUT: relative(root, outDir) },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`custom-elements-manifest analyzer failed:\n${run.stdout}\n${run.stderr}`);
  const vue = resolve(outDir, 'vue.d.ts');
  writeFileSync(vue, vueTemplateNames(readFileSync(vue, 'utf8')));
  return outDir;
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * Vue matches a template's attributes and listeners to props by their camelCase names
 * (`partner-id` → `partnerId`, `@pp-load` → `onPpLoad`); custom-element-vuejs-integration
 * names them as written in HTML, so vue-tsc with `strictTemplates` refuses both. Renamed here.
 */
export function vueTemplateNames(text) {
  return text
    .replace(/^(\s*)"on(pp-[a-z0-9-]+)"\?:/gm, (_, indent, event) => `${indent}${camel(`on-${event}`)}?:`)
    .replace(/^(\s*)"([a-z0-9]+(?:-[a-z0-9]+)+)"\?:/gm, (_, indent, attribute) => `${indent}${camel(attribute)}?:`);
}

// ——— API tables for docs/widgets/<name>.md ———

export const START = '<!-- api:start (generated from the JSDoc by `npm run api`: edit the JSDoc, not this table) -->';
export const END = '<!-- api:end -->';

const cell = (text) =>
  text === undefined || text === null || text === ''
    ? '—'
    : String(text)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|')
        .trim();
const code = (text) => (text === undefined || text === null || text === '' ? '—' : `\`${cell(text).replace(/`/g, "'")}\``);

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
}

/** Members a host uses (the form-associated callbacks are the browser's, not the host's). */
const hostMembers = (element, kind) =>
  (element.members ?? []).filter((m) => m.kind === kind && !m.name.endsWith('Callback') && m.name !== 'formAssociated');

/** The generated « API » section of one element (Markdown, between the markers). */
export function apiSection(element) {
  const parts = [];
  const attributes = element.attributes ?? [];
  if (attributes.length) {
    parts.push(
      '### Attributs',
      table(
        ['attribut', 'propriété', 'type', 'défaut', 'description'],
        attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
      ),
    );
  }
  const properties = hostMembers(element, 'field').filter((m) => !m.attribute);
  if (properties.length) {
    parts.push(
      '### Propriétés (sans attribut)',
      table(
        ['propriété', 'type', 'défaut', 'description'],
        properties.map((p) => [
          code(p.name),
          code(p.type?.text),
          code(p.default),
          `${p.readonly ? 'lecture seule. ' : ''}${cell(p.description)}`.replace(/^lecture seule\. —$/, 'lecture seule'),
        ]),
      ),
    );
  }
  const events = element.events ?? [];
  if (events.length) {
    parts.push(
      '### Événements',
      'Tous `bubbles` et `composed` ; le type de `detail` est exporté par le module du composant.',
      table(
        ['événement', '`detail`', 'description'],
        events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
    );
  }
  const methods = hostMembers(element, 'method');
  if (methods.length) {
    parts.push(
      '### Méthodes',
      table(
        ['méthode', 'renvoie', 'description'],
        methods.map((m) => [
          code(
            `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')})`,
          ),
          code(m.return?.type?.text),
          cell(m.description),
        ]),
      ),
    );
  }
  const slots = element.slots ?? [];
  if (slots.length) {
    parts.push(
      '### Slots',
      table(
        ['slot', 'description'],
        slots.map((s) => [s.name ? code(s.name) : '(défaut)', cell(s.description)]),
      ),
    );
  }
  const cssParts = element.cssParts ?? [];
  if (cssParts.length) {
    parts.push(
      '### Parties (`::part`)',
      table(
        ['partie', 'description'],
        cssParts.map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  const cssProperties = element.cssProperties ?? [];
  if (cssProperties.length) {
    parts.push(
      '### Propriétés CSS',
      table(
        ['propriété', 'défaut', 'description'],
        cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
    );
  }
  return [START, ...parts, END].join('\n\n');
}

export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/** docs/widgets/<tag without pp->.md with its API section replaced (or `undefined` without markers). */
export function docWithApi(doc, element) {
  const start = doc.indexOf(START.slice(0, 18));
  const end = doc.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return `${doc.slice(0, start)}${apiSection(element)}${doc.slice(end + END.length)}`;
}

export const docPath = (tagName) => resolve(root, 'docs/widgets', `${tagName.replace(/^pp-/, '')}.md`);

// ——— published declarations ———

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/**
 * Relative imports of the emitted .d.ts as node16/nodenext resolve them: with `.js`, or
 * `/index.js` for a folder (the sources write most of them without, as a bundler allows).
 */
export function explicitSpecifiers(file, text) {
  return (
    text
      // Inferred types name Lit's inner packages (`import("lit-html").TemplateResult`): `lit`
      // re-exports them, and only `lit` is a dependency (pnpm would not resolve the others).
      .replace(/(['"])(?:lit-html|lit-element|@lit\/reactive-element)\1/g, '$1lit$1')
      .replace(/(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g, (whole, lead, quote, spec) => {
        if (/\.(?:js|mjs|cjs|json)$/.test(spec)) return whole;
        const target = resolve(dirname(file), spec);
        if (existsSync(`${target}.d.ts`)) return `${lead}${quote}${spec}.js${quote}`;
        if (existsSync(join(target, 'index.d.ts'))) return `${lead}${quote}${spec}/index.js${quote}`;
        throw new Error(`${relative(root, file)}: cannot resolve ${spec}`);
      })
  );
}

/**
 * Lit's internal state (`_x`, declared `state: true`) is public in TypeScript's eyes; the published
 * classes leave it out, with the `static properties` table that names it (typed as Lit's own), and
 * the other `_x` members (fields, getters, methods) an element shares with its own modules.
 */
export function hideInternal(text) {
  return text
    .replace(/^( {4})static properties: \{\n[\s\S]*?\n\1\};$/gm, '$1static properties: import("lit").PropertyDeclarations;')
    .replace(
      /^( {4})(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n\1)?(?:(?:declare|readonly|get|set) )*_[A-Za-z0-9]+(?:\??: |\()[^\n]*;\n/gm,
      '',
    );
}

/** Packages the published declarations import: each must be a dependency of the package. */
function bareImports(text) {
  const uncommented = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...uncommented.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"]([^'"./][^'"]*)['"]/g)].map((m) =>
    m[1].replace(/^((?:@[^/]+\/)?[^/]+).*$/, '$1'),
  );
}

function buildTypes(cemDir) {
  if (!existsSync(typesDir)) throw new Error('dist/widgets/types missing: run tsc -p tsconfig.build.json first');
  const target = resolve(typesDir, 'widgets/generated');
  mkdirSync(target, { recursive: true });
  for (const name of GENERATED) cpSync(resolve(cemDir, name), resolve(target, name));
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  // Peers a consumer installs for its framework (only the matching typings import them).
  const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), 'react', 'preact', 'vue']);
  for (const file of walk(typesDir).filter((f) => f.endsWith('.d.ts'))) {
    const text = hideInternal(explicitSpecifiers(file, readFileSync(file, 'utf8')));
    for (const name of bareImports(text)) {
      if (!allowed.has(name)) throw new Error(`${relative(root, file)} imports ${name}, not a dependency of the package`);
    }
    writeFileSync(file, text);
  }
}

// ——— entry ———

if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes('--write');
  const cemDir = analyze(resolve(root, '.cache/cem'));
  const manifest = JSON.parse(readFileSync(resolve(cemDir, 'custom-elements.json'), 'utf8'));
  if (write) {
    mkdirSync(generatedDir, { recursive: true });
    for (const name of GENERATED) cpSync(resolve(cemDir, name), resolve(generatedDir, name));
    for (const element of elementsOf(manifest)) {
      const path = docPath(element.tagName);
      if (!existsSync(path)) {
        console.warn(`${relative(root, path)} missing: write it (with the ${START.slice(0, 18)} … ${END} markers)`);
        continue;
      }
      const doc = readFileSync(path, 'utf8');
      const updated = docWithApi(doc, element);
      if (updated === undefined) throw new Error(`${relative(root, path)}: no ${START.slice(0, 18)} … ${END} markers`);
      if (updated !== doc) writeFileSync(path, updated);
    }
    console.log('widgets/generated/ and the API tables of docs/widgets/ updated from the JSDoc');
  } else {
    mkdirSync(resolve(root, 'dist'), { recursive: true });
    cpSync(resolve(cemDir, 'custom-elements.json'), resolve(root, 'dist/custom-elements.json'));
    buildTypes(cemDir);
  }
  if (!process.argv.includes('--keep')) rmSync(cemDir, { recursive: true, force: true });
}
