/**
 * The widgets' API is written once, in the JSDoc of each element; the Custom Elements Manifest is
 * generated from it, and from the manifest the committed JSX/Vue typings (widgets/generated/) and
 * the API tables of docs/widgets/*.md. This fails when any of them disagrees with the JSDoc: run
 * `npm run api` and commit what it changed. It also checks what the manifest promises hosts: no
 * internal state listed, every event with a typed detail in HTMLElementEventMap (widgets/events.ts),
 * every tag `pp-<folder>` (what the autoloader fetches).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../../../scripts/widget-api.mjs';
import { repoRoot } from '../../helpers/paths';

interface ManifestEvent {
  name: string;
  type?: { text: string };
  description?: string;
}
interface Element {
  name: string;
  tagName: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
  events?: ManifestEvent[];
}
interface Manifest {
  modules: { path: string; declarations: Element[] }[];
}

let out: string;
let manifest: Manifest;
let elements: Element[];

beforeAll(() => {
  out = api.analyze();
  manifest = JSON.parse(readFileSync(resolve(out, 'custom-elements.json'), 'utf8'));
  elements = api.elementsOf(manifest);
}, 60_000);
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const widgetFolders = () =>
  readdirSync(resolve(repoRoot, 'widgets'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(repoRoot, 'widgets', d.name, 'index.ts')))
    .map((d) => d.name)
    .sort();

describe('the Custom Elements Manifest', () => {
  it('has one element per component folder, tagged pp-<folder>, in dist/widgets/<folder>.js', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual(widgetFolders().map((f) => `pp-${f}`));
    for (const mod of manifest.modules) {
      for (const element of mod.declarations) expect(mod.path).toBe(`dist/widgets/${element.tagName.slice(3)}.js`);
    }
  });

  it('lists no internal state, private or protected member as API', () => {
    for (const element of elements) {
      for (const attribute of element.attributes ?? []) expect(attribute.fieldName ?? attribute.name).not.toMatch(/^[_#]/);
      for (const member of element.members ?? []) {
        expect(member.name, `${element.tagName}.${member.name}`).not.toMatch(/^[_#]/);
        expect(member.privacy ?? 'public').toBe('public');
      }
    }
  });

  it('types every event: a pp-* name and a detail type from @fires {Detail}', () => {
    for (const element of elements) {
      expect(element.events?.length ?? 0, element.tagName).toBeGreaterThan(0);
      for (const event of element.events ?? []) {
        expect(event.name).toMatch(/^pp-[a-z-]+$/);
        expect(event.type?.text, `${element.tagName} ${event.name}`).toMatch(/^[A-Z]\w+$/);
      }
    }
  });
});

describe('HTMLElementEventMap (widgets/events.ts) and the manifest agree', () => {
  /** `'pp-x': CustomEvent<A | B>` entries of the map, as name → detail type names. */
  function eventMap(): Map<string, string[]> {
    const source = readFileSync(resolve(repoRoot, 'widgets/events.ts'), 'utf8');
    const body = source.slice(source.indexOf('interface HTMLElementEventMap'));
    const map = new Map<string, string[]>();
    for (const [, name, types] of body.matchAll(/'(pp-[a-z-]+)':\s*CustomEvent<([^>]+)>/g)) {
      map.set(
        name as string,
        (types as string).split('|').map((t) => t.trim()),
      );
    }
    return map;
  }

  it('every event of every element is in the map with its detail type, and the map has no other', () => {
    const map = eventMap();
    const fromManifest = new Map<string, Set<string>>();
    for (const element of elements) {
      for (const event of element.events ?? []) {
        const types = fromManifest.get(event.name) ?? new Set<string>();
        types.add(event.type?.text ?? '');
        fromManifest.set(event.name, types);
      }
    }
    expect([...map.keys()].sort()).toEqual([...fromManifest.keys()].sort());
    for (const [name, types] of fromManifest) {
      // A detail shared by two events may be declared under another name (ChecklistEventDetail): same set of types.
      expect(new Set(map.get(name)), name).toEqual(types);
    }
  });

  it('every component entry point loads the map (its d.ts references widgets/events)', () => {
    for (const folder of widgetFolders()) {
      expect(readFileSync(resolve(repoRoot, 'widgets', folder, 'index.ts'), 'utf8'), folder).toContain("from '../events.js'");
    }
  });
});

describe('what is generated from the manifest is committed as generated', () => {
  it.each(['jsx.d.ts', 'vue.d.ts'])('widgets/generated/%s', (name) => {
    const committed = resolve(repoRoot, 'widgets/generated', name);
    expect(existsSync(committed), `${name}: run npm run api`).toBe(true);
    expect(readFileSync(committed, 'utf8'), 'out of date: run npm run api').toBe(readFileSync(resolve(out, name), 'utf8'));
  });

  it('every docs/widgets/<name>.md has the API tables of its element, between the markers', () => {
    for (const element of elements) {
      const path = api.docPath(element.tagName);
      expect(existsSync(path), `${path} missing`).toBe(true);
      const doc = readFileSync(path, 'utf8');
      const updated = api.docWithApi(doc, element);
      expect(updated, `${path}: no api markers`).toBeDefined();
      expect(doc, `${path}: API tables out of date, run npm run api`).toBe(updated);
    }
  });

  it('the tables say what the JSDoc says: a changed description shows as a difference', () => {
    const element = structuredClone(elements.find((e) => e.tagName === 'pp-partner-card')) as Element;
    const doc = readFileSync(api.docPath(element.tagName), 'utf8');
    (element.events as ManifestEvent[])[0] = {
      ...(element.events as ManifestEvent[])[0],
      description: 'Changed.',
    } as ManifestEvent;
    expect(api.docWithApi(doc, element)).not.toBe(doc);
  });
});

describe('the published element classes (.d.ts)', () => {
  it('leave out every _x member (state, fields, getters, methods the element shares with its modules), keep the rest', () => {
    const dts = [
      'export declare class PpX extends LitElement {',
      '    #private;',
      '    static properties: {',
      '        _busy: { state: boolean };',
      '    };',
      '    project: string | undefined;',
      '    /** Kept as JSDoc says. */',
      '    declare _record: CharterRecord | null;',
      '    readonly _records: CharterRecords;',
      '    _expected: Signatory[];',
      '    /** The locale. */',
      '    get _locale(): Locale;',
      '    _who(): number;',
      '    _content(): ReturnType<typeof charterContent>;',
      '    get record(): CharterRecord | null;',
      '    verifyRecord(value: unknown): Promise<CharterVerification>;',
      '    protected readonly _internals: ElementInternals;',
      '}',
      '',
    ].join('\n');
    expect(api.hideInternal(dts)).toBe(
      [
        'export declare class PpX extends LitElement {',
        '    #private;',
        '    static properties: import("lit").PropertyDeclarations;',
        '    project: string | undefined;',
        '    get record(): CharterRecord | null;',
        '    verifyRecord(value: unknown): Promise<CharterVerification>;',
        '    protected readonly _internals: ElementInternals;',
        '}',
        '',
      ].join('\n'),
    );
  });
});
