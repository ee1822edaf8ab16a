/**
 * The registry's rules for bringing records in (an imported file, a restored backup),
 * pure — no IndexedDB, no DOM — so that they are tested on their own
 * (test/unit/extension/workspace/registry-store.test.ts).
 *
 * A consent decision is never lost by bringing in an older copy:
 * - per consent, the decision with the later date wins; on the same day, the less
 *   permissive one (not granted) wins; a withdrawal recorded here that the incoming
 *   copy does not mention is kept; a grant the incoming copy does not mention is
 *   dropped (absent = never given: when in doubt, do not publish);
 * - a person whose data-keeping consent is refused or withdrawn is not kept: only the
 *   proof of the withdrawal is (`WithdrawalRecord`, shared/schemas/workspace.ts);
 * - a person with such a proof comes back only with a data-keeping consent given
 *   AFTER the withdrawal (they agreed again).
 */
import type { Consent } from '../../../shared/schemas/common';
import { CONSENT_FIELDS, type ConsentField, type PartnerProfile } from '../../../shared/schemas/partner';
import type { PartnerRegistry } from '../../../shared/schemas/registry';
import type { RegistryPartnerRecord, WithdrawalRecord } from '../../../shared/schemas/workspace';

type Consents = PartnerProfile['consents'];

/** The decision that stands between a stored consent and an incoming one. */
export function laterDecision(stored: Consent | undefined, incoming: Consent | undefined): Consent | undefined {
  if (!stored) return incoming;
  if (!incoming) return stored.granted ? undefined : stored;
  if (incoming.date !== stored.date) return incoming.date > stored.date ? incoming : stored;
  return incoming.granted && !stored.granted ? stored : incoming;
}

/** The consents that stand, and which of them came from what was stored. */
export function mergeConsents(stored: Consents, incoming: Consents): { consents: Consents; keptFromStore: ConsentField[] } {
  const consents: Partial<Record<ConsentField, Consent>> = {};
  const keptFromStore: ConsentField[] = [];
  for (const field of CONSENT_FIELDS) {
    const decision = laterDecision(stored[field], incoming[field]);
    if (decision) consents[field] = decision;
    if (decision && decision === stored[field] && !sameConsent(decision, incoming[field])) keptFromStore.push(field);
  }
  return { consents, keptFromStore };
}

const sameConsent = (a: Consent | undefined, b: Consent | undefined) => a?.granted === b?.granted && a?.date === b?.date;

/** True when the data-keeping consent is recorded as refused or withdrawn (absent is not a refusal). */
export function keepDataWithdrawn(profile: Pick<PartnerProfile, 'consents'>): boolean {
  return profile.consents.keepData?.granted === false;
}

/** What proves a withdrawal of `profile`'s data-keeping consent. */
export function withdrawalOf(profile: Pick<PartnerProfile, 'id' | 'consents'>, recordedAt: string): WithdrawalRecord {
  const consents: Partial<Record<ConsentField, Consent>> = {};
  for (const field of CONSENT_FIELDS) {
    const consent = profile.consents[field];
    if (consent) consents[field] = { granted: consent.granted, date: consent.date };
  }
  return { id: profile.id, withdrawnOn: profile.consents.keepData?.date ?? recordedAt.slice(0, 10), consents, recordedAt };
}

/** May `profile` come back over a withdrawal? Only with a data-keeping consent given after it. */
export function agreedAgain(profile: Pick<PartnerProfile, 'consents'>, withdrawal: WithdrawalRecord): boolean {
  const keepData = profile.consents.keepData;
  return keepData?.granted === true && keepData.date > withdrawal.withdrawnOn;
}

export interface RegistryPlan {
  /** The partners that stand, in the incoming order. */
  readonly partners: readonly RegistryPartnerRecord[];
  /** Withdrawal proofs to write (new ones: people whose data-keeping consent the incoming copy says is withdrawn). */
  readonly withdrawals: readonly WithdrawalRecord[];
  /** Stored partners the incoming copy no longer holds (removed by a file import). */
  readonly removed: readonly string[];
  /** People left out because they withdrew their data-keeping consent (here or in the incoming copy). */
  readonly erased: readonly string[];
  /** Consents recorded here that are more recent than the incoming copy's, kept. */
  readonly keptConsents: readonly { readonly id: string; readonly fields: readonly ConsentField[] }[];
}

export interface StoredRegistry {
  readonly partners: readonly RegistryPartnerRecord[];
  readonly withdrawals: readonly WithdrawalRecord[];
}

/**
 * An imported file REPLACES the registry (the coordinator's file is the reference),
 * under the consent rules above. `now` is the write time (ISO date-time).
 */
export function planImport(incoming: PartnerRegistry, stored: StoredRegistry, now: string): RegistryPlan {
  return plan(incoming.partners, stored, now, 'replace');
}

/**
 * A restored backup is MERGED into the registry: by id, the newer record wins
 * (`updatedAt`), under the same consent rules; a withdrawal proof of the backup erases a
 * stored profile unless that person agreed again after it; nothing else is removed.
 */
export function planRestore(
  incoming: { readonly partners: readonly RegistryPartnerRecord[]; readonly withdrawals: readonly WithdrawalRecord[] },
  stored: StoredRegistry,
  now: string,
): RegistryPlan {
  const storedIds = new Set(stored.withdrawals.map((w) => w.id));
  const newProofs = incoming.withdrawals.filter((w) => !storedIds.has(w.id));
  const result = plan(
    incoming.partners.map((r) => r.profile),
    { partners: stored.partners, withdrawals: [...stored.withdrawals, ...newProofs] },
    now,
    'merge',
    new Map(incoming.partners.map((r) => [r.id, r])),
  );
  const erased = [...result.erased];
  const removed = [...result.removed];
  for (const proof of newProofs) {
    const profile = stored.partners.find((r) => r.id === proof.id);
    // An incoming copy that stands (the person agreed again) replaces the stored one anyway.
    if (result.partners.some((r) => r.id === proof.id)) continue;
    if (profile && !agreedAgain(profile.profile, proof) && !removed.includes(proof.id)) {
      removed.push(proof.id);
      erased.push(proof.id);
    }
  }
  return {
    ...result,
    withdrawals: [...result.withdrawals, ...newProofs],
    removed,
    erased: [...new Set(erased)],
  };
}

function plan(
  profiles: readonly PartnerProfile[],
  stored: StoredRegistry,
  now: string,
  mode: 'replace' | 'merge',
  records?: ReadonlyMap<string, RegistryPartnerRecord>,
): RegistryPlan {
  const storedById = new Map(stored.partners.map((r) => [r.id, r]));
  const withdrawnById = new Map(stored.withdrawals.map((w) => [w.id, w]));
  const standing: RegistryPartnerRecord[] = [];
  const withdrawals: WithdrawalRecord[] = [];
  const erased: string[] = [];
  const keptConsents: { id: string; fields: ConsentField[] }[] = [];
  const seen = new Set<string>();
  let nextOrder = mode === 'merge' ? Math.max(-1, ...stored.partners.map((r) => r.order)) + 1 : 0;

  for (const profile of profiles) {
    seen.add(profile.id);
    const previous = storedById.get(profile.id);
    const withdrawal = withdrawnById.get(profile.id);
    if (withdrawal && !agreedAgain(profile, withdrawal)) {
      erased.push(profile.id);
      continue;
    }
    if (mode === 'merge' && previous) {
      const record = records?.get(profile.id);
      // The stored record is newer: it stays as it is (its consents already the later ones).
      if (!record || Date.parse(record.updatedAt) <= Date.parse(previous.updatedAt)) continue;
    }
    const merged = previous ? mergeConsents(previous.profile.consents, profile.consents) : null;
    const next: PartnerProfile = merged ? { ...profile, consents: merged.consents } : profile;
    if (merged?.keptFromStore.length) keptConsents.push({ id: profile.id, fields: merged.keptFromStore });
    if (keepDataWithdrawn(next)) {
      withdrawals.push(withdrawalOf(next, now));
      erased.push(profile.id);
      continue;
    }
    const order = mode === 'merge' && previous ? previous.order : nextOrder++;
    standing.push({ id: next.id, order, profile: next, updatedAt: records?.get(next.id)?.updatedAt ?? now });
  }
  const removed = mode === 'replace' ? stored.partners.filter((r) => !seen.has(r.id)).map((r) => r.id) : [];
  // A person erased by this plan is removed too, when stored.
  for (const id of erased) if (storedById.has(id) && !removed.includes(id)) removed.push(id);
  return { partners: standing, withdrawals, removed, erased, keptConsents };
}
