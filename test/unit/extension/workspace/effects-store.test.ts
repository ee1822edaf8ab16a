/** The effects store (fake-indexeddb): one transaction per write, validation first, nothing written on bad input. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryValidationError } from '../../../../extension/modules/store/library-store';
import type { MeasurementDraft } from '../../../../extension/modules/workspace/effects-store';
import type { WorkspaceChange } from '../../../../extension/modules/workspace/workspace-store';
import { effectTrend, summarizeEffects } from '../../../../shared/effects/indicators';
import { workspaceWithProject } from '../../../helpers/workspace';

const assessedBy = { patientPartner: 'Camille F.', professional: 'Dr Martin' };
const measurement = (date: string, value?: number, extra: Partial<MeasurementDraft> = {}): MeasurementDraft => ({
  date,
  ...(value === undefined ? {} : { value }),
  observation: '',
  source: 'PMSI',
  assessedBy,
  ...extra,
});

const withProject = () => workspaceWithProject('effects');

describe('EffectsStore', () => {
  it('adds indicators in two categories, measurements over time, and reads the trend', async () => {
    const { workspace, project } = await withProject();
    const changes: WorkspaceChange[] = [];
    workspace.onChange((c) => changes.push(c));
    const stay = await workspace.effects.addIndicator(project.id, {
      category: 'clinical',
      label: 'Durée moyenne de séjour',
      unit: 'jours',
      direction: 'decrease',
    });
    const voice = await workspace.effects.addIndicator(
      project.id,
      { category: 'empowerment', label: 'Questions posées en consultation' },
      { now: new Date(Date.now() + 1000).toISOString() },
    );
    expect(voice).toMatchObject({ unit: '', direction: 'none', measurements: [] });
    await workspace.effects.addMeasurement(stay.id, measurement('2026-03-10', 9));
    await workspace.effects.addMeasurement(stay.id, measurement('2026-01-10', 12));
    const after = await workspace.effects.addMeasurement(
      voice.id,
      measurement('2026-02-01', undefined, { observation: 'Les patients osent demander', source: 'Entretiens' }),
    );
    expect(after?.measurements[0]).toMatchObject({ observation: 'Les patients osent demander', source: 'Entretiens' });

    const list = await workspace.effects.listEffects(project.id);
    expect(list.map((i) => i.label)).toEqual(['Durée moyenne de séjour', 'Questions posées en consultation']);
    expect(effectTrend(list[0]!)).toMatchObject({ reading: 'improved', first: { value: 12 }, last: { value: 9 } });
    expect(
      summarizeEffects(list)
        .filter((s) => s.indicators)
        .map((s) => [s.category, s.measurements]),
    ).toEqual([
      ['clinical', 2],
      ['empowerment', 1],
    ]);
    expect(await workspace.effects.listAllEffects()).toEqual(list);
    await new Promise((r) => setTimeout(r, 20));
    expect(changes.filter((c) => c.type === 'effects')).toEqual(Array(5).fill({ type: 'effects', projectId: project.id }));
  });

  it('edits an indicator (label, unit, direction, category) and keeps its measurements; updatedAt moves on', async () => {
    const { workspace, project } = await withProject();
    const i = await workspace.effects.addIndicator(
      project.id,
      { category: 'project', label: 'Affiches', unit: '' },
      { now: '2026-01-01T10:00:00.000Z' },
    );
    await workspace.effects.addMeasurement(i.id, measurement('2026-01-10', 3), '2026-01-10T10:00:00.000Z');
    const next = await workspace.effects.updateIndicator(
      i.id,
      { label: 'Affiches posées', unit: 'affiches', direction: 'increase', category: 'organisational' },
      '2026-01-11T10:00:00.000Z',
    );
    expect(next).toMatchObject({
      label: 'Affiches posées',
      unit: 'affiches',
      direction: 'increase',
      category: 'organisational',
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-11T10:00:00.000Z',
    });
    expect(next?.measurements).toHaveLength(1);
    expect(await workspace.effects.updateIndicator('absent', { label: 'x' })).toBeUndefined();
  });

  it.each([
    ['no value and no observation', measurement('2026-01-10', undefined, { observation: '   ' })],
    ['no patient partner', measurement('2026-01-10', 2, { assessedBy: { ...assessedBy, patientPartner: ' ' } })],
    ['no professional', measurement('2026-01-10', 2, { assessedBy: { ...assessedBy, professional: '' } })],
    ['no source', measurement('2026-01-10', 2, { source: '' })],
    ['an impossible date', measurement('2026-02-30', 2)],
    ['a value that is no number', measurement('2026-01-10', Number.NaN)],
  ])('refuses a measurement with %s, and writes nothing', async (_label, bad) => {
    const { workspace, project } = await withProject();
    const i = await workspace.effects.addIndicator(project.id, { category: 'clinical', label: 'Chutes' });
    await workspace.effects.addMeasurement(i.id, measurement('2026-01-01', 4));
    const before = await workspace.effects.listEffects(project.id);
    await expect(workspace.effects.addMeasurement(i.id, bad)).rejects.toBeInstanceOf(LibraryValidationError);
    expect(await workspace.effects.listEffects(project.id)).toEqual(before);
  });

  it('refuses an indicator without a label, in no category, or for an unknown project — nothing written', async () => {
    const { workspace, project } = await withProject();
    await expect(workspace.effects.addIndicator(project.id, { category: 'clinical', label: '  ' })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    await expect(
      workspace.effects.addIndicator(project.id, { category: 'bonheur' as never, label: 'Sourires' }),
    ).rejects.toBeInstanceOf(LibraryValidationError);
    await expect(workspace.effects.addIndicator('absent', { category: 'clinical', label: 'Chutes' })).rejects.toBeInstanceOf(
      LibraryValidationError,
    );
    const i = await workspace.effects.addIndicator(project.id, { category: 'clinical', label: 'Chutes' });
    await expect(workspace.effects.updateIndicator(i.id, { label: '' })).rejects.toBeInstanceOf(LibraryValidationError);
    expect(await workspace.effects.listAllEffects()).toEqual([i]);
  });

  it('deletes a measurement, then the indicator; deleting a project deletes its indicators only', async () => {
    const { workspace, project } = await withProject();
    const other = await workspace.createProject({
      title: 'Autre projet',
      domain: 'offre_soins',
      dates: { start: '2026-01-01' },
      description: '',
    });
    const i = await workspace.effects.addIndicator(project.id, { category: 'clinical', label: 'Chutes' });
    const kept = await workspace.effects.addIndicator(other.id, { category: 'research', label: 'Protocoles relus' });
    const withTwo = await workspace.effects.addMeasurement(i.id, measurement('2026-01-01', 4));
    await workspace.effects.addMeasurement(i.id, measurement('2026-02-01', 2));
    const first = withTwo!.measurements[0]!.id;
    expect((await workspace.effects.deleteMeasurement(i.id, first))?.measurements.map((m) => m.value)).toEqual([2]);
    expect(await workspace.effects.deleteMeasurement(i.id, first)).toBeUndefined();
    expect((await workspace.effects.deleteIndicator(i.id))?.id).toBe(i.id);
    expect(await workspace.effects.listEffects(project.id)).toEqual([]);

    const again = await workspace.effects.addIndicator(project.id, { category: 'clinical', label: 'Chutes' });
    await workspace.effects.addMeasurement(again.id, measurement('2026-01-01', 4));
    expect(await workspace.deleteProject(project.id)).toBe(true);
    expect(await workspace.effects.listAllEffects()).toEqual([kept]);
  });

  it('corrects a measurement in place (id kept, order by date); updatedAt moves on; a bad correction writes nothing', async () => {
    const { workspace, project } = await withProject();
    const stay = await workspace.effects.addIndicator(
      project.id,
      { category: 'clinical', label: 'Durée moyenne de séjour', unit: 'jours', direction: 'decrease' },
      { now: '2026-01-01T10:00:00.000Z' },
    );
    await workspace.effects.addMeasurement(stay.id, measurement('2026-01-15', 12, { id: 'first' }), '2026-01-15T10:00:00.000Z');
    await workspace.effects.addMeasurement(stay.id, measurement('2026-06-15', 9, { id: 'second' }), '2026-06-15T10:00:00.000Z');
    const before = await workspace.db.get('effects', stay.id);
    const changes: WorkspaceChange[] = [];
    workspace.onChange((c) => changes.push(c));

    // Each bad correction refused whole: no figure nor observation, no source, no professional, an impossible date.
    for (const bad of [
      measurement('2026-01-15', undefined),
      measurement('2026-01-15', 12, { source: ' ' }),
      measurement('2026-01-15', 12, { assessedBy: { patientPartner: 'Camille F.', professional: '' } }),
      measurement('2026-02-30', 12),
    ]) {
      await expect(workspace.effects.updateMeasurement(stay.id, 'first', bad, '2026-07-01T10:00:00.000Z')).rejects.toBeInstanceOf(
        LibraryValidationError,
      );
    }
    expect(await workspace.db.get('effects', stay.id)).toEqual(before);

    const corrected = await workspace.effects.updateMeasurement(
      stay.id,
      'first',
      {
        date: '2026-01-20',
        value: 13.5,
        observation: 'Recompté sur le mois entier',
        source: 'PMSI',
        assessedBy: { patientPartner: 'Sami K.', professional: 'Dr Martin' },
      },
      '2026-07-01T10:00:00.000Z',
    );
    expect(corrected?.updatedAt).toBe('2026-07-01T10:00:00.000Z');
    expect(corrected?.measurements).toEqual([
      {
        id: 'first',
        date: '2026-01-20',
        value: 13.5,
        observation: 'Recompté sur le mois entier',
        source: 'PMSI',
        assessedBy: { patientPartner: 'Sami K.', professional: 'Dr Martin' },
      },
      before?.measurements[1],
    ]);
    expect(effectTrend(corrected!)).toMatchObject({ reading: 'improved', first: { value: 13.5 } });
    // A clock behind the stored record still moves updatedAt on (the backup merge keeps the newest).
    const again = await workspace.effects.updateMeasurement(
      stay.id,
      'second',
      measurement('2026-06-15', 8),
      '2020-01-01T00:00:00.000Z',
    );
    expect(again && again.updatedAt > '2026-07-01T10:00:00.000Z').toBe(true);
    expect(await workspace.effects.updateMeasurement(stay.id, 'absent', measurement('2026-06-15', 8))).toBeUndefined();
    expect(await workspace.effects.updateMeasurement('absent', 'first', measurement('2026-06-15', 8))).toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(changes.filter((c) => c.type === 'effects')).toHaveLength(2);
  });
});
