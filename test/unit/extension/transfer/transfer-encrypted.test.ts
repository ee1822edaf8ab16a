/**
 * The encrypted backup through the pages' own export and import (issue 20), over
 * fake-indexeddb: sealed export → delete everything → import with a wrong passphrase
 * (a clear message, nothing written) → with none (asked for) → with the right one (the
 * library back, identical).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../../extension/modules/store/library-store';
import { buildExport, importBackupText } from '../../../../extension/modules/transfer/transfer';
import { clearWholeLibrary, countWholeLibrary, readWholeLibrary } from '../../../../extension/modules/transfer/whole-library';
import { looksEncrypted, sealByDefault } from '../../../../shared/library/encrypted-backup';
import { exportText } from '../../../../shared/library/export-formats';
import { makeItems } from '../../../helpers/library-items';
import { openWorkspace } from '../../../helpers/workspace';
import { demoRegistry, demoFound as found, PAGE_URL } from '../../shared/contacts/helpers';

const PASS = 'cheval correct pile agrafe';
const FAST = { iterations: 2000 };
const open = () => openWorkspace('sealed');

const snapshot = async (store: LibraryStore) =>
  exportText('json', await readWholeLibrary(store), { exportedAt: '2026-11-22T10:00:00.000Z' });

describe('encrypted backup, export and import', () => {
  it('seals the whole library, and a wrong passphrase changes nothing; the right one restores it identical', async () => {
    const w = await open();
    await w.library.importBackup({ items: makeItems(5, 3), annotations: [] });
    expect(sealByDefault(await countWholeLibrary(w.library))).toBe(false);
    await w.saveFound([found('pp-037'), found('pp-001', 'compact')], {
      pageUrl: PAGE_URL,
      seenAt: '2026-06-02T10:00:00.000Z',
    });
    await w.registry.importRegistry(demoRegistry(), { fileName: 'registre.json', now: '2026-06-01T09:00:00.000Z' });
    // Contacts and the registry: sealed by default.
    expect(sealByDefault(await countWholeLibrary(w.library))).toBe(true);
    const before = await snapshot(w.library);

    const phases: string[] = [];
    const blob = await buildExport(w.library, 'json', 'fr', {
      passphrase: PASS,
      ...FAST,
      onProgress: (phase) => phases.at(-1) !== phase && phases.push(phase),
    });
    const file = await blob.text();
    expect(phases).toEqual(['exporting', 'encrypting']);
    expect(looksEncrypted(file)).toBe(true);
    expect(file).not.toMatch(/Agnès|Camille|pp-0\d\d|registryPartners/);

    await clearWholeLibrary(w.library);
    // Something of the new day, so that "nothing changed" is not "still empty".
    await w.library.importBackup({ items: makeItems(1, 77), annotations: [] });
    const empty = await snapshot(w.library);

    const wrong = await importBackupText(w.library, file, 'fr', { passphrase: 'cheval correct pile agrafé' });
    expect(wrong).toEqual({
      ok: false,
      sealed: 'passphrase',
      problems: [
        'Phrase de passe incorrecte : la sauvegarde n’a pas été déchiffrée. Rien n’a été importé, la bibliothèque n’a pas été modifiée.',
      ],
    });
    expect(await snapshot(w.library)).toBe(empty);
    const none = await importBackupText(w.library, file, 'en');
    expect(none).toEqual({ ok: false, sealed: 'no-passphrase', problems: ['This backup is encrypted: enter its passphrase.'] });
    expect(await snapshot(w.library)).toBe(empty);
    // Altered after export: refused as such, nothing written.
    const envelope = JSON.parse(file);
    const altered = JSON.stringify({ ...envelope, data: `AAAA${envelope.data.slice(4)}` });
    expect(await importBackupText(w.library, altered, 'fr', { passphrase: PASS })).toMatchObject({
      ok: false,
      sealed: 'damaged',
    });
    expect(await snapshot(w.library)).toBe(empty);

    const right = await importBackupText(w.library, file, 'fr', { passphrase: PASS });
    expect(right).toMatchObject({ ok: true, encrypted: true });
    await clearWholeLibrary(w.library);
    expect(await importBackupText(w.library, file, 'fr', { passphrase: PASS })).toMatchObject({ ok: true, encrypted: true });
    expect(await snapshot(w.library)).toBe(before);
  });

  it('seals only the full backup: other formats ignore the passphrase', async () => {
    const w = await open();
    await w.library.importBackup({ items: makeItems(2, 5), annotations: [] });
    const csv = await (await buildExport(w.library, 'csv', 'fr', { passphrase: PASS, ...FAST })).text();
    expect(looksEncrypted(csv)).toBe(false);
    expect(csv).toMatch(/^\uFEFF?id;titre/);
    const plain = await (await buildExport(w.library, 'json', 'fr')).text();
    expect(JSON.parse(plain).format).toBe('binome-library');
  });
});
