/**
 * The extension's modules depend downward only (docs/ARCHITECTURE.md, « Extension layers »): a
 * module imports its own files and modules of lower layers; two features never import each other,
 * save the few edges allowed below, each with its reason. A new folder under extension/modules
 * must be given a layer here, so nobody adds one without deciding where it sits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../extension/modules');

/** Bottom first. */
const LAYERS: readonly (readonly string[])[] = [
  ['platform', 'highlights'], // browser seam; the in-page highlighter (a content script: imports nothing of ours)
  ['i18n'], // words and labels
  ['store'], // IndexedDB: the database, its records, the library store
  ['ui'], // boot, locale, live status, say, describe-error, lazy
  ['workspace'], // what contacts, projects, registry and review share: their stores, state, route, words, widget gate
  ['contacts', 'library', 'page-highlights', 'projects', 'registry', 'review', 'transfer'], // features
  ['background', 'options', 'popup', 'sidepanel'], // shells: wire features for one entrypoint
];

interface Edge {
  readonly from: string; // file, relative to extension/modules
  readonly to: string; // file, relative to extension/modules, without extension
  readonly typeOnly: boolean;
}

/** Allowed sideways edges: `from` file → `to` module file, with why. */
const ALLOWED: readonly { from: RegExp; to: string; typeOnly: boolean; why: string }[] = [
  {
    from: /^projects\//,
    to: 'library/library-state',
    typeOnly: true,
    why: 'a project’s resources are library items: the side panel hands projects its one library state; projects only name its type',
  },
  {
    from: /^transfer\/transfer\.ts$/,
    to: 'page-highlights/meaning-labels',
    typeOnly: false,
    why: 'an export names each highlight’s meaning as the user set it; those settings are page-highlights’ own, read through the one function it exports for that',
  },
];

const layerOf = new Map(LAYERS.flatMap((mods, i) => mods.map((m) => [m, i] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const STATIC = /^\s*(import|export)(\s+type)?\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import of one file that lands in extension/modules, as module-relative paths. */
function importsOf(file: string, text: string): Edge[] {
  const from = relative(ROOT, file);
  const specs: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(STATIC)) specs.push({ spec: m[3] as string, typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(BARE)) specs.push({ spec: m[1] as string, typeOnly: false });
  for (const m of text.matchAll(DYNAMIC)) specs.push({ spec: m[1] as string, typeOnly: false });
  return specs
    .filter((s) => s.spec.startsWith('.'))
    .map((s) => ({ from, to: normalize(join(dirname(from), s.spec)).replace(/\.(tsx?|js)$/, ''), typeOnly: s.typeOnly }))
    .filter((e) => !e.to.startsWith('..'));
}

const moduleOf = (path: string) => path.split('/')[0] as string;

/** Why an edge breaks the rule, or undefined when it keeps it. */
function breach(edge: Edge): string | undefined {
  const a = moduleOf(edge.from);
  const b = moduleOf(edge.to);
  if (a === b) return undefined;
  const la = layerOf.get(a);
  const lb = layerOf.get(b);
  if (la === undefined) return `${a}/ has no layer in layers.test.ts`;
  if (lb === undefined) return `${b}/ has no layer in layers.test.ts`;
  if (lb < la) return undefined;
  const allowed = ALLOWED.some((x) => x.from.test(edge.from) && x.to === edge.to && (!x.typeOnly || edge.typeOnly));
  if (allowed) return undefined;
  return lb > la
    ? `${a}/ (layer ${la}) imports ${b}/ (layer ${lb}), above it`
    : `${a}/ imports ${b}/, another ${la === 5 ? 'feature' : 'module of its layer'}`;
}

describe('extension layers', () => {
  const files = sourceFiles(ROOT);
  const edges = files.flatMap((f) => importsOf(f, readFileSync(f, 'utf8')));

  it('reads the imports (statics, types, CSS and dynamic ones)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from.startsWith('projects/') && e.to.startsWith('store/'))).toBe(true);
    expect(edges.some((e) => e.typeOnly)).toBe(true);
    expect(edges.some((e) => e.to.endsWith('.css'))).toBe(true);
    expect(edges.some((e) => e.from === 'sidepanel/lazy-sections.tsx' && e.to === 'sidepanel/workspace-section')).toBe(true);
  });

  it('every module folder has a layer', () => {
    const folders = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).filter((n) => !layerOf.has(n))).toEqual([]);
  });

  it('no module imports upward or a sibling feature', () => {
    const breaches = edges.map((e) => [`${e.from} → ${e.to}`, breach(e)]).filter(([, why]) => why);
    expect(breaches).toEqual([]);
  });

  it('refuses what it should', () => {
    expect(breach({ from: 'store/db.ts', to: 'projects/records', typeOnly: true })).toMatch(/above/);
    expect(breach({ from: 'contacts/contact-detail.tsx', to: 'projects/say', typeOnly: false })).toMatch(/another feature/);
    expect(breach({ from: 'projects/x.tsx', to: 'library/library-state', typeOnly: false })).toBeDefined();
    expect(breach({ from: 'projects/x.tsx', to: 'library/library-state', typeOnly: true })).toBeUndefined();
    expect(breach({ from: 'contacts/contact-detail.tsx', to: 'ui/say', typeOnly: false })).toBeUndefined();
    expect(breach({ from: 'newthing/a.ts', to: 'ui/say', typeOnly: false })).toMatch(/no layer/);
  });

  it('every allowed edge is still used', () => {
    const unused = ALLOWED.filter((x) => !edges.some((e) => x.from.test(e.from) && x.to === e.to));
    expect(unused.map((x) => x.to)).toEqual([]);
  });
});
