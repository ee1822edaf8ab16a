/**
 * The built npm modules (dist/widgets) keep out of each widget's static imports what only
 * some pages need: the validation messages (invalid data), the English words (lang="en"),
 * the matching engine (a search), the domains' tree (a chosen domain). The sizes are
 * measured by bench/10-sizes.bench.mjs; this catches a static import that would bring
 * one of them back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

const dir = resolve(repoRoot, 'dist/widgets');
const WIDGETS = ['partner-card', 'partner-list', 'matching-form', 'charter-signer', 'checklist'];

/** A module and every local chunk it imports statically. */
function staticClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(resolve(entry, '..', match[1] as string), seen);
  }
  return seen;
}

describe('the built widgets import statically only what every page needs', () => {
  const chunks = readdirSync(resolve(dir, 'chunks'));

  it('exist as lazy chunks', () => {
    for (const name of ['validation-messages', 'need-engine', 'domains-tree', 'charter-en'])
      expect(chunks.some((c) => c.startsWith(`${name}-`))).toBe(true);
    expect(chunks.filter((c) => c.startsWith('messages-en-')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(WIDGETS)('%s', (widget) => {
    const closure = [...staticClosure(resolve(dir, `${widget}.js`))].map((f) => basename(f));
    expect(closure.length).toBeGreaterThan(0);
    for (const lazy of [
      'validation-messages-',
      'messages-en-',
      'charter-en-',
      'need-engine-',
      'domains-tree-',
      'pdf-export-',
      'print-',
    ])
      expect(closure.filter((f) => f.startsWith(lazy))).toEqual([]);
  });
});
