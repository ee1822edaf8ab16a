// The demo hospital site is static HTML, as a CMS would serve it: each page of
// demo/pages/ (content only, with `<!-- title: … -->` and optional `<!-- script: … -->`
// and `<!-- lang: … -->` lines) is wrapped in demo/layout.html, and the script-tag folder
// (dist/cdn: the autoloader binome-widgets.js and the components it fetches) is copied beside
// it as widgets/, as a hospital's site would hold it.
//
// Partner data: the demo registries (demo/registry/, PRIVATE: consents, people who
// refused or withdrew) are never copied. Their public feeds are published at build time
// with the CLI, exactly as a coordinator would (`binome publish`), at a fixed date so the
// build is reproducible; only the photos those feeds reference are copied beside them,
// with the JSON Schema their `$schema` points to.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const demo = resolve(root, 'demo');
const out = resolve(root, 'dist/demo');
if (!existsSync(resolve(root, 'dist/cdn/binome-widgets.js'))) {
  console.error('dist/cdn/binome-widgets.js manquant : lancez d’abord `npm run build:widgets`.');
  process.exit(1);
}
const cli = resolve(root, 'dist/cli/binome.mjs');
if (!existsSync(cli)) {
  execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

/** The demo registries and the public feeds published from them (file names under dist/demo/data/). */
const FEEDS = [
  // The summary « Notre partenariat en chiffres » is published at the same step, with the
  // coordinator's project activity (the registry holds no projects, meetings or checklists).
  { registry: 'registre.json', feed: 'partenaires.json', summary: 'chiffres.json', activity: 'activite.json' },
  { registry: 'registre-trois-rivieres.json', feed: 'partenaires-trois-rivieres.json' },
];
/** A fixed publication date: the same build gives the same files. */
const GENERATED_AT = '2026-06-01T08:00:00+02:00';

const site = JSON.parse(readFileSync(resolve(demo, 'site.json'), 'utf8'));
const layout = readFileSync(resolve(demo, 'layout.html'), 'utf8');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(resolve(demo, 'assets'), resolve(out, 'assets'), { recursive: true });
cpSync(resolve(root, 'dist/cdn'), resolve(out, 'widgets'), { recursive: true });
// The « Publier l'annuaire » page's script, when the CLI build made it.
if (existsSync(resolve(root, 'dist/tools'))) cpSync(resolve(root, 'dist/tools'), resolve(out, 'tools'), { recursive: true });

// ——— public feeds, published from the private registries ———
const registryDir = resolve(demo, 'registry');
const dataDir = resolve(out, 'data');
mkdirSync(dataDir, { recursive: true });
for (const { registry, feed, summary, activity } of FEEDS) {
  const target = resolve(dataDir, feed);
  const summaryArgs = summary ? ['--resume', resolve(dataDir, summary), '--activite', resolve(registryDir, activity)] : [];
  const report = execFileSync(
    process.execPath,
    [cli, 'publish', resolve(registryDir, registry), '-o', target, '--generated-at', GENERATED_AT, ...summaryArgs],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  console.log(`${feed} : ${report.split('\n')[0]}`);
  // Only the photos the published feed references (not those of people who refused or withdrew).
  const published = JSON.parse(readFileSync(target, 'utf8'));
  for (const partner of published.partners) {
    const url = partner.photo?.url;
    if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) continue;
    const from = resolve(registryDir, url);
    const to = resolve(dataDir, url);
    // A relative path that leaves the registry's photo folder is never followed.
    if (!from.startsWith(resolve(registryDir, 'photos') + sep) || relative(dataDir, to).startsWith('..')) {
      throw new Error(`${registry} : photo hors de demo/registry/photos/ : ${url}`);
    }
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to);
  }
}
writeFileSync(resolve(dataDir, 'public-feed.schema.json'), execFileSync(process.execPath, [cli, 'schema'], { encoding: 'utf8' }));
writeFileSync(
  resolve(dataDir, 'partnership-summary.schema.json'),
  execFileSync(process.execPath, [cli, 'schema', '--resume'], { encoding: 'utf8' }),
);

const pagesList = site.pages
  .filter((p) => p.summary && existsSync(resolve(demo, 'pages', p.file)))
  .map((p) => `  <li><a href="${p.file}">${escapeHtml(p.nav)}</a> — ${escapeHtml(p.summary)}</li>`)
  .join('\n');

for (const file of readdirSync(resolve(demo, 'pages')).filter((f) => f.endsWith('.html'))) {
  const source = readFileSync(resolve(demo, 'pages', file), 'utf8');
  const meta = (key) => [...source.matchAll(new RegExp(`<!--\\s*${key}:\\s*(.+?)\\s*-->`, 'g'))].map((m) => m[1]);
  const title = meta('title')[0] ?? site.name;
  const content = source.replace(/^\s*<!--\s*\w+:.*?-->\s*$/gm, '').trim();
  const nav = site.pages
    .filter((p) => existsSync(resolve(demo, 'pages', p.file)))
    .map((p) => `          <li><a href="${p.file}"${p.file === file ? ' aria-current="page"' : ''}>${escapeHtml(p.nav)}</a></li>`)
    .join('\n');
  const scripts = meta('script')
    .map((src) => `  <script type="module" src="${escapeHtml(src)}"></script>`)
    .join('\n');
  const html = layout
    .replaceAll('{{lang}}', meta('lang')[0] ?? 'fr')
    .replaceAll('{{title}}', escapeHtml(title))
    .replaceAll('{{site}}', escapeHtml(site.name))
    .replaceAll('{{tagline}}', escapeHtml(site.tagline))
    .replace('{{nav}}', nav)
    .replace('{{scripts}}', scripts)
    .replace('{{content}}', content.replace('{{pages}}', pagesList));
  writeFileSync(resolve(out, file), html);
}
console.log(`Site de démonstration construit dans ${out}`);
