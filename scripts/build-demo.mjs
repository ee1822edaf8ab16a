// The demo hospital site is static HTML, as a CMS would serve it: each page of
// demo/pages/ (content only, with `<!-- title: … -->` and optional `<!-- script: … -->`
// and `<!-- lang: … -->` lines) is wrapped in demo/layout.html, and the self-contained
// widget file is copied beside it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const demo = resolve(root, 'demo');
const out = resolve(root, 'dist/demo');
if (!existsSync(resolve(root, 'dist/widgets/binome-widgets.js'))) {
  console.error('dist/widgets/binome-widgets.js manquant : lancez d’abord `npm run build:widgets`.');
  process.exit(1);
}
const site = JSON.parse(readFileSync(resolve(demo, 'site.json'), 'utf8'));
const layout = readFileSync(resolve(demo, 'layout.html'), 'utf8');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const dir of ['assets', 'data']) {
  if (existsSync(resolve(demo, dir))) cpSync(resolve(demo, dir), resolve(out, dir), { recursive: true });
}
cpSync(resolve(root, 'dist/widgets'), resolve(out, 'widgets'), { recursive: true, filter: (src) => !src.includes('/types') });

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
