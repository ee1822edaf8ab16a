/**
 * The full JSON backup covers the whole library (format 5): items, annotations, projects,
 * contacts, checklists, charter records, meetings, effect indicators and the partner registry — lossless, validated
 * whole before anything is written, merged by id (newer edit wins; a consent withdrawal is
 * never undone by an older copy), all or nothing; "delete everything" clears every store.
 * Real IndexedDB code over fake-indexeddb, through the functions the pages use.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../../extension/modules/store/library-store';
import { buildExport, importBackupText } from '../../../../extension/modules/transfer/transfer';
import { clearWholeLibrary, countWholeLibrary, readWholeLibrary } from '../../../../extension/modules/transfer/whole-library';
import { appendCharterEvent, createCharterRecord, signCharterRecord } from '../../../../shared/charter/record';
import { verifyCharterRecord } from '../../../../shared/charter/verify';
import { createEvaluation, withAnswer } from '../../../../shared/checklist/evaluation';
import { exportText } from '../../../../shared/library/export-formats';
import { validateBackup } from '../../../../shared/library/import';
import type { CharterRecord } from '../../../../shared/schemas/charter';
import { saveState } from '../../../../widgets/checklist/storage';
import { makeItems } from '../../../helpers/library-items';
import { openWorkspace } from '../../../helpers/workspace';
import { at, doctor, patient } from '../../shared/charter/fixtures';
import { demoRegistry, demoFound as found, PAGE_URL, V1_CONTACT } from '../../shared/contacts/helpers';

const open = () => openWorkspace('whole');

const draft = {
  title: 'Accueil des urgences',
  domain: 'offre_soins' as const,
  dates: { start: '2026-03-01', end: '2026-12-31' },
  description: 'Co-construire l’information en salle d’attente.',
};
const seen = { pageUrl: PAGE_URL, pageTitle: 'Nos patients partenaires', seenAt: '2026-06-02T10:00:00.000Z' };

async function signedRecord(title = draft.title): Promise<CharterRecord> {
  let record = await createCharterRecord({ projectTitle: title, locale: 'fr', extraClauses: [] }, at(0));
  ({ record } = await signCharterRecord(
    record,
    { signatory: patient, mention: 'Lu et approuvé', method: 'typed', typedName: 'Jeanne Martin' },
    { now: at(1) },
  ));
  ({ record } = await signCharterRecord(
    record,
    { signatory: doctor, mention: 'lu et approuvé', method: 'typed', typedName: 'K. Benali' },
    { now: at(2) },
  ));
  return appendCharterEvent(record, { type: 'completed', at: at(2) });
}

/** A library with everything in it: items, a highlight, a project with partners, checklist history and a signed charter. */
async function fullLibrary() {
  const w = await open();
  const items = makeItems(20, 7);
  await w.library.importBackup({
    items,
    annotations: [
      {
        id: 'h1',
        itemId: items[3]!.id,
        source: items[3]!.url,
        selectors: [{ type: 'TextQuoteSelector', exact: 'une citation' }],
        colour: 'jaune',
        created: '2026-05-01T00:00:00.000Z',
        modified: '2026-05-01T00:00:00.000Z',
      },
    ],
  });
  const project = await w.createProject(draft, { now: '2026-06-01T08:00:00.000Z' });
  const { created } = await w.saveFound([found('pp-001'), found('pp-009')], seen);
  await w.updateContact(created[0]!.id, { note: 'Rencontrée au CDU.' });
  await w.linkContacts(
    project.id,
    created.map((c) => c.id),
  );
  await w.linkItem(project.id, items[2]!.id);
  const march = withAnswer(createEvaluation({ projectTitle: draft.title, date: '2026-03-01' }), 'has.1', 'non');
  const june = withAnswer(createEvaluation({ projectTitle: draft.title, date: '2026-06-01' }), 'has.1', 'oui');
  expect(await saveState(w.checklistStore(project.id), project.id, { current: june, history: [march] }, 'fr')).toBeUndefined();
  const record = await signedRecord();
  await w.charterStore(project.id).save('charte-reunion', record);
  const imported = await w.importCharter(project.id, await signedRecord('Autre charte'), 'charte-signee.json');
  // The partner registry: 38 people, one of whom withdrew the data-keeping consent (pp-033: only the proof is kept).
  await w.registry.importRegistry(demoRegistry(), { fileName: 'registre.json', now: '2026-06-01T09:00:00.000Z' });
  await w.linkContacts(project.id, ['registry:pp-002']);
  // Two meetings: the second closes the action the first decided (in the first meeting's record).
  const owners = { professional: 'Dr Benali', patientPartner: 'Jeanne Martin' };
  const both = [
    { name: 'Jeanne Martin', side: 'patient_partner' as const },
    { name: 'Dr Benali', side: 'professional' as const },
  ];
  await w.meetings.addMeeting(
    project.id,
    {
      date: '2026-04-02',
      participants: both,
      conclusions: 'Affiche à revoir.',
      actions: [{ id: 'act-1', title: 'Revoir l’affiche', owners, due: '2026-05-01' }],
      closes: [],
    },
    { id: 'reunion-1', now: '2026-04-02T18:00:00.000Z' },
  );
  await w.meetings.addMeeting(
    project.id,
    { date: '2026-05-06', participants: both.slice(1), conclusions: '', actions: [], closes: ['act-1'] },
    { id: 'reunion-2', now: '2026-05-06T18:00:00.000Z' },
  );
  // Two effect indicators in two categories: three measurements, one of them an observation only.
  const assessedBy = { patientPartner: 'Jeanne Martin', professional: 'Dr Benali' };
  await w.effects.addIndicator(
    project.id,
    { category: 'clinical', label: 'Attente aux urgences', unit: 'minutes', direction: 'decrease' },
    { id: 'effet-1', now: '2026-04-02T18:00:00.000Z' },
  );
  await w.effects.addMeasurement(
    'effet-1',
    { id: 'mesure-1', date: '2026-04-01', value: 95, source: 'Registre des passages', assessedBy },
    '2026-04-02T18:10:00.000Z',
  );
  await w.effects.addMeasurement(
    'effet-1',
    {
      id: 'mesure-2',
      date: '2026-06-01',
      value: 70,
      observation: 'Affiche en place',
      source: 'Registre des passages',
      assessedBy,
    },
    '2026-06-02T18:10:00.000Z',
  );
  await w.effects.addIndicator(
    project.id,
    { category: 'empowerment', label: 'Questions posées à l’accueil' },
    { id: 'effet-2', now: '2026-04-02T18:20:00.000Z' },
  );
  await w.effects.addMeasurement(
    'effet-2',
    { id: 'mesure-3', date: '2026-06-01', observation: 'Les patients osent demander', source: 'Entretiens', assessedBy },
    '2026-06-02T18:20:00.000Z',
  );
  return { w, project, contacts: created, record, imported: imported.entry };
}

const textOf = async (blob: Blob) => blob.text();
const exportOf = async (store: LibraryStore) =>
  exportText('json', await readWholeLibrary(store), { exportedAt: '2026-11-22T10:00:00.000Z' });

describe('full backup: lossless for the whole library', () => {
  it('export → import into an empty library → export again is identical, and signed charters still verify', async () => {
    const { w, record } = await fullLibrary();
    const file = await textOf(await buildExport(w.library, 'json', 'fr'));
    const parsed = JSON.parse(file);
    expect(parsed.version).toBe(5);
    expect(parsed.registryInfo).toHaveLength(1);
    expect(parsed.registryPartners).toHaveLength(37);
    expect(parsed.registryWithdrawals.map((w: { id: string }) => w.id)).toEqual(['pp-033']);
    expect(parsed.projects).toHaveLength(1);
    expect(parsed.contacts).toHaveLength(2);
    expect(parsed.contacts[0]).not.toHaveProperty('key'); // storage-only field
    expect(parsed.checklists).toHaveLength(1);
    expect(parsed.checklists[0].state.history).toHaveLength(1);
    expect(parsed.charters).toHaveLength(2);
    expect(parsed.meetings.map((m: { id: string }) => m.id)).toEqual(['reunion-1', 'reunion-2']);
    expect(parsed.meetings[0].actions[0]).toMatchObject({ status: 'done', doneOn: '2026-05-06', closedAt: 'reunion-2' });
    expect(parsed.effects.map((e: { id: string; measurements: unknown[] }) => [e.id, e.measurements.length])).toEqual([
      ['effet-1', 2],
      ['effet-2', 1],
    ]);

    const target = await open();
    const outcome = await importBackupText(target.library, file, 'fr');
    expect(outcome).toEqual({
      ok: true,
      summary: {
        added: 20,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        annotations: 1,
        workspace: 6 + 2 + 2 + 1 + 37 + 1,
        restored: { projects: 1, contacts: 2, checklists: 1, charters: 2, meetings: 2, effects: 2, registry: 37 + 1 + 1 },
      },
      encrypted: false,
    });
    expect(await exportOf(target.library)).toBe(await exportOf(w.library));
    // Through the pages' own export: the same file, but for its date.
    const again = await textOf(await buildExport(target.library, 'json', 'fr'));
    expect(again.replace(JSON.parse(again).exportedAt, parsed.exportedAt)).toBe(file);

    // The signed record, byte for byte, and its hashes still verify.
    const stored = await target.charter('charte-reunion');
    expect(JSON.stringify(stored?.record)).toBe(JSON.stringify(record));
    for (const entry of await target.charters(stored!.projectId)) {
      const check = await verifyCharterRecord(entry.record, 'fr');
      expect(check.valid).toBe(true);
      expect(check.recordIntact).toBe(true);
    }
    // The workspace works as before: partners, linked resource, checklist history.
    const [project] = await target.projects();
    expect(project?.partnerIds).toHaveLength(3);
    expect((await target.contacts()).map((c) => c.note).sort()).toEqual(['', 'Rencontrée au CDU.']);
    // The registry publishes the same feed as before.
    const at = '2026-06-02T10:00:00.000Z';
    expect(await target.registry.publish(at)).toEqual(await w.registry.publish(at));
    expect((await target.checklist(project!.id))?.state.history).toHaveLength(1);
    expect(await target.meetings.meetings(project!.id)).toEqual(await w.meetings.meetings(project!.id));
    expect(await target.effects.listEffects(project!.id)).toEqual(await w.effects.listEffects(project!.id));
    expect((await target.library.all()).filter((i) => i.projectIds.includes(project!.id))).toHaveLength(1);
  });

  it('importing the same file twice changes nothing', async () => {
    const { w } = await fullLibrary();
    const before = await exportOf(w.library);
    const outcome = await importBackupText(w.library, before, 'fr');
    expect(outcome).toEqual({
      ok: true,
      summary: {
        added: 0,
        updated: 0,
        unchanged: 20,
        conflicts: 0,
        annotations: 0,
        workspace: 0,
        restored: { projects: 0, contacts: 0, checklists: 0, charters: 0, meetings: 0, effects: 0, registry: 0 },
      },
      encrypted: false,
    });
    expect(await exportOf(w.library)).toBe(before);
  });

  it('still imports a version 3 backup (before the meetings), keeping the meetings held here', async () => {
    const { w, project } = await fullLibrary();
    const file = JSON.parse(await exportOf(w.library));
    const { meetings: _meetings, effects: _effects, ...v3 } = { ...file, version: 3 };
    const target = await open();
    const outcome = await importBackupText(target.library, JSON.stringify(v3), 'fr');
    expect(outcome.ok && outcome.summary).toMatchObject({ added: 20, workspace: 6 + 1 + 37 + 1 });
    expect(await target.meetings.meetings(project.id)).toEqual([]);
    // Into the library that has them: nothing of its meetings is lost.
    expect((await importBackupText(w.library, JSON.stringify(v3), 'fr')).ok).toBe(true);
    expect(await w.meetings.meetings(project.id)).toHaveLength(2);
  });

  it('still imports a version 4 backup (before the effects), keeping the indicators held here', async () => {
    const { w, project } = await fullLibrary();
    const file = JSON.parse(await exportOf(w.library));
    const { effects: _effects, ...v4 } = { ...file, version: 4 };
    const target = await open();
    const outcome = await importBackupText(target.library, JSON.stringify(v4), 'fr');
    expect(outcome.ok && outcome.summary).toMatchObject({ added: 20, restored: { meetings: 2, effects: 0 } });
    expect(await target.effects.listEffects(project.id)).toEqual([]);
    expect((await importBackupText(w.library, JSON.stringify(v4), 'fr')).ok).toBe(true);
    expect(await w.effects.listEffects(project.id)).toHaveLength(2);
  });

  it('merges indicators by id: a newer measurement added here stays, a newer one in the file comes in', async () => {
    const { w } = await fullLibrary();
    const file = JSON.parse(await exportOf(w.library));
    const assessedBy = { patientPartner: 'Jeanne Martin', professional: 'Dr Benali' };
    // Here, later: a third measurement of effet-1.
    await w.effects.addMeasurement(
      'effet-1',
      { id: 'mesure-4', date: '2026-09-01', value: 60, source: 'Registre des passages', assessedBy },
      '2030-01-01T00:00:00.000Z',
    );
    // In the file, later still: effet-2 renamed.
    file.effects[1].label = 'Questions posées à l’accueil et en consultation';
    file.effects[1].updatedAt = '2031-01-01T00:00:00.000Z';
    const outcome = await importBackupText(w.library, JSON.stringify(file), 'fr');
    expect(outcome.ok && outcome.summary.restored).toMatchObject({ effects: 1 });
    const [one, two] = await w.effects.listAllEffects();
    expect(one?.measurements.map((m) => m.id)).toEqual(['mesure-1', 'mesure-2', 'mesure-4']);
    expect(two?.label).toBe('Questions posées à l’accueil et en consultation');
  });

  it('still imports a version 1 backup (items and annotations only), leaving the workspace as it is', async () => {
    const { w, project } = await fullLibrary();
    const items = makeItems(3, 99);
    const v1 = JSON.stringify({
      format: 'binome-library',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      items,
      annotations: [],
    });
    const outcome = await importBackupText(w.library, v1, 'fr');
    expect(outcome.ok && outcome.summary).toMatchObject({ added: 3, workspace: 0 });
    expect(await w.project(project.id)).toBeDefined();
    expect(await w.library.count()).toBe(23);
  });
});

describe('full backup: merge by id, the newer edit wins', () => {
  it('keeps a newer stored project, takes a newer incoming one, and maps contacts found under another id', async () => {
    const { w, project, contacts } = await fullLibrary();
    const file = JSON.parse(await exportOf(w.library));
    // Newer in the file: the project's title. Older in the file: the second contact's note.
    file.projects[0].title = 'Accueil des urgences (v2)';
    file.projects[0].updatedAt = '2030-01-01T00:00:00.000Z';
    const target = await open();
    // The target already has the same card under another id, edited later.
    const { created } = await target.saveFound([found('pp-009')], seen);
    await target.updateContact(created[0]!.id, { note: 'Note plus récente' }, '2031-01-01T00:00:00.000Z');
    const outcome = await importBackupText(target.library, JSON.stringify(file), 'fr');
    expect(outcome.ok).toBe(true);
    const [merged] = await target.projects();
    expect(merged?.title).toBe('Accueil des urgences (v2)');
    // pp-009's contact kept its stored id and its newer note; the project points to it.
    expect(await target.contacts()).toHaveLength(2);
    expect((await target.contact(created[0]!.id))?.note).toBe('Note plus récente');
    expect(merged?.partnerIds).toContain(created[0]!.id);
    expect(merged?.partnerIds).toContain(contacts[0]!.id);
    expect(merged?.partnerIds).not.toContain(contacts[1]!.id);
    expect(project.id).toBe(merged?.id);

    // Same file again into the first library, with an older project: the stored one stays.
    file.projects[0].updatedAt = '2000-01-01T00:00:00.000Z';
    file.projects[0].title = 'Ancien titre';
    await importBackupText(w.library, JSON.stringify(file), 'fr');
    expect((await w.project(project.id))?.title).toBe(draft.title);
  });
});

describe('full backup: an invalid file is refused whole, nothing written', () => {
  const broken: Array<
    [
      string, // biome-ignore lint/suspicious/noExplicitAny: a parsed backup file, broken on purpose
      (file: Record<string, any>) => void,
      RegExp,
    ]
  > = [
    ['an invalid project', (f) => (f.projects[0].dates.end = '2020-01-01'), /^Projet 1 \(« Accueil des urgences »\) : /],
    ['an invalid contact', (f) => (f.contacts[1].source.pageUrl = 'javascript:alert(1)'), /^Contact 2 : /],
    ['a broken checklist', (f) => (f.checklists[0].state.current.date = 'hier'), /^Check-list 1 : /],
    [
      'a checklist of no project',
      (f) => (f.checklists[0].projectId = 'absent'),
      /^Check-list 1 : elle se rapporte à un projet absent/,
    ],
    ['a charter of no project', (f) => (f.charters[1].projectId = 'absent'), /^Charte 2 : elle se rapporte à un projet absent/],
    ['a meeting of no project', (f) => (f.meetings[1].projectId = 'absent'), /^Réunion 2 : elle se rapporte à un projet absent/],
    ['an action without its patient partner', (f) => (f.meetings[0].actions[0].owners.patientPartner = ''), /^Réunion 1 : /],
    ['a duplicate meeting', (f) => f.meetings.push(f.meetings[0]), /^Réunions 1 et 3 : même identifiant/],
    [
      'an indicator of no project',
      (f) => (f.effects[1].projectId = 'absent'),
      /^Indicateur 2 : il se rapporte à un projet absent/,
    ],
    [
      'a measurement assessed by a professional alone',
      (f) => (f.effects[0].measurements[1].assessedBy.patientPartner = ' '),
      /^Indicateur 1 : /,
    ],
    ['an indicator in no category of the guide', (f) => (f.effects[0].category = 'bonheur'), /^Indicateur 1 : /],
    ['a duplicate indicator', (f) => f.effects.push(f.effects[0]), /^Indicateurs 1 et 3 : même identifiant/],
    ['an invalid charter record', (f) => (f.charters[0].record.signatures = 'x'), /^Charte 1 : /],
    ['two contacts for one card', (f) => f.contacts.push({ ...f.contacts[0], id: 'copie' }), /^Contacts 1 et 3 : même fiche/],
    ['a duplicate project', (f) => f.projects.push(f.projects[0]), /^Projets 1 et 2 : même identifiant/],
    ['a list that is not a list', (f) => (f.charters = {}), /« charters » de la sauvegarde n'est pas une liste/],
    // A version is a whole number: "99" as a string is neither the current layout nor a newer one.
    ['a version written as a string', (f) => (f.version = '99'), /^Version de sauvegarde illisible \(champ « version » : "99"\)/],
    ['a version from the future', (f) => (f.version = 99), /^Cette sauvegarde vient d'une version plus récente/],
  ];
  it.each(broken)('refuses %s', async (_label, breakIt, message) => {
    const { w } = await fullLibrary();
    const file = JSON.parse(await exportOf(w.library));
    breakIt(file);
    const target = await open();
    await target.library.put(makeItems(1, 3)[0]!);
    const before = await exportOf(target.library);
    const outcome = await importBackupText(target.library, JSON.stringify(file), 'fr');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]).toMatch(message);
    expect(await exportOf(target.library)).toBe(before);
  });

  it('names the problem in English too', async () => {
    const { w } = await fullLibrary();
    const file = JSON.parse(await exportOf(w.library));
    file.charters[0].projectId = 'absent';
    const result = await validateBackup(file, 'en');
    expect(!result.ok && result.problems).toEqual(['Charter 1: it belongs to a project that is not in the file.']);
  });

  it('cancelled while writing, leaves every store exactly as it was', async () => {
    const { w } = await fullLibrary();
    const big = JSON.parse(await exportOf(w.library));
    big.items = [...big.items, ...makeItems(3000, 11)];
    const target = await open();
    const project = await target.createProject({ ...draft, title: 'Déjà là' });
    const before = await exportOf(target.library);
    const controller = new AbortController();
    const run = importBackupText(target.library, JSON.stringify(big), 'fr', {
      signal: controller.signal,
      onProgress: (phase, done) => phase === 'writing' && done > 0 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(await exportOf(target.library)).toBe(before);
    expect((await target.projects()).map((p) => p.id)).toEqual([project.id]);
  }, 30_000);
});

describe('the registry in the backup', () => {
  it('an older backup never brings back a withdrawn consent nor an erased person', async () => {
    const { w, project } = await fullLibrary();
    const before = await exportOf(w.library);
    // After the backup: pp-001 withdraws the listing consent, pp-002 the data-keeping one (erased, unlinked).
    await w.registry.recordConsent('pp-001', 'listing', { granted: false, date: '2026-06-10' }, '2026-06-10T09:00:00.000Z');
    await w.registry.recordConsent('pp-002', 'keepData', { granted: false, date: '2026-06-10' }, '2026-06-10T09:00:00.000Z');
    expect((await w.project(project.id))?.partnerIds).not.toContain('registry:pp-002');

    const outcome = await importBackupText(w.library, before, 'fr');
    expect(outcome.ok).toBe(true);
    const data = await w.registry.read();
    expect(data.partners.find((r) => r.id === 'pp-001')?.profile.consents.listing).toEqual({
      granted: false,
      date: '2026-06-10',
    });
    expect(data.partners.some((r) => r.id === 'pp-002')).toBe(false);
    expect(data.withdrawals.map((x) => x.id).sort()).toEqual(['pp-002', 'pp-033']);
    // The backup's project (older) is not newer than the stored one: the link stays removed.
    expect((await w.project(project.id))?.partnerIds).not.toContain('registry:pp-002');
    const published = await w.registry.publish('2026-06-11T08:00:00.000Z');
    const ids = published?.feed.partners.map((p) => p.id) ?? [];
    expect(ids).not.toContain('pp-001');
    expect(ids).not.toContain('pp-002');
  });

  it('a backup’s proof of withdrawal erases the profile still held here, and its project links', async () => {
    const { w: source } = await fullLibrary();
    await source.registry.recordConsent('pp-003', 'keepData', { granted: false, date: '2026-06-12' });
    const file = await exportOf(source.library);
    const { w: target, project } = await fullLibrary();
    await target.linkContacts(project.id, ['registry:pp-003']);
    const outcome = await importBackupText(target.library, file, 'fr');
    expect(outcome.ok).toBe(true);
    const data = await target.registry.read();
    expect(data.partners.some((r) => r.id === 'pp-003')).toBe(false);
    expect(data.withdrawals.find((x) => x.id === 'pp-003')?.withdrawnOn).toBe('2026-06-12');
    expect((await target.project(project.id))?.partnerIds).not.toContain('registry:pp-003');
    expect(JSON.stringify(await readWholeLibrary(target.library))).not.toContain('Marchal'); // pp-003's family name
  });

  it('refuses a backup whose registry records are invalid, naming them, and changes nothing', async () => {
    const { w } = await fullLibrary();
    const file = JSON.parse(await exportOf(w.library));
    file.registryPartners[2].profile.consents.name = { granted: 'oui', date: '2026-01-15' };
    file.registryWithdrawals.push({ ...file.registryWithdrawals[0] });
    const target = await open();
    const before = await exportOf(target.library);
    const result = await importBackupText(target.library, JSON.stringify(file), 'fr');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.some((p) => p.startsWith('Partenaire du registre 3 :'))).toBe(true);
    expect(problems).toContain('Preuves de retrait 1 et 2 : même identifiant.');
    expect(await exportOf(target.library)).toBe(before);
  });

  it('reads the contacts of an older backup (version 2, contacts of version 1) as version 2 contacts', async () => {
    const target = await open();
    const file = { format: 'binome-library', version: 2, items: [], annotations: [], contacts: [V1_CONTACT] };
    const result = await importBackupText(target.library, JSON.stringify(file), 'fr');
    expect(result.ok).toBe(true);
    const [contact] = await target.contacts();
    expect(contact).toMatchObject({ schemaVersion: 2, id: 'c-ancien', shown: { id: 'pp-020', name: 'Olivier F.' } });
  });
});

describe('delete everything', () => {
  it('clears every store: items, highlights, projects, contacts, checklists, charters, the registry, quarantine', async () => {
    const { w } = await fullLibrary();
    await w.checklistStore('x').save('x:illisible', { broken: true }); // goes to quarantine
    const counts = await countWholeLibrary(w.library);
    expect(counts).toEqual({
      items: 20,
      annotations: 1,
      projects: 1,
      contacts: 2,
      checklists: 1,
      charters: 2,
      registry: 1,
      registryPartners: 37,
      registryWithdrawals: 1,
      meetings: 2,
      effects: 2,
      quarantine: 1,
    });
    const changes: unknown[] = [];
    w.library.onChange((c) => changes.push(c));
    await clearWholeLibrary(w.library);
    expect(Object.values(await countWholeLibrary(w.library))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(changes).toEqual([{ type: 'reset' }]);
  });
});
