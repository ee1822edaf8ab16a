/**
 * A project's effect indicators in the library database (v7, store `effects`): each one
 * in a category of the guide (or the project's own), with its dated measurements inside
 * (shared/schemas/effect.ts) — adding a measurement is one write. Same rules as the rest of
 * the workspace: every operation is ONE transaction, every record is validated by the
 * shared schema before it is written (nothing is written otherwise), and each change is
 * announced to the other extension pages (change type `effects`).
 *
 * The review (bilan) reads them through `listEffects` / `listAllEffects`.
 */
import type { input } from 'zod/mini';
import { safeParse } from 'zod/mini';
import { later } from '../../../shared/contacts/contact';
import {
  type EffectIndicatorRecord,
  type EffectIndicatorRecordInput,
  EffectIndicatorRecordSchema,
  type EffectMeasurementSchema,
} from '../../../shared/schemas/effect';
import type { LibraryDb } from '../store/db';
import { LibraryValidationError } from '../store/library-store';

/** What the user chooses for an indicator. */
export type IndicatorDraft = Pick<EffectIndicatorRecordInput, 'category' | 'label' | 'unit' | 'direction'>;

/** A measurement as typed: its id is given here unless the caller has one (tests, imports). */
export type MeasurementDraft = Omit<input<typeof EffectMeasurementSchema>, 'id'> & { readonly id?: string };

function checkIndicator(value: unknown): EffectIndicatorRecord {
  const result = safeParse(EffectIndicatorRecordSchema, value);
  if (!result.success) throw new LibraryValidationError(result.error.issues);
  return result.data;
}

const unknownProject = (projectId: string) =>
  new LibraryValidationError([{ code: 'custom', path: ['projectId'], message: `unknown project ${projectId}` }]);

/** Oldest first: the order the team chose them in. */
const byCreated = (a: EffectIndicatorRecord, b: EffectIndicatorRecord) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export class EffectsStore {
  constructor(
    private readonly db: LibraryDb,
    private readonly changed: (projectId: string) => void,
  ) {}

  /** A project's indicators, in the order they were added. */
  async listEffects(projectId: string): Promise<EffectIndicatorRecord[]> {
    return (await this.db.getAllFromIndex('effects', 'projectId', projectId)).sort(byCreated);
  }

  /** Every project's indicators (the establishment's review). */
  async listAllEffects(): Promise<EffectIndicatorRecord[]> {
    return (await this.db.getAll('effects')).sort(byCreated);
  }

  async addIndicator(
    projectId: string,
    draft: IndicatorDraft,
    options: { id?: string; now?: string } = {},
  ): Promise<EffectIndicatorRecord> {
    const now = options.now ?? new Date().toISOString();
    const tx = this.db.transaction(['projects', 'effects'], 'readwrite');
    try {
      if (!(await tx.objectStore('projects').getKey(projectId))) throw unknownProject(projectId);
      const indicator = checkIndicator({
        schemaVersion: 1,
        id: options.id ?? crypto.randomUUID(),
        projectId,
        category: draft.category,
        label: draft.label,
        unit: draft.unit ?? '',
        direction: draft.direction ?? 'none',
        measurements: [],
        createdAt: now,
        updatedAt: now,
      });
      await Promise.all([tx.objectStore('effects').add(indicator), tx.done]);
      this.changed(projectId);
      return indicator;
    } catch (error) {
      await abandon(tx);
      throw error;
    }
  }

  /** Renames, re-units, re-directs or moves an indicator to another category; its measurements stay. */
  updateIndicator(
    id: string,
    patch: Partial<IndicatorDraft>,
    now = new Date().toISOString(),
  ): Promise<EffectIndicatorRecord | undefined> {
    const { category, label, unit, direction } = patch;
    return this.edit(
      id,
      (current) => ({
        ...current,
        ...(category !== undefined ? { category } : {}),
        ...(label !== undefined ? { label } : {}),
        ...(unit !== undefined ? { unit } : {}),
        ...(direction !== undefined ? { direction } : {}),
      }),
      now,
    );
  }

  /** Adds one dated measurement to an indicator (refused whole if it lacks a value and an observation, a source or an assessor). */
  addMeasurement(
    indicatorId: string,
    measurement: MeasurementDraft,
    now = new Date().toISOString(),
  ): Promise<EffectIndicatorRecord | undefined> {
    return this.edit(
      indicatorId,
      (current) => ({
        ...current,
        measurements: [...current.measurements, { ...measurement, id: measurement.id ?? crypto.randomUUID() }],
      }),
      now,
    );
  }

  /**
   * Corrects one measurement (date, value, observation, source, assessors), its id kept:
   * refused whole if the correction is invalid; undefined if either is gone. The
   * indicator's `updatedAt` moves on, so a backup merge keeps the corrected one.
   */
  updateMeasurement(
    indicatorId: string,
    measurementId: string,
    measurement: Omit<MeasurementDraft, 'id'>,
    now = new Date().toISOString(),
  ): Promise<EffectIndicatorRecord | undefined> {
    return this.edit(
      indicatorId,
      (current) =>
        current.measurements.some((m) => m.id === measurementId)
          ? {
              ...current,
              measurements: current.measurements.map((m) => (m.id === measurementId ? { ...measurement, id: measurementId } : m)),
            }
          : undefined,
      now,
    );
  }

  deleteMeasurement(
    indicatorId: string,
    measurementId: string,
    now = new Date().toISOString(),
  ): Promise<EffectIndicatorRecord | undefined> {
    return this.edit(
      indicatorId,
      (current) =>
        current.measurements.some((m) => m.id === measurementId)
          ? { ...current, measurements: current.measurements.filter((m) => m.id !== measurementId) }
          : undefined,
      now,
    );
  }

  /** Deletes an indicator with its measurements. */
  async deleteIndicator(id: string): Promise<EffectIndicatorRecord | undefined> {
    const tx = this.db.transaction('effects', 'readwrite');
    const indicator = await tx.store.get(id);
    if (indicator) tx.store.delete(id);
    await tx.done;
    if (indicator) this.changed(indicator.projectId);
    return indicator;
  }

  /**
   * One indicator changed in one transaction: `change` gets the stored record as it is at
   * write time (undefined = nothing to do); the result is validated before it is written.
   */
  private async edit(
    id: string,
    change: (current: EffectIndicatorRecord) => EffectIndicatorRecordInput | undefined,
    now: string,
  ): Promise<EffectIndicatorRecord | undefined> {
    const tx = this.db.transaction('effects', 'readwrite');
    const current = await tx.store.get(id);
    const next = current && change(current);
    if (!current || !next) {
      await tx.done;
      return undefined;
    }
    let checked: EffectIndicatorRecord;
    try {
      checked = checkIndicator({
        ...next,
        id,
        projectId: current.projectId,
        createdAt: current.createdAt,
        updatedAt: later(current.updatedAt, now),
      });
    } catch (error) {
      await abandon(tx);
      throw error;
    }
    await Promise.all([tx.store.put(checked), tx.done]);
    this.changed(current.projectId);
    return checked;
  }
}

/** Aborts a transaction that may already be over, and waits for it to settle. */
async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // already finished
  }
  await tx.done.catch(() => {});
}
