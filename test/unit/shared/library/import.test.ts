import { describe, expect, it } from 'vitest';
import { exportText } from '../../../../shared/library/export-formats';
import { decideMerge, parseBackupText, validateBackup } from '../../../../shared/library/import';
import { makeItems } from '../../../helpers/library-items';

const items = makeItems(5);
const backup = (over: Record<string, unknown> = {}) => ({
  format: 'binome-library',
  version: 1,
  exportedAt: '2026-11-22T10:00:00.000Z',
  items,
  annotations: [],
  ...over,
});

async function problems(data: unknown, locale: 'fr' | 'en' = 'fr') {
  const result = await validateBackup(data, locale);
  return result.ok ? [] : result.problems;
}

describe('validateBackup: refuses bad files with a message naming the problem', () => {
  it('accepts its own export, and a bare list of items', async () => {
    const parsed = parseBackupText(exportText('json', { items }), 'fr');
    expect(parsed.ok).toBe(true);
    const result = await validateBackup(parsed.ok ? parsed.data : null, 'fr');
    expect(result.ok && result.backup.items).toEqual(items);
    expect((await validateBackup(items, 'fr')).ok).toBe(true);
  });

  it('names JSON errors', () => {
    const result = parseBackupText('{"format": "binome-library", items: [}', 'fr');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^Ce fichier n'est pas du JSON lisible \(/);
  });

  it.each([
    ['not an object', 42, /pas une sauvegarde/],
    ['another format', { format: 'zotero', items: [] }, /pas une sauvegarde/],
    ['a newer format', backup({ version: 99 }), /version plus récente de Binôme \(format 99\)/],
    ['no items', backup({ items: undefined }), /liste « items »/],
  ])('refuses %s', async (_label, data, message) => {
    expect((await problems(data))[0]).toMatch(message);
  });

  // A version is a whole number this extension knows: "99" as a string is not the current version.
  it.each([
    ['"99"', '99', 'Version de sauvegarde illisible (champ « version » : "99") : un nombre entier de 1 à 5 est attendu.'],
    ['"3"', '3', 'Version de sauvegarde illisible (champ « version » : "3") : un nombre entier de 1 à 5 est attendu.'],
    ['2.5', 2.5, 'Version de sauvegarde illisible (champ « version » : 2.5) : un nombre entier de 1 à 5 est attendu.'],
    ['0', 0, 'Version de sauvegarde illisible (champ « version » : 0) : un nombre entier de 1 à 5 est attendu.'],
    ['null', null, 'Version de sauvegarde illisible (champ « version » : null) : un nombre entier de 1 à 5 est attendu.'],
    [
      '6',
      6,
      "Cette sauvegarde vient d'une version plus récente de Binôme (format 6) : mettez l'extension à jour pour l'importer.",
    ],
    ['absent', undefined, "La sauvegarde ne dit pas sa version (champ « version » absent) : elle n'a pas été écrite par Binôme."],
  ])('refuses version %s, with one clear message', async (_label, version, message) => {
    expect(await problems(backup({ version }))).toEqual([message]);
  });

  it('says so in English too', async () => {
    expect(await problems(backup({ version: '99' }), 'en')).toEqual([
      'Unreadable backup version ("version": "99"): a whole number from 1 to 5 is expected.',
    ]);
    expect(await problems(backup({ version: 99 }), 'en')).toEqual([
      'This backup comes from a newer version of Binôme (format 99): update the extension to import it.',
    ]);
    expect(await problems(backup({ version: undefined }), 'en')).toEqual([
      'The backup does not say its version (no "version" field): it was not written by Binôme.',
    ]);
  });

  it('accepts every version it knows', async () => {
    for (const version of [1, 2, 3, 4, 5]) expect(await problems(backup({ version }))).toEqual([]);
  });

  it('points at the element and field at fault', async () => {
    const bad = [...items];
    bad[2] = { ...items[2]!, url: 'javascript:alert(1)' };
    expect(await problems(backup({ items: bad }))).toEqual([
      `Élément 3 (« ${items[2]!.title.slice(0, 60)} ») : Champ url : adresse web attendue (https: ou http:)`,
    ]);
    expect(await problems(backup({ items: bad }), 'en')).toEqual([
      `Item 3 ("${items[2]!.title.slice(0, 60)}"): Field url: web address expected (https: or http:)`,
    ]);
  });

  it('refuses duplicate ids and duplicate addresses inside the file', async () => {
    expect(await problems(backup({ items: [items[0], items[0]] }))).toEqual(['Éléments 1 et 2 : même identifiant.']);
    expect(await problems(backup({ items: [items[0], { ...items[1], url: `${items[0]!.url}#fragment` }] }))).toEqual([
      'Éléments 1 et 2 : même adresse.',
    ]);
  });

  it('refuses highlights that are invalid or belong to no item', async () => {
    const annotation = {
      id: 'h',
      itemId: 'nobody',
      source: 'https://x.fr/',
      selectors: [{ type: 'TextQuoteSelector', exact: 'q' }],
      colour: 'jaune',
      created: '2026-01-01T00:00:00Z',
      modified: '2026-01-01T00:00:00Z',
    };
    expect(await problems(backup({ annotations: [annotation] }))).toEqual([
      'Surlignage 1 : il se rapporte à un élément absent du fichier.',
    ]);
    expect((await problems(backup({ annotations: [{ ...annotation, selectors: [] }] })))[0]).toMatch(
      /^Surlignage 1 : Champ selectors/,
    );
  });

  it('lists at most ten problems and counts the rest', async () => {
    const bad = makeItems(15).map((i) => ({ ...i, title: '' }));
    const list = await problems(backup({ items: bad }));
    expect(list).toHaveLength(11);
    expect(list[10]).toBe('… et 5 autres problèmes.');
  });

  it('reports progress and stops when cancelled', async () => {
    const many = makeItems(2000);
    const seen: number[] = [];
    await validateBackup(backup({ items: many }), 'fr', { onProgress: (done) => seen.push(done), sliceSize: 500 });
    expect(seen).toEqual([0, 500, 1000, 1500, 2000]);
    const controller = new AbortController();
    const run = validateBackup(backup({ items: many }), 'fr', {
      signal: controller.signal,
      sliceSize: 100,
      onProgress: (done) => done >= 300 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('decideMerge: by id, then by address; the newer edit wins', () => {
  const stored = items[0]!;
  const newer = { ...stored, title: 'Nouveau', updatedAt: '2030-01-01T00:00:00.000Z' };
  const older = { ...stored, title: 'Ancien', updatedAt: '2000-01-01T00:00:00.000Z' };
  it('adds what is new', () => expect(decideMerge(items[1]!, undefined, undefined)).toEqual({ action: 'add', item: items[1] }));
  it('replaces with a newer edit', () =>
    expect(decideMerge(newer, stored, stored)).toMatchObject({ action: 'replace', item: { title: 'Nouveau' } }));
  it('keeps the stored item when it is newer or the same', () => {
    expect(decideMerge(older, stored, stored)).toEqual({ action: 'keep', keptId: stored.id });
    expect(decideMerge(stored, stored, stored)).toEqual({ action: 'keep', keptId: stored.id });
  });
  it('matches by address under another id, keeping the stored id', () => {
    expect(decideMerge({ ...newer, id: 'other-id' }, undefined, stored)).toMatchObject({
      action: 'replace',
      item: { id: stored.id, title: 'Nouveau' },
    });
  });
  it('compares instants, not strings, across offsets', () => {
    const plus2 = { ...stored, updatedAt: '2026-01-01T11:00:00+02:00' }; // 09:00Z
    expect(decideMerge(plus2, { ...stored, updatedAt: '2026-01-01T10:00:00Z' }, undefined).action).toBe('keep');
  });
  it('leaves an item alone when its id and its address point to two different stored items', () => {
    expect(decideMerge({ ...newer, url: items[1]!.url }, stored, items[1]).action).toBe('conflict');
  });
});
