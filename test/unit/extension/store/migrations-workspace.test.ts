/**
 * Database v2 → v3 (the project workspace) and v3 → v4 (the partner registry, contacts
 * of version 2), tested like v1 → v2: on a database written out by the previous version.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLibraryDb } from '../../../../extension/modules/store/db';
import { LibraryStore } from '../../../../extension/modules/store/library-store';
import { WorkspaceStore } from '../../../../extension/modules/workspace/workspace-store';
import { type Annotation, AnnotationSchema } from '../../../../shared/schemas/annotation';
import { SavedContactSchema } from '../../../../shared/schemas/contact';
import { makeItems } from '../../../helpers/library-items';
import { V1_CONTACT } from '../../shared/contacts/helpers';

const WORKSPACE_STORES = ['charters', 'checklists', 'contacts', 'projects'];
const REGISTRY_STORES = ['registry', 'registryPartners', 'registryWithdrawals'];
const MEETING_STORES = ['meetings'];
/** v6: the library page's saved catalog and its change log (store/catalog-log.ts). */
const CATALOG_STORES = ['catalogChanges', 'catalogSnapshot'];
/** v7: each project's effect indicators (workspace/effects-store.ts). */
const EFFECT_STORES = ['effects'];

describe('database migration v2 → v3', () => {
  it('keeps items, annotations and the quarantine untouched and adds the workspace stores and indexes', async () => {
    const name = 'migration-v2-v3';
    // What an installed v2 extension left on disk, written by the v2 code itself.
    const v2 = await openLibraryDb(name, 2);
    const items = makeItems(3, 11).map((item, i) => ({ ...item, projectIds: i === 0 ? ['projet-ancien'] : [] }));
    const annotation: Annotation = AnnotationSchema.parse({
      id: 'a-1',
      itemId: items[0]!.id,
      source: items[0]!.url,
      selectors: [{ type: 'TextQuoteSelector', exact: 'patients partenaires' }],
      colour: 'yellow',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    });
    for (const item of items) await v2.put('items', { ...item, urlKey: item.url });
    await v2.put('annotations', annotation);
    await v2.add('quarantine', {
      store: 'items',
      value: { id: 'broken' },
      problem: 'Champ title : requis',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames].sort()).toEqual(['annotations', 'items', 'quarantine']);
    v2.close();

    const store = await LibraryStore.open(name);
    try {
      expect(store.db.version).toBe(DB_VERSION);
      expect(DB_VERSION).toBe(7);
      expect([...store.db.objectStoreNames].sort()).toEqual(
        [
          'annotations',
          ...WORKSPACE_STORES,
          ...REGISTRY_STORES,
          ...MEETING_STORES,
          ...CATALOG_STORES,
          ...EFFECT_STORES,
          'items',
          'quarantine',
        ].sort(),
      );
      // Nothing of v2 moved.
      expect((await store.all()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
        [...items].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
      expect(await store.get(items[0]!.id)).toMatchObject({ projectIds: ['projet-ancien'] });
      expect(await store.annotations()).toEqual([annotation]);
      expect(await store.quarantineCount()).toBe(1);

      const tx = store.db.transaction(['projects', 'contacts', 'checklists', 'charters']);
      expect([...tx.objectStore('projects').indexNames]).toEqual(['updatedAt']);
      expect([...tx.objectStore('contacts').indexNames].sort()).toEqual(['key', 'savedAt']);
      expect(tx.objectStore('contacts').index('key').unique).toBe(true);
      expect(tx.objectStore('checklists').keyPath).toBe('projectId');
      expect([...tx.objectStore('charters').indexNames]).toEqual(['projectId']);
      await tx.done;
      for (const s of WORKSPACE_STORES) expect(await store.db.count(s as 'projects')).toBe(0);
    } finally {
      store.close();
    }
  });

  it('goes from v1 to the latest version in one opening (each step in turn, in one upgrade transaction)', async () => {
    const name = 'migration-v1-v3';
    const db = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('items', { keyPath: 'id' }).createIndex('url', 'url');
      },
    });
    const [a, b] = makeItems(2, 4);
    await db.put('items', { ...a, url: 'https://exemple.fr/page/' });
    await db.put('items', { ...b, url: 'https://exemple.fr/page?utm_medium=x' });
    db.close();
    const store = await LibraryStore.open(name);
    expect(store.db.version).toBe(DB_VERSION);
    expect(await store.count()).toBe(1); // the v2 step merged the two addresses of one page
    expect(store.db.objectStoreNames.contains('contacts')).toBe(true);
    expect(store.db.objectStoreNames.contains('registryPartners')).toBe(true);
    store.close();
  });

  it('enforces one contact per card of a feed', async () => {
    const db = await openLibraryDb('unique-contact');
    const record = { id: 'c-1', key: 'http://x.example/feed.json#pp-1', savedAt: '2026-01-01T00:00:00.000Z' };
    await db.put('contacts', record as never);
    await expect(db.put('contacts', { ...record, id: 'c-2' } as never)).rejects.toThrow();
    expect(await db.count('contacts')).toBe(1);
    db.close();
  });

  it('leaves the v2 database as it was when the v3 step fails (the upgrade transaction aborts)', async () => {
    const name = 'migration-fails';
    // A v2 database that (by some earlier development build) already has a "projects" store:
    // the v3 step cannot create it, throws, and the whole upgrade must be undone.
    const v2 = await openDB(name, 2, {
      upgrade(database) {
        const items = database.createObjectStore('items', { keyPath: 'id' });
        items.createIndex('urlKey', 'urlKey', { unique: true });
        database.createObjectStore('annotations', { keyPath: 'id' }).createIndex('itemId', 'itemId');
        database.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
        database.createObjectStore('projects', { keyPath: 'id' });
      },
    });
    const [item] = makeItems(1, 2);
    await v2.put('items', { ...item, urlKey: 'https://exemple.fr/x' });
    v2.close();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await expect(LibraryStore.open(name)).rejects.toBeTruthy();
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    const after = await openDB(name);
    expect(after.version).toBe(2);
    expect([...after.objectStoreNames].sort()).toEqual(['annotations', 'items', 'projects', 'quarantine']);
    expect(await after.count('items')).toBe(1);
    after.close();
  });
});

describe('database migration v3 → v4', () => {
  it('adds the empty registry stores and leaves everything else as it was; the workspace upgrades v1 contacts on first read, under the same key', async () => {
    const name = 'migration-v3-v4';
    // What an installed v3 extension left on disk, written by the v3 code itself.
    const v3 = await openLibraryDb(name, 3);
    const [item] = makeItems(1, 3);
    await v3.put('items', { ...item!, urlKey: item!.url });
    const key = 'http://127.0.0.1:4173/data/partenaires.json#pp-020';
    await v3.put('contacts', { ...V1_CONTACT, key } as never);
    const broken = {
      ...V1_CONTACT,
      id: 'c-casse',
      key: 'https://x.example/f.json#pp-1',
      shown: { ...V1_CONTACT.shown, roles: ['inconnu'] },
    };
    await v3.put('contacts', broken as never);
    const project = {
      schemaVersion: 1,
      id: 'projet-1',
      title: 'Comité',
      domain: 'offre_soins',
      missions: [],
      dates: { start: '2026-01-01' },
      partnerIds: ['c-ancien'],
      description: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await v3.put('projects', project as never);
    expect(v3.version).toBe(3);
    v3.close();

    const store = await LibraryStore.open(name);
    const workspace = new WorkspaceStore(store);
    try {
      expect(store.db.version).toBe(DB_VERSION);
      for (const s of REGISTRY_STORES) expect(await store.db.count(s as 'registry')).toBe(0);
      expect(await store.all()).toEqual([item]);
      expect(await workspace.projects()).toEqual([project]);
      // Still version 1 on disk until the workspace reads the contacts (the migration has no labels to give).
      expect((await store.db.get('contacts', 'c-ancien')) as unknown).toMatchObject({ schemaVersion: 1 });
      const [contact] = await workspace.contacts();
      expect(SavedContactSchema.safeParse(contact).success).toBe(true);
      expect(contact).toMatchObject({ schemaVersion: 2, id: 'c-ancien', note: 'Vu au comité', shown: { id: 'pp-020' } });
      expect((await store.db.get('contacts', 'c-ancien'))?.key).toBe(key);
      // The contact that cannot be read is set aside, not dropped.
      const quarantined = await store.db.getAll('quarantine');
      expect(quarantined).toHaveLength(1);
      expect(quarantined[0]).toMatchObject({ store: 'contacts', value: { id: 'c-casse' } });
      expect(await workspace.registry.registry()).toBeNull();
    } finally {
      workspace.close();
      store.close();
    }
  });
});

describe('database migration v4 → v5', () => {
  it('adds the empty meetings store indexed by project and leaves the workspace and registry as they were', async () => {
    const name = 'migration-v4-v5';
    // What an installed v4 extension left on disk, written by the v4 code itself.
    const v4 = await openLibraryDb(name, 4);
    const [item] = makeItems(1, 5);
    await v4.put('items', { ...item!, urlKey: item!.url });
    const project = {
      schemaVersion: 1,
      id: 'projet-v4',
      title: 'Comité de pilotage',
      domain: 'offre_soins',
      missions: [],
      dates: { start: '2026-01-01' },
      partnerIds: [],
      description: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await v4.put('projects', project as never);
    expect([...v4.objectStoreNames]).not.toContain('meetings');
    v4.close();

    const store = await LibraryStore.open(name);
    const workspace = new WorkspaceStore(store);
    try {
      expect(store.db.version).toBe(DB_VERSION);
      expect(await store.all()).toEqual([item]);
      expect(await workspace.projects()).toEqual([project]);
      expect(await store.db.count('meetings')).toBe(0);
      expect([...store.db.transaction('meetings').store.indexNames]).toEqual(['projectId']);
      expect(await workspace.meetings.meetings('projet-v4')).toEqual([]);
    } finally {
      workspace.close();
      store.close();
    }
  });
});

describe('database migration v6 → v7', () => {
  it('adds the empty effects store indexed by project and leaves the meetings, the workspace and the saved catalog as they were', async () => {
    const name = 'migration-v6-v7';
    // What an installed v6 extension left on disk, written by the v6 code itself.
    const v6 = await openLibraryDb(name, 6);
    const [item] = makeItems(1, 7);
    await v6.put('items', { ...item!, urlKey: item!.url });
    const project = {
      schemaVersion: 1,
      id: 'projet-v6',
      title: 'Comité de pilotage',
      domain: 'offre_soins',
      missions: [],
      dates: { start: '2026-01-01' },
      partnerIds: [],
      description: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await v6.put('projects', project as never);
    const meeting = {
      schemaVersion: 1,
      id: 'reunion-v6',
      projectId: 'projet-v6',
      date: '2026-02-01',
      participants: [],
      conclusions: 'Relevé',
      actions: [],
      createdAt: '2026-02-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    await v6.put('meetings', meeting as never);
    await v6.put('catalogSnapshot', { marker: 'catalogue' } as never, 41);
    expect(v6.version).toBe(6);
    expect([...v6.objectStoreNames]).not.toContain('effects');
    v6.close();

    const store = await LibraryStore.open(name);
    const workspace = new WorkspaceStore(store);
    try {
      expect(store.db.version).toBe(DB_VERSION);
      expect(await store.all()).toEqual([item]);
      expect(await workspace.projects()).toEqual([project]);
      expect(await workspace.meetings.meetings('projet-v6')).toEqual([meeting]);
      expect(await store.db.get('catalogSnapshot', 41)).toEqual({ marker: 'catalogue' });
      expect(await store.db.count('effects')).toBe(0);
      expect(store.db.transaction('effects').store.keyPath).toBe('id');
      expect([...store.db.transaction('effects').store.indexNames]).toEqual(['projectId']);
      expect(await workspace.effects.listEffects('projet-v6')).toEqual([]);
      // And the store works at once: the project written by v6 takes an indicator.
      await workspace.effects.addIndicator('projet-v6', { category: 'organisational', label: 'Délai de rendez-vous' });
      expect(await workspace.effects.listEffects('projet-v6')).toHaveLength(1);
    } finally {
      workspace.close();
      store.close();
    }
  });
});
