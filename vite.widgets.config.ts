import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, parseAst } from 'vite';

/**
 * The widget library, three ways:
 * - `BINOME_BUNDLE=npm` (default): one ES module per component (`dist/widgets/<name>.js`) with
 *   Lit left as a peer import, so an npm host shares one Lit between all our components;
 * - `BINOME_BUNDLE=cdn`: `dist/cdn/`, a folder for a `<script type="module">` tag on a CMS page:
 *   `binome-widgets.js` is the autoloader (widgets/autoloader.ts), which fetches `<name>.js` the
 *   first time its tag appears; Lit is included, in a chunk shared by every component;
 * - `BINOME_BUNDLE=standalone`: `dist/standalone/binome-widgets.js`, one file that is all of it
 *   (every component, Lit, and the code they would load later), for a site that wants one file.
 */
const root = import.meta.dirname;
const widgetDir = resolve(root, 'widgets');
export const componentNames = readdirSync(widgetDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'internal' && existsSync(resolve(widgetDir, d.name, 'index.ts')))
  .map((d) => d.name)
  .sort();

const bundle = (process.env.BINOME_BUNDLE ?? 'npm') as 'npm' | 'cdn' | 'standalone';
if (!['npm', 'cdn', 'standalone'].includes(bundle)) throw new Error(`BINOME_BUNDLE=${bundle}: npm, cdn or standalone`);
const cdn = bundle === 'cdn';
const standalone = bundle === 'standalone';
const outDirs = { npm: 'dist/widgets', cdn: 'dist/cdn', standalone: 'dist/standalone' };
const componentEntries = Object.fromEntries(componentNames.map((n) => [n, resolve(widgetDir, n, 'index.ts')]));

/**
 * CSS without comments; no quotes around an attribute value that is an identifier ([type=radio]);
 * outside its quoted strings, whitespace collapsed and none around { } ; , >
 */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\[([\w-]+)([~|^$*]?=)(['"])(-?[A-Za-z_][\w-]*)\3\]/g, '[$1$2$4]')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            // No space after a colon ("margin: 0" → "margin:0"); a space BEFORE one is a descendant combinator (".a :focus"): kept.
            .replace(/:\s+/g, ':')
            // "0.5em" → ".5em"; "#dddddd" → "#ddd".
            .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2')
            .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/**
 * Lit's `css` templates ship as written (the JS minifier leaves template text alone): their
 * indentation and comments are removed here, in the static text only (no interpolation is
 * touched). Every component's styles get smaller for free.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'binome-minify-lit-css',
    transform(code, id) {
      if (!/[\\/](?:widgets|shared)[\\/][^?]*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

/**
 * Two small kit modules serve only parts loaded on demand, in several widgets: the late-style
 * adoption (widgets/internal/late-styles.ts: the charter's details, the checklist's history, the
 * matching results) and the Blob download (download.ts: the charter's record and PDF, the
 * checklist's exports). Shared, each was a chunk of its own: one more file for every such part
 * (0.2 KB gzip with its import). Each importer gets its own copy instead (one source, no state in
 * it), which rolldown keeps inside that importer's chunk (0.1 KB).
 */
function copySmallKitModules(): Plugin {
  const copied = new Set(['late-styles', 'download'].map((name) => resolve(widgetDir, 'internal', `${name}.ts`)));
  return {
    name: 'binome-copy-small-kit-modules',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/\/(?:late-styles|download)$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && copied.has(resolved.id) ? `${resolved.id}?for=${encodeURIComponent(importer.slice(root.length))}` : null;
    },
  };
}

const HTML_TAGS = new Set(['html', 'svg', 'staticHtml']);

/**
 * Lit's `html` templates ship as written too: each line break of their static text, with the
 * indentation around it, becomes one space — what the browser renders anyway (no template here
 * holds a `<pre>`, nor a line break inside an element styled `white-space: pre*`). Written
 * readable, shipped small.
 */
function minifyLitHtml(): Plugin {
  return {
    name: 'binome-minify-lit-html',
    transform(code, id) {
      if (!/[\\/](?:widgets|shared)[\\/][^?]*\.ts$/.test(id) || !/\b(?:html|svg|staticHtml)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) {
          for (const item of node) visit(item);
          return;
        }
        const n = node as {
          type?: string;
          tag?: { type: string; name?: string };
          quasi?: { quasis: { start: number; end: number; value: { raw: string } }[] };
        };
        if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && HTML_TAGS.has(n.tag.name ?? '') && n.quasi) {
          for (const q of n.quasi.quasis) {
            const raw = q.value.raw;
            const text = raw.replace(/[ \t]*\n\s*/g, ' ');
            // The span may include the delimiters (` } ${): the static text is found inside it.
            const start = q.start + code.slice(q.start, q.end + 2).indexOf(raw);
            if (text !== raw && start >= q.start) edits.push({ start, end: start + raw.length, text });
          }
        }
        for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
      };
      visit(parseAst(code, { lang: 'ts' }));
      if (!edits.length) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * The npm modules' chunks, by what a page needs first (measured by bench/10-sizes.bench.mjs, first
 * render): zod/mini is shared by every component like Lit: one chunk, paid once per page. The
 * validation messages get a chunk of their own: widgets import them only when data is invalid
 * (shared/i18n/parse.ts), so they must not share a chunk with code every page needs. Groups leave
 * their modules' dependencies where they are (not pulled in).
 */
const npmGroups = [
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
  {
    name: 'validation-messages',
    test: /shared[\\/]i18n[\\/]validation\.ts$/,
    includeDependenciesRecursively: false,
  },
  // The full tree of the HAS domains (modes, footnotes): the matching form loads it when a
  // domain is chosen; it must not join the ids and names every partner widget needs.
  { name: 'domains-tree', test: /shared[\\/]vocab[\\/]domains\.ts$/, includeDependenciesRecursively: false },
  // What the partner card, the directory and the matching form all need first: reading
  // and validating a partners feed (ids of the vocabularies, schemas, and the gendered labels only
  // they use: out of core, which every component pays). One chunk rather than six small ones: each
  // file a page requests costs its own headers and compression. Not the health themes (and the word
  // matching they use): only the matching form shows them, and the charter's verify view, which
  // loads this chunk for its schemas, carried them (−0.95 KB gzip there, bench 40, issue 19).
  {
    name: 'partner-data',
    test: /shared[\\/](?:schemas[\\/](?:partner|feed|common)|i18n[\\/](?:parse|gender)|partners[\\/]directory-check|vocab[\\/](?:domain-labels|role-labels|status-labels|training-labels))\.ts$/,
    includeDependenciesRecursively: false,
  },
  // What every component needs first: the theme, the define guard, the locale, and the kit's small
  // pieces (events, lazy parts, warnings, heading level). Not text comparison (normalizeText): the
  // summary, the checklist and the card do not use it; left to rolldown, it is a small chunk of the
  // charter signer, the directory and the matching engine (bench 10, issue 19).
  {
    name: 'core',
    test: /(?:widgets[\\/]internal[\\/](?:theme|define|locale|emit|lazy|warn|heading)|shared[\\/]i18n[\\/]locale)\.ts$/,
    includeDependenciesRecursively: false,
  },
  // The safe-URL rules, zod-free: the public partner widgets check feeds with them (without
  // zod) and the schemas refine with them; the charter signer and the checklist need neither.
  // Pending work rides along: its users are the same three first renders (card, directory, matching
  // form), so it costs them no file of its own and the others nothing (in core: 0.16 KB gzip each).
  // So does the loader of the validation messages (with its « données invalides » fallback).
  {
    name: 'safe-url',
    test: /(?:shared[\\/](?:schemas[\\/]safe-url|i18n[\\/]load-validation-messages)|widgets[\\/]internal[\\/]pending)\.ts$/,
    includeDependenciesRecursively: false,
  },
  // What a partner's card shows, for the card and the directory: reading a public feed v2
  // (checked without zod, labels from the feed), the card template.
  {
    name: 'partner-view',
    test: /(?:widgets[\\/](?:partner-card[\\/](?:render|styles|messages|load|partner-element)|internal[\\/]fetch-json)|shared[\\/]partners[\\/](?:labels|feed-check|feed-read|shown-entry))\.ts$/,
    includeDependenciesRecursively: false,
  },
];

/**
 * The script-tag folder: Lit's core in one chunk, paid once per page; the lazy parts split as in
 * the npm build; everything else chunked by the set of components that use it (rolldown's
 * default), so that a page with one card fetches no code only the directory or the form needs —
 * a shared folder cannot be tree-shaken again by the host, as an npm host's bundler does
 * (bench/15-script-tag.bench.mjs).
 */
const cdnGroups = [
  // What every component needs first: Lit's core, the theme, the define guard, the locale, the kit's small pieces.
  {
    name: 'core',
    test: /(?:node_modules[\\/](?:lit[\\/]index|lit-html[\\/](?:lit-html|is-server)|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](?:reactive-element|css-tag))\.js|widgets[\\/]internal[\\/](?:theme|define|locale|pending|emit|lazy|warn|heading)\.ts|shared[\\/](?:i18n[\\/]locale|text[\\/]normalize)\.ts)$/,
    includeDependenciesRecursively: false,
  },
  // What the card and the directory need to fetch and show a feed (small files merged: each
  // request costs its headers and a fresh compression window).
  {
    name: 'partner-view',
    test: /(?:widgets[\\/](?:partner-card[\\/](?:render|styles|messages|load|partner-element)|internal[\\/]fetch-json)|shared[\\/](?:partners[\\/](?:labels|feed-check|feed-read|shown-entry)|schemas[\\/]safe-url|publish[\\/]contact-routes))\.ts$/,
    includeDependenciesRecursively: false,
  },
  ...npmGroups.filter((g) => ['zod', 'validation-messages', 'domains-tree'].includes(g.name)),
];

export default defineConfig({
  // The standalone file holds every part: there, one copy of each serves them all.
  plugins: [...(standalone ? [] : [copySmallKitModules()]), minifyLitCss(), minifyLitHtml()],
  publicDir: false,
  define: { __BINOME_COMPONENTS__: JSON.stringify(componentNames) },
  build: {
    outDir: outDirs[bundle],
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: standalone
        ? { 'binome-widgets': resolve(widgetDir, 'index.ts') }
        : cdn
          ? { 'binome-widgets': resolve(widgetDir, 'autoloader.ts'), ...componentEntries }
          : { index: resolve(widgetDir, 'index.ts'), ...componentEntries },
      formats: ['es'],
    },
    rolldownOptions: {
      // An entry module may export a little more than its own API (the chunks' shared bindings):
      // needed for the groups below that leave their modules' dependencies where they are, and
      // fewer, larger files for the one-tag bundle (measured: 8 files, 58 KB gz for everything it
      // loads at once, against 22 files, 61 KB gz with strict entry signatures).
      preserveEntrySignatures: 'allow-extension',
      external: bundle === 'npm' ? [/^lit($|\/)/, /^@lit\//, /^lit-html($|\/)/, /^lit-element($|\/)/] : [],
      output: {
        minify: true,
        ...(standalone
          ? // One file: what the components would fetch later (PDF, English, verify view…) is inlined.
            { codeSplitting: false }
          : {
              codeSplitting: {
                groups: cdn ? cdnGroups : npmGroups,
              },
            }),
        // 7 hash characters rather than 8: every import of a chunk spells its name, and random characters
        // do not compress (bench 10: −0.002 to −0.018 KB gzip per first render, issue 19). Rolldown refuses
        // a hash too short for the number of chunks (6 fails for the script-tag folder's 65).
        chunkFileNames: 'chunks/[name]-[hash:7].js',
      },
    },
  },
});
