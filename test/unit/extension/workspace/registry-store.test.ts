/**
 * The partner registry in the library database (fake-indexeddb, the store the pages use):
 * import all or nothing, consents recorded and withdrawn with their dates and effective at
 * once, the data-keeping withdrawal that erases a profile and keeps its proof, edits
 * validated by the registry's schema, and publish() over what is stored.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryValidationError } from '../../../../extension/modules/store/library-store';
import { laterDecision, mergeConsents, planImport } from '../../../../extension/modules/workspace/registry-plan';
import type { WorkspaceStore } from '../../../../extension/modules/workspace/workspace-store';
import { publish } from '../../../../shared/publish/publish';
import { isMatchable, type PartnerProfile } from '../../../../shared/schemas/partner';
import type { PartnerRegistry } from '../../../../shared/schemas/registry';
import { openWorkspace } from '../../../helpers/workspace';
import { demoRegistry } from '../../shared/contacts/helpers';

const open = () => openWorkspace('registry');

const IMPORTED_AT = '2026-06-01T09:00:00.000Z';
const feedIds = async (w: WorkspaceStore, at = '2026-06-20T08:00:00.000Z') =>
  (await w.registry.publish(at))?.feed.partners.map((p) => p.id) ?? [];

async function withDemo() {
  const w = await open();
  const summary = await w.registry.importRegistry(demoRegistry(), { fileName: 'registre.json', now: IMPORTED_AT });
  return { w, summary };
}

describe('import', () => {
  it('imports the demo registry whole: the establishment, the partners in order, the proof of a withdrawn data-keeping consent', async () => {
    const { w, summary } = await withDemo();
    const registry = demoRegistry();
    expect(summary).toMatchObject({ partners: 37, withdrawals: 1, erased: ['pp-033'], removed: [], keptConsents: [] });
    const data = await w.registry.read();
    expect(data.info).toMatchObject({
      establishment: registry.establishment,
      importedFrom: 'registre.json',
      importedAt: IMPORTED_AT,
    });
    expect(data.partners.map((r) => r.id)).toEqual(registry.partners.map((p) => p.id).filter((id) => id !== 'pp-033'));
    // pp-033 (Samuel Noël) withdrew keepData: nothing but the id and the consents' dates.
    expect(data.withdrawals).toEqual([
      {
        id: 'pp-033',
        withdrawnOn: '2026-05-02',
        consents: registry.partners.find((p) => p.id === 'pp-033')?.consents,
        recordedAt: IMPORTED_AT,
      },
    ]);
    expect(JSON.stringify(data)).not.toMatch(/Samuel|Noël/);
  });

  it('publishes from the store exactly what publish() makes of the file', async () => {
    const { w } = await withDemo();
    const at = '2026-06-02T10:00:00.000Z';
    const fromStore = await w.registry.publish(at);
    const fromFile = publish(demoRegistry(), { generatedAt: at });
    expect(fromStore?.feed).toEqual(fromFile.feed);
    // The report no longer lists the erased person: the store does not hold them any more.
    expect(fromStore?.report.people.map((p) => p.id)).toEqual(
      fromFile.report.people.map((p) => p.id).filter((id) => id !== 'pp-033'),
    );
  });

  it('is all or nothing: an invalid registry changes nothing', async () => {
    const { w } = await withDemo();
    const before = await w.registry.read();
    const registry = demoRegistry();
    const bad = {
      ...registry,
      partners: registry.partners.map((p, i) => (i === 30 ? { ...p, territory: { ...p.territory, departement: '20' } } : p)),
    } as PartnerRegistry;
    await expect(w.registry.importRegistry(bad, { fileName: 'autre.json' })).rejects.toBeInstanceOf(LibraryValidationError);
    const duplicate = { ...registry, partners: [...registry.partners, registry.partners[0] as PartnerProfile] };
    await expect(w.registry.importRegistry(duplicate)).rejects.toBeInstanceOf(LibraryValidationError);
    expect(await w.registry.read()).toEqual(before);
  });

  it('replaces the registry, but never loses a more recent consent decision recorded here, nor brings an erased person back', async () => {
    const { w } = await withDemo();
    await w.registry.recordConsent('pp-001', 'listing', { granted: false, date: '2026-06-10' });
    await w.registry.recordConsent('pp-002', 'keepData', { granted: false, date: '2026-06-10' });
    const registry = demoRegistry();
    // The coordinator imports her (older) spreadsheet again, where pp-004 is gone and pp-003 changed town.
    const again = {
      ...registry,
      partners: registry.partners
        .filter((p) => p.id !== 'pp-004')
        .map((p) => (p.id === 'pp-003' ? { ...p, territory: { ...p.territory, commune: 'Die' } } : p)),
    };
    const summary = await w.registry.importRegistry(again, { fileName: 'registre-juin.json', now: '2026-06-15T09:00:00.000Z' });
    expect(summary.keptConsents).toEqual([{ id: 'pp-001', fields: ['listing'] }]);
    expect([...summary.erased].sort()).toEqual(['pp-002', 'pp-033']);
    expect(summary.removed).toEqual(['pp-004']);
    const data = await w.registry.read();
    expect(data.partners.find((r) => r.id === 'pp-001')?.profile.consents.listing).toEqual({
      granted: false,
      date: '2026-06-10',
    });
    expect(data.partners.find((r) => r.id === 'pp-003')?.profile.territory.commune).toBe('Die');
    expect(data.partners.some((r) => r.id === 'pp-002' || r.id === 'pp-004')).toBe(false);
    const ids = await feedIds(w);
    expect(ids).not.toContain('pp-001');
    expect(ids).not.toContain('pp-002');

    // A person who agreed again (data-keeping consent given after the withdrawal) comes back.
    const back = registry.partners.find((p) => p.id === 'pp-002') as PartnerProfile;
    const agreed = { ...back, consents: { ...back.consents, keepData: { granted: true, date: '2026-07-01' } } };
    await w.registry.importRegistry({ ...again, partners: again.partners.map((p) => (p.id === 'pp-002' ? agreed : p)) });
    expect((await w.registry.read()).partners.some((r) => r.id === 'pp-002')).toBe(true);
    expect((await w.registry.read()).withdrawals.map((x) => x.id).sort()).toEqual(['pp-002', 'pp-033']); // the proof stays
  });
});

describe('consents', () => {
  it('records a withdrawal with its date, effective at once for the next feed (listing removes the person, name the name)', async () => {
    const { w } = await withDemo();
    expect(await feedIds(w)).toContain('pp-001');
    const changes: unknown[] = [];
    w.onChange((c) => changes.push(c));
    const outcome = await w.registry.recordConsent('pp-001', 'listing', { granted: false, date: '2026-06-10' });
    expect(outcome.kind).toBe('updated');
    expect(changes).toContainEqual({ type: 'registry' });
    expect(await feedIds(w)).not.toContain('pp-001');
    const report = (await w.registry.publish())?.report.people.find((p) => p.id === 'pp-001');
    expect(report?.omissions).toEqual([
      { field: '*', reason: 'consent', consent: 'listing', consentState: 'not_granted', since: '2026-06-10' },
    ]);

    const named = (await w.registry.publish())?.feed.partners.find((p) => p.id === 'pp-002');
    expect(named?.name).toBe('Karim B.');
    await w.registry.recordConsent('pp-002', 'name', { granted: false, date: '2026-06-11' });
    const feed = (await w.registry.publish())?.feed;
    expect(feed?.partners.find((p) => p.id === 'pp-002')?.name).toBeUndefined();
    expect(JSON.stringify(feed)).not.toMatch(/Karim|Benali/);

    // Given again, later: back in the next feed.
    await w.registry.recordConsent('pp-001', 'listing', { granted: true, date: '2026-06-12' });
    expect(await feedIds(w)).toContain('pp-001');
  });

  it('withdrawing the matching consent takes the person out of the registry the matching form gets', async () => {
    const { w } = await withDemo();
    const matchable = async () => ((await w.registry.registry())?.partners ?? []).filter(isMatchable).map((p) => p.id);
    expect(await matchable()).toContain('pp-009');
    await w.registry.recordConsent('pp-009', 'matching', { granted: false, date: '2026-06-10' });
    expect(await matchable()).not.toContain('pp-009');
  });

  it('withdrawing the data-keeping consent erases the profile, keeps the proof, and unlinks the projects — one transaction', async () => {
    const { w } = await withDemo();
    const project = await w.createProject({
      title: 'Comité',
      domain: 'offre_soins',
      dates: { start: '2026-03-01' },
      description: '',
    });
    await w.linkContacts(project.id, ['registry:pp-005', 'registry:pp-006']);
    const outcome = await w.registry.recordConsent(
      'pp-005',
      'keepData',
      { granted: false, date: '2026-06-10' },
      '2026-06-10T12:00:00.000Z',
    );
    expect(outcome.kind).toBe('erased');
    const data = await w.registry.read();
    expect(data.partners.some((r) => r.id === 'pp-005')).toBe(false);
    const proof = data.withdrawals.find((x) => x.id === 'pp-005');
    expect(proof).toMatchObject({ withdrawnOn: '2026-06-10', recordedAt: '2026-06-10T12:00:00.000Z' });
    expect(proof?.consents.keepData).toEqual({ granted: false, date: '2026-06-10' });
    expect(proof?.consents.name).toEqual({ granted: false, date: '2026-01-15' });
    expect(JSON.stringify(data)).not.toMatch(/Sophie|Lanier/);
    expect((await w.project(project.id))?.partnerIds).toEqual(['registry:pp-006']);
    // The same id cannot be taken again by hand.
    await expect(
      w.registry.savePartner('pp-005', () => ({ ...(demoRegistry().partners[4] as PartnerProfile), consents: {} }), {
        create: true,
      }),
    ).rejects.toBeInstanceOf(LibraryValidationError);
  });

  it('refuses an invalid consent and an unknown partner, writing nothing', async () => {
    const { w } = await withDemo();
    const before = await w.registry.read();
    await expect(w.registry.recordConsent('pp-001', 'name', { granted: true, date: '15/01/2026' })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    await expect(w.registry.recordConsent('pp-999', 'name', { granted: true, date: '2026-01-15' })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    expect(await w.registry.read()).toEqual(before);
  });
});

describe('partners', () => {
  it('adds and edits partners, validated by the registry’s schema; a new partner goes last', async () => {
    const { w } = await withDemo();
    const base = demoRegistry().partners[0] as PartnerProfile;
    const added = await w.registry.savePartner('pp-100', () => ({ ...base, id: 'pp-100', consents: {} }), {
      create: true,
      now: '2026-06-03T08:00:00.000Z',
    });
    expect(added.order).toBe(Math.max(...(await w.registry.read()).partners.map((r) => r.order)));
    await expect(w.registry.savePartner('pp-100', () => ({ ...base, id: 'pp-100' }), { create: true })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    // A mission outside the person's domains, a bad département: refused, nothing written.
    const before = await w.registry.read();
    await expect(
      w.registry.savePartner('pp-100', (current) => ({ ...(current as PartnerProfile), domains: [], missions: base.missions })),
    ).rejects.toBeInstanceOf(LibraryValidationError);
    await expect(
      w.registry.savePartner('pp-100', (current) => ({
        ...(current as PartnerProfile),
        territory: { departement: '20', remote: false },
      })),
    ).rejects.toBeInstanceOf(LibraryValidationError);
    expect(await w.registry.read()).toEqual(before);
    const edited = await w.registry.savePartner('pp-100', (current) => ({
      ...(current as PartnerProfile),
      load: { activeMissions: 2, maxMissions: 2 },
    }));
    expect(edited).toMatchObject({ order: added.order, profile: { load: { activeMissions: 2, maxMissions: 2 } } });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(Date.parse(added.updatedAt));
  });

  it('deletes a partner entirely and unlinks it from projects', async () => {
    const { w } = await withDemo();
    const project = await w.createProject({
      title: 'Comité',
      domain: 'offre_soins',
      dates: { start: '2026-03-01' },
      description: '',
    });
    await w.linkContacts(project.id, ['registry:pp-010']);
    expect(await w.registry.deletePartner('pp-010')).toMatchObject({ id: 'pp-010' });
    expect((await w.registry.read()).partners.some((r) => r.id === 'pp-010')).toBe(false);
    expect((await w.registry.read()).withdrawals.some((x) => x.id === 'pp-010')).toBe(false); // deletion keeps no trace
    expect((await w.project(project.id))?.partnerIds).toEqual([]);
    expect(await w.registry.deletePartner('pp-010')).toBeUndefined();
  });
});

describe('plan (pure rules)', () => {
  it('the later decision wins; on the same day, the less permissive; a withdrawal here is kept, a grant absent from the file dropped', () => {
    const yes = (date: string) => ({ granted: true, date });
    const no = (date: string) => ({ granted: false, date });
    expect(laterDecision(no('2026-06-10'), yes('2026-01-15'))).toEqual(no('2026-06-10'));
    expect(laterDecision(no('2026-01-10'), yes('2026-01-15'))).toEqual(yes('2026-01-15'));
    expect(laterDecision(yes('2026-01-15'), no('2026-01-15'))).toEqual(no('2026-01-15'));
    expect(laterDecision(no('2026-01-15'), yes('2026-01-15'))).toEqual(no('2026-01-15'));
    expect(laterDecision(no('2026-01-15'), undefined)).toEqual(no('2026-01-15'));
    expect(laterDecision(yes('2026-01-15'), undefined)).toBeUndefined();
    expect(laterDecision(undefined, yes('2026-01-15'))).toEqual(yes('2026-01-15'));
    expect(mergeConsents({ name: no('2026-06-10'), photo: yes('2026-01-01') }, { name: yes('2026-01-15') })).toEqual({
      consents: { name: no('2026-06-10') },
      keptFromStore: ['name'],
    });
  });

  it('a person the file says withdrew the data-keeping consent is not kept: only the proof', () => {
    const registry = demoRegistry();
    const result = planImport(registry, { partners: [], withdrawals: [] }, IMPORTED_AT);
    expect(result.partners.map((r) => r.id)).not.toContain('pp-033');
    expect(result.withdrawals.map((x) => x.id)).toEqual(['pp-033']);
    expect(result.partners.map((r) => r.order)).toEqual(result.partners.map((_, i) => i));
  });
});
