/**
 * The establishment's private partner registry in the library database (v4): the
 * establishment, one PartnerProfile per partner, and the proofs of withdrawn
 * data-keeping consents (shared/schemas/workspace.ts). It never leaves the extension
 * except as what the coordinator chooses: the public feed `publish()` computes
 * (shared/publish/), downloaded, and the full backup.
 *
 * Same rules as the rest of the library: every operation is ONE transaction, every
 * record is validated by the registry's own schemas before it is written, an import is
 * all or nothing, and each change is announced to the other extension pages.
 *
 * Projects link registry partners as `registry:<id>` (a contact's id is a UUID): erasing
 * or deleting a partner unlinks it from the projects in the same transaction.
 */
import { type core, type output, safeParse } from 'zod/mini';
import { later } from '../../../shared/contacts/contact';
import { type Published, publish } from '../../../shared/publish/publish';
import type { Consent } from '../../../shared/schemas/common';
import type { Establishment } from '../../../shared/schemas/establishment';
import {
  type ConsentField,
  type PartnerProfile,
  type PartnerProfileInput,
  PartnerProfileSchema,
} from '../../../shared/schemas/partner';
import { type PartnerRegistry, PartnerRegistrySchema } from '../../../shared/schemas/registry';
import {
  REGISTRY_INFO_ID,
  type RegistryInfo,
  RegistryInfoSchema,
  type RegistryPartnerRecord,
  RegistryPartnerRecordSchema,
  type WithdrawalRecord,
  WithdrawalRecordSchema,
} from '../../../shared/schemas/workspace';
import type { LibraryDb } from '../store/db';
import { LibraryValidationError } from '../store/library-store';
import type { ProjectRecord } from '../store/records';
import { registryLink } from './registry-links';
import { keepDataWithdrawn, planImport, type RegistryPlan, withdrawalOf } from './registry-plan';

export { REGISTRY_LINK, registryIdOfLink, registryLink } from './registry-links';

export const REGISTRY_STORES = ['registry', 'registryPartners', 'registryWithdrawals'] as const;

export interface RegistryData {
  readonly info: RegistryInfo | undefined;
  /** In the registry's order. */
  readonly partners: readonly RegistryPartnerRecord[];
  readonly withdrawals: readonly WithdrawalRecord[];
}

export interface RegistryImportSummary extends Omit<RegistryPlan, 'partners' | 'withdrawals'> {
  readonly partners: number;
  readonly withdrawals: number;
}

export type ConsentOutcome =
  | { readonly kind: 'updated'; readonly record: RegistryPartnerRecord }
  /** The data-keeping consent was withdrawn: the profile is erased, the proof kept. */
  | { readonly kind: 'erased'; readonly withdrawal: WithdrawalRecord };

const nowIso = () => new Date().toISOString();

function check<S extends core.$ZodType>(schema: S, value: unknown): output<S> {
  const result = safeParse(schema, value);
  if (!result.success) throw new LibraryValidationError(result.error.issues);
  return result.data;
}

function issue(path: (string | number)[], message: string): LibraryValidationError {
  return new LibraryValidationError([{ code: 'custom', path, message }]);
}

const byOrder = (a: RegistryPartnerRecord, b: RegistryPartnerRecord) => a.order - b.order || (a.id < b.id ? -1 : 1);

export class RegistryStore {
  constructor(
    readonly db: LibraryDb,
    /** Tells the extension pages that the registry changed (and which projects lost a partner). */
    private readonly announce: (projects: readonly string[]) => void,
  ) {}

  /** The whole registry, in one consistent read. */
  async read(): Promise<RegistryData> {
    const tx = this.db.transaction([...REGISTRY_STORES]);
    const [info, partners, withdrawals] = await Promise.all([
      tx.objectStore('registry').get(REGISTRY_INFO_ID),
      tx.objectStore('registryPartners').getAll(),
      tx.objectStore('registryWithdrawals').getAll(),
    ]);
    await tx.done;
    return { info, partners: partners.sort(byOrder), withdrawals };
  }

  /** The registry as its schema defines it (what publish() and the matching form take), or null before any import or entry. */
  async registry(): Promise<PartnerRegistry | null> {
    return registryOf(await this.read());
  }

  /**
   * Replaces the registry with an imported one (already validated whole by
   * readRegistryFile), in ONE transaction: the establishment, every partner, and the
   * withdrawal proofs — under the consent rules of plan.ts (a withdrawal recorded here
   * after the file's date is kept; a person who withdrew the data-keeping consent is not
   * kept). Nothing is written if one record is invalid.
   */
  async importRegistry(
    registry: PartnerRegistry,
    { fileName, now = nowIso() }: { fileName?: string; now?: string } = {},
  ): Promise<RegistryImportSummary> {
    const checked = check(PartnerRegistrySchema, registry);
    const tx = this.db.transaction([...REGISTRY_STORES, 'projects'], 'readwrite');
    try {
      const partners = tx.objectStore('registryPartners');
      const proofs = tx.objectStore('registryWithdrawals');
      const [stored, withdrawals] = await Promise.all([partners.getAll(), proofs.getAll()]);
      const plan = planImport(checked, { partners: stored, withdrawals }, now);
      const info = check(RegistryInfoSchema, {
        id: REGISTRY_INFO_ID,
        establishment: checked.establishment,
        ...(fileName?.trim() ? { importedFrom: fileName.trim().slice(0, 300) } : {}),
        importedAt: now,
        updatedAt: now,
      });
      const records = plan.partners.map((r) => check(RegistryPartnerRecordSchema, r));
      const newProofs = plan.withdrawals.map((w) => check(WithdrawalRecordSchema, w));
      const erasedLinks = plan.erased;
      const touched = await unlink(tx.objectStore('projects'), erasedLinks, now);
      await Promise.all([
        partners.clear(),
        ...records.map((r) => partners.put(r)),
        ...newProofs.map((w) => proofs.put(w)),
        tx.objectStore('registry').put(info),
        tx.done,
      ]);
      this.announce(touched);
      return {
        partners: records.length,
        withdrawals: newProofs.length,
        removed: plan.removed,
        erased: plan.erased,
        keptConsents: plan.keptConsents,
      };
    } catch (error) {
      await abort(tx);
      throw error;
    }
  }

  /** Sets the establishment (its name and contact: the public feed's default route to a partner). */
  async setEstablishment(establishment: Establishment, now = nowIso()): Promise<RegistryInfo> {
    const tx = this.db.transaction('registry', 'readwrite');
    try {
      const current = await tx.store.get(REGISTRY_INFO_ID);
      const info = check(RegistryInfoSchema, {
        ...(current ?? {}),
        id: REGISTRY_INFO_ID,
        establishment,
        updatedAt: current ? later(current.updatedAt, now) : now,
      });
      await Promise.all([tx.store.put(info), tx.done]);
      this.announce([]);
      return info;
    } catch (error) {
      await abort(tx);
      throw error;
    }
  }

  /**
   * Adds a partner (`create`) or changes one, validated by the registry's profile schema.
   * `change` gets the stored profile as it is at write time. A new id must be free, and
   * not one whose data was erased at the person's request.
   */
  async savePartner(
    id: string,
    change: (current: PartnerProfile | undefined) => PartnerProfileInput,
    { create = false, now = nowIso() }: { create?: boolean; now?: string } = {},
  ): Promise<RegistryPartnerRecord> {
    const tx = this.db.transaction(['registryPartners', 'registryWithdrawals'], 'readwrite');
    try {
      const partners = tx.objectStore('registryPartners');
      const current = await partners.get(id);
      if (create && current) throw issue(['id'], `id already used: ${id}`);
      if (!create && !current) throw issue(['id'], `unknown partner ${id}`);
      if (create && (await tx.objectStore('registryWithdrawals').getKey(id)))
        throw issue(['id'], `erased at the person's request: ${id}`);
      const profile = check(PartnerProfileSchema, { ...change(current?.profile), id: create ? id : (current?.id ?? id) });
      if (keepDataWithdrawn(profile)) throw issue(['consents', 'keepData'], 'use recordConsent to withdraw');
      // A new partner goes last, in the registry's order (which the feed keeps).
      const order = current?.order ?? Math.max(-1, ...(await partners.getAll()).map((r) => r.order)) + 1;
      const record = check(RegistryPartnerRecordSchema, {
        id: profile.id,
        order,
        profile,
        updatedAt: current ? later(current.updatedAt, now) : now,
      });
      await Promise.all([partners.put(record), tx.done]);
      this.announce([]);
      return record;
    } catch (error) {
      await abort(tx);
      throw error;
    }
  }

  /**
   * Records a consent, given or withdrawn, with its date — effective at once for matching
   * and the next publish. Withdrawing the data-keeping consent erases the profile and
   * keeps only the proof of the withdrawal (the registry's id and its consents' dates),
   * and unlinks the person from the projects: all in one transaction.
   */
  async recordConsent(id: string, field: ConsentField, consent: Consent, now = nowIso()): Promise<ConsentOutcome> {
    const tx = this.db.transaction(['registryPartners', 'registryWithdrawals', 'projects'], 'readwrite');
    try {
      const partners = tx.objectStore('registryPartners');
      const current = await partners.get(id);
      if (!current) throw issue(['id'], `unknown partner ${id}`);
      const profile = check(PartnerProfileSchema, {
        ...current.profile,
        consents: { ...current.profile.consents, [field]: consent },
      });
      if (keepDataWithdrawn(profile)) {
        const withdrawal = check(WithdrawalRecordSchema, withdrawalOf(profile, now));
        const touched = await unlink(tx.objectStore('projects'), [id], now);
        await Promise.all([partners.delete(id), tx.objectStore('registryWithdrawals').put(withdrawal), tx.done]);
        this.announce(touched);
        return { kind: 'erased', withdrawal };
      }
      const record = check(RegistryPartnerRecordSchema, { ...current, profile, updatedAt: later(current.updatedAt, now) });
      await Promise.all([partners.put(record), tx.done]);
      this.announce([]);
      return { kind: 'updated', record };
    } catch (error) {
      await abort(tx);
      throw error;
    }
  }

  /** Deletes a partner's record entirely (an entry made by mistake, the end of the retention period), and its project links. */
  async deletePartner(id: string, now = nowIso()): Promise<RegistryPartnerRecord | undefined> {
    const tx = this.db.transaction(['registryPartners', 'projects'], 'readwrite');
    try {
      const current = await tx.objectStore('registryPartners').get(id);
      if (!current) {
        await tx.done;
        return undefined;
      }
      const touched = await unlink(tx.objectStore('projects'), [id], now);
      await Promise.all([tx.objectStore('registryPartners').delete(id), tx.done]);
      this.announce(touched);
      return current;
    } catch (error) {
      await abort(tx);
      throw error;
    }
  }

  /** Deletes the proof of a withdrawal (at the end of its retention period). */
  async deleteWithdrawal(id: string): Promise<boolean> {
    const tx = this.db.transaction('registryWithdrawals', 'readwrite');
    const found = (await tx.store.getKey(id)) !== undefined;
    if (found) tx.store.delete(id);
    await tx.done;
    if (found) this.announce([]);
    return found;
  }

  /** The public feed of the registry as it is now, and the report of what it leaves out. */
  async publish(generatedAt = nowIso()): Promise<Published | null> {
    const registry = await this.registry();
    return registry ? publish(registry, { generatedAt }) : null;
  }
}

/** The registry of `data` (validated), or null when there is no establishment yet. */
export function registryOf(data: RegistryData): PartnerRegistry | null {
  if (!data.info) return null;
  return check(PartnerRegistrySchema, {
    schemaVersion: 1,
    establishment: data.info.establishment,
    partners: data.partners.map((r) => r.profile),
  });
}

/** The projects store of a read-write transaction (only what unlink needs). */
interface ProjectsStore {
  getAll(): Promise<ProjectRecord[]>;
  put(value: ProjectRecord): Promise<unknown>;
}

/** Removes `ids`' links from every project, in the caller's transaction; returns the projects changed. */
async function unlink(projects: ProjectsStore, ids: readonly string[], now: string): Promise<string[]> {
  if (!ids.length) return [];
  const links = new Set(ids.map(registryLink));
  const touched: string[] = [];
  for (const project of await projects.getAll()) {
    if (!project.partnerIds.some((p) => links.has(p))) continue;
    await projects.put({
      ...project,
      partnerIds: project.partnerIds.filter((p) => !links.has(p)),
      updatedAt: later(project.updatedAt, now),
    });
    touched.push(project.id);
  }
  return touched;
}

async function abort(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // already finished
  }
  await tx.done.catch(() => {});
}
