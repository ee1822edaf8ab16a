/**
 * The whole library database at once — items, annotations, the project workspace
 * (projects, contacts, checklists, charters, meetings, effects) and the partner registry: the full
 * backup's snapshot, its import,
 * and "delete everything". Each is ONE IndexedDB transaction over every store, so a
 * backup is a consistent snapshot, an import is all or nothing (cancelling aborts the
 * transaction), and deleting everything cannot leave half a library.
 */
import { annotationIsNewer, type Backup, decideMerge } from '../../../shared/library/import';
import { normalizeUrl } from '../../../shared/library/url';
import { type BackupChecklist, contactKeyOf, decideContact, incomingIsNewer } from '../../../shared/library/workspace-backup';
import { type Annotation, AnnotationSchema } from '../../../shared/schemas/annotation';
import { LibraryItemSchema } from '../../../shared/schemas/clip';
import type { SavedContact } from '../../../shared/schemas/contact';
import type { EffectIndicatorRecord } from '../../../shared/schemas/effect';
import type { MeetingRecord } from '../../../shared/schemas/meeting';
import type { RegistryPartnerRecord } from '../../../shared/schemas/workspace';
import { CATALOG_LOG, CATALOG_SNAPSHOT, logBulk, logReset } from '../store/catalog-log';
import { LibraryChanges } from '../store/changes';
import type { StoredItem } from '../store/db';
import { type LibraryStore, LibraryValidationError, plain } from '../store/library-store';
import { throttledProgress } from '../store/progress';
import type { CharterEntry, ChecklistEntry, ProjectRecord, StoredContact } from '../store/records';
import { registryLink } from '../workspace/registry-links';
import { planRestore } from '../workspace/registry-plan';

/** Every store a backup covers, and "delete everything" clears (quarantine too). */
const BACKUP_STORES = [
  'items',
  'annotations',
  'projects',
  'contacts',
  'checklists',
  'charters',
  'registry',
  'registryPartners',
  'registryWithdrawals',
  'meetings',
  'effects',
] as const;
const ALL_STORES = [...BACKUP_STORES, 'quarantine'] as const;

export interface WholeImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly conflicts: number;
  readonly annotations: number;
  /** Projects, contacts, checklists, charter records, meetings, effect indicators and registry records written (added or replaced by a newer edit). */
  readonly workspace: number;
  /** The same, kind by kind: the import message says what came back, not only resources. */
  readonly restored: RestoredCounts;
}

export interface RestoredCounts {
  readonly projects: number;
  readonly contacts: number;
  readonly checklists: number;
  readonly charters: number;
  readonly meetings: number;
  /** Effect indicators (each with its measurements). */
  readonly effects: number;
  /** Registry partners, withdrawals, removals and the establishment's details written. */
  readonly registry: number;
}

export interface WriteOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

const byCreated = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

function plainContact(record: StoredContact): SavedContact {
  const { key: _key, ...contact } = record;
  return contact;
}

function abortError(): DOMException {
  return new DOMException('Import cancelled', 'AbortError');
}

/** Tells every page (library and workspace listeners) that much changed at once. */
function announce(
  store: LibraryStore,
  workspace: { projects: string[]; contacts: string[]; charters: Set<string>; registry?: boolean },
  always = false,
): void {
  store.notify({ type: 'reset' });
  const channel = new LibraryChanges(`${store.name}:workspace`);
  try {
    // The workspace pages listen for these changes (workspace/workspace-store.ts WorkspaceChange).
    if (always || workspace.projects.length) channel.emit({ type: 'projects', ids: workspace.projects } as never);
    if (always || workspace.contacts.length) channel.emit({ type: 'contacts', ids: workspace.contacts } as never);
    if (always || workspace.registry) channel.emit({ type: 'registry' } as never);
    for (const projectId of workspace.charters) {
      channel.emit({ type: 'charters', projectId } as never);
      channel.emit({ type: 'checklist', projectId } as never);
      channel.emit({ type: 'meetings', projectId } as never);
      channel.emit({ type: 'effects', projectId } as never);
    }
  } finally {
    channel.close();
  }
}

/** A consistent snapshot of the whole library, in the backup's layout (storage-only keys removed). */
export async function readWholeLibrary(store: LibraryStore): Promise<Backup> {
  const tx = store.db.transaction([...BACKUP_STORES]);
  const [
    items,
    annotations,
    projects,
    contacts,
    checklists,
    charters,
    registryInfo,
    registryPartners,
    registryWithdrawals,
    meetings,
    effects,
  ] = await Promise.all([
    tx.objectStore('items').getAll(),
    tx.objectStore('annotations').getAll(),
    tx.objectStore('projects').getAll(),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('checklists').getAll(),
    tx.objectStore('charters').getAll(),
    tx.objectStore('registry').getAll(),
    tx.objectStore('registryPartners').getAll(),
    tx.objectStore('registryWithdrawals').getAll(),
    tx.objectStore('meetings').getAll(),
    tx.objectStore('effects').getAll(),
  ]);
  await tx.done;
  return {
    items: items.sort(byCreated).map(plain),
    annotations,
    projects: projects.sort(byCreated),
    contacts: contacts
      .map(plainContact)
      .sort((a, b) => byCreated({ ...a, createdAt: a.savedAt }, { ...b, createdAt: b.savedAt })),
    checklists: checklists.sort((a, b) => (a.projectId < b.projectId ? -1 : 1)) as BackupChecklist[],
    charters: charters.sort(byCreated),
    registryInfo,
    registryPartners: registryPartners.sort((a, b) => a.order - b.order),
    registryWithdrawals: registryWithdrawals.sort((a, b) => (a.id < b.id ? -1 : 1)),
    meetings: meetings.sort(byCreated),
    effects: effects.sort(byCreated),
  };
}

/**
 * Imports a validated backup (shared/library/import.ts validateBackup) in ONE transaction
 * over every store. Merge: items by id then address, contacts by id then card, projects,
 * checklists and charters by id — the newer edit wins, stored ids are kept and the
 * references to them (annotations' itemId, projects' partnerIds) follow.
 */
export async function importWholeBackup(
  store: LibraryStore,
  backup: Backup,
  { signal, onProgress }: WriteOptions = {},
): Promise<WholeImportSummary> {
  if (signal?.aborted) throw abortError();
  // With the library page's saved catalog and its change log (store/catalog-log.ts): the import is logged with it.
  const tx = store.db.transaction([...BACKUP_STORES, CATALOG_SNAPSHOT, CATALOG_LOG], 'readwrite');
  const items = tx.objectStore('items');
  const annotations = tx.objectStore('annotations');
  const projects = tx.objectStore('projects');
  const contacts = tx.objectStore('contacts');
  const checklists = tx.objectStore('checklists');
  const charters = tx.objectStore('charters');
  const registryInfo = tx.objectStore('registry');
  const registryPartners = tx.objectStore('registryPartners');
  const registryWithdrawals = tx.objectStore('registryWithdrawals');
  const meetings = tx.objectStore('meetings');
  const effects = tx.objectStore('effects');
  const abort = () => {
    try {
      tx.abort();
    } catch {
      // already finished: nothing to undo
    }
  };
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const [
      storedItems,
      storedAnnotations,
      storedProjects,
      storedContacts,
      storedChecklists,
      storedCharters,
      storedInfo,
      storedPartners,
      storedWithdrawals,
      storedMeetings,
      storedEffects,
    ] = await Promise.all([
      items.getAll(),
      annotations.getAll(),
      projects.getAll(),
      contacts.getAll(),
      checklists.getAll(),
      charters.getAll(),
      registryInfo.getAll(),
      registryPartners.getAll(),
      registryWithdrawals.getAll(),
      meetings.getAll(),
      effects.getAll(),
    ]);

    // Items, then their annotations (as LibraryStore.importBackup does).
    const itemById = new Map(storedItems.map((r) => [r.id, r]));
    const itemByUrl = new Map(storedItems.map((r) => [r.urlKey, r]));
    const itemIds = new Map<string, string>();
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    let conflicts = 0;
    const itemWrites: StoredItem[] = [];
    for (const incoming of backup.items) {
      const decision = decideMerge(incoming, itemById.get(incoming.id), itemByUrl.get(normalizeUrl(incoming.url)));
      if (decision.action === 'add' || decision.action === 'replace') {
        const parsed = LibraryItemSchema.safeParse(decision.item);
        if (!parsed.success) throw new LibraryValidationError(parsed.error.issues);
        const stored: StoredItem = { ...parsed.data, urlKey: normalizeUrl(parsed.data.url) };
        itemWrites.push(stored);
        itemById.set(stored.id, stored);
        itemByUrl.set(stored.urlKey, stored);
        itemIds.set(incoming.id, stored.id);
        if (decision.action === 'add') added++;
        else updated++;
      } else {
        itemIds.set(incoming.id, decision.keptId);
        if (decision.action === 'keep') unchanged++;
        else conflicts++;
      }
    }
    const annotationById = new Map(storedAnnotations.map((a) => [a.id, a]));
    const annotationWrites: Annotation[] = [];
    for (const incoming of backup.annotations) {
      const annotation = AnnotationSchema.parse({ ...incoming, itemId: itemIds.get(incoming.itemId) ?? incoming.itemId });
      if (annotationIsNewer(annotation, annotationById.get(annotation.id))) annotationWrites.push(annotation);
    }

    // Contacts, then the projects whose partners they are.
    const contactById = new Map(storedContacts.map((r) => [r.id, r]));
    const contactByKey = new Map(storedContacts.map((r) => [r.key, r]));
    const contactIds = new Map<string, string>();
    const contactWrites: StoredContact[] = [];
    for (const incoming of backup.contacts ?? []) {
      const key = contactKeyOf(incoming);
      const byId = contactById.get(incoming.id);
      const byKey = contactByKey.get(key);
      const decision = decideContact(incoming, byId && plainContact(byId), byKey && plainContact(byKey));
      if (decision.action === 'add' || decision.action === 'replace') {
        const stored: StoredContact = { ...decision.contact, key };
        contactWrites.push(stored);
        contactById.set(stored.id, stored);
        contactByKey.set(key, stored);
        contactIds.set(incoming.id, stored.id);
      } else contactIds.set(incoming.id, decision.keptId);
    }
    // The registry: the establishment (newer wins), partners merged by id under the consent
    // rules (workspace/registry-plan.ts: a withdrawal is never undone by an older copy), proofs kept.
    const now = new Date().toISOString();
    const incomingInfo = backup.registryInfo?.[0];
    const infoWrite = incomingInfo && incomingIsNewer(incomingInfo, storedInfo[0]) ? incomingInfo : undefined;
    const registryPlan = planRestore(
      { partners: backup.registryPartners ?? [], withdrawals: backup.registryWithdrawals ?? [] },
      { partners: storedPartners, withdrawals: storedWithdrawals },
      now,
    );
    if (registryPlan.partners.length && !infoWrite && !storedInfo.length) {
      throw new LibraryValidationError([{ code: 'custom', path: ['registryInfo'], message: 'registry without establishment' }]);
    }
    const partnerWrites: RegistryPartnerRecord[] = [...registryPlan.partners];
    const erasedLinks = new Set(registryPlan.erased.map(registryLink));

    const projectById = new Map(storedProjects.map((p) => [p.id, p]));
    const projectWrites: ProjectRecord[] = [];
    for (const incoming of backup.projects ?? []) {
      if (!incomingIsNewer(incoming, projectById.get(incoming.id))) continue;
      const partnerIds = [...new Set(incoming.partnerIds.map((id) => contactIds.get(id) ?? id))].filter(
        (id) => !erasedLinks.has(id),
      );
      projectWrites.push({ ...incoming, partnerIds });
    }
    // Stored projects that link a person the backup's proofs erase lose the link too.
    for (const stored of storedProjects) {
      if (projectWrites.some((p) => p.id === stored.id) || !stored.partnerIds.some((id) => erasedLinks.has(id))) continue;
      projectWrites.push({ ...stored, partnerIds: stored.partnerIds.filter((id) => !erasedLinks.has(id)), updatedAt: now });
    }
    const checklistByProject = new Map(storedChecklists.map((c) => [c.projectId, c]));
    const checklistWrites = (backup.checklists ?? []).filter((c) =>
      incomingIsNewer(c, checklistByProject.get(c.projectId)),
    ) as ChecklistEntry[];
    // Charters, meetings and effect indicators: by id, newer edit wins (closing an action is an
    // edit of its meeting, a measurement added an edit of its indicator).
    const charterMerge = newerOfProject<CharterEntry>(storedCharters, backup.charters ?? []);
    const meetingMerge = newerOfProject<MeetingRecord>(storedMeetings, backup.meetings ?? []);
    const effectMerge = newerOfProject<EffectIndicatorRecord>(storedEffects, backup.effects ?? []);
    conflicts += charterMerge.conflicts + meetingMerge.conflicts + effectMerge.conflicts;
    const charterWrites = charterMerge.writes;
    const meetingWrites = meetingMerge.writes;
    const effectWrites = effectMerge.writes;

    const registryWrites =
      partnerWrites.length + registryPlan.withdrawals.length + registryPlan.removed.length + (infoWrite ? 1 : 0);
    const total =
      itemWrites.length +
      annotationWrites.length +
      contactWrites.length +
      projectWrites.length +
      checklistWrites.length +
      charterWrites.length +
      meetingWrites.length +
      effectWrites.length +
      registryWrites;
    const progress = throttledProgress(total, onProgress);
    logBulk(tx, [...itemWrites.map((r) => r.id), ...annotationWrites.map((a) => a.itemId)]);
    // Everything is queued at once; the transaction commits only if every request succeeds.
    const requests = [
      ...itemWrites.map((r) => items.put(r).then(progress)),
      ...annotationWrites.map((a) => annotations.put(a).then(progress)),
      ...contactWrites.map((c) => contacts.put(c).then(progress)),
      ...projectWrites.map((p) => projects.put(p).then(progress)),
      ...checklistWrites.map((c) => checklists.put(c).then(progress)),
      ...charterWrites.map((c) => charters.put(c).then(progress)),
      ...meetingWrites.map((m) => meetings.put(m).then(progress)),
      ...effectWrites.map((e) => effects.put(e).then(progress)),
      ...(infoWrite ? [registryInfo.put(infoWrite).then(progress)] : []),
      ...registryPlan.removed.map((id) => registryPartners.delete(id).then(progress)),
      ...partnerWrites.map((r) => registryPartners.put(r).then(progress)),
      ...registryPlan.withdrawals.map((w) => registryWithdrawals.put(w).then(progress)),
    ];
    await Promise.all([...requests, tx.done]);
    const touchedProjects = new Set([
      ...projectWrites.map((p) => p.id),
      ...checklistWrites.map((c) => c.projectId),
      ...charterWrites.map((c) => c.projectId),
      ...meetingWrites.map((m) => m.projectId),
      ...effectWrites.map((e) => e.projectId),
    ]);
    announce(store, {
      projects: projectWrites.map((p) => p.id),
      contacts: contactWrites.map((c) => c.id),
      charters: touchedProjects,
      registry: registryWrites > 0,
    });
    return {
      added,
      updated,
      unchanged,
      conflicts,
      annotations: annotationWrites.length,
      restored: {
        projects: projectWrites.length,
        contacts: contactWrites.length,
        checklists: checklistWrites.length,
        charters: charterWrites.length,
        meetings: meetingWrites.length,
        effects: effectWrites.length,
        registry: registryWrites,
      },
      workspace:
        contactWrites.length +
        projectWrites.length +
        checklistWrites.length +
        charterWrites.length +
        meetingWrites.length +
        effectWrites.length +
        registryWrites,
    };
  } catch (error) {
    abort();
    await tx.done.catch(() => {});
    if (signal?.aborted) throw abortError();
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

/** How much "delete everything" will remove (the options page's confirmation says it). */
export async function countWholeLibrary(store: LibraryStore): Promise<Record<(typeof ALL_STORES)[number], number>> {
  const tx = store.db.transaction([...ALL_STORES]);
  const counts = await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).count()));
  await tx.done;
  return Object.fromEntries(ALL_STORES.map((name, i) => [name, counts[i] ?? 0])) as Record<(typeof ALL_STORES)[number], number>;
}

/**
 * The incoming records of a project-owned kind that are newer than the stored ones with the
 * same id. An id already used by another project's record is left alone rather than moved: a
 * conflict, counted.
 */
function newerOfProject<T extends { id: string; projectId: string; updatedAt: string }>(
  stored: readonly T[],
  incoming: readonly T[],
): { writes: T[]; conflicts: number } {
  const byId = new Map(stored.map((r) => [r.id, r]));
  const writes: T[] = [];
  let conflicts = 0;
  for (const record of incoming) {
    const current = byId.get(record.id);
    if (current && current.projectId !== record.projectId) conflicts++;
    else if (incomingIsNewer(record, current)) writes.push(record);
  }
  return { writes, conflicts };
}

/** Deletes everything, every store, in one transaction (options page, after confirmation). */
export async function clearWholeLibrary(store: LibraryStore): Promise<void> {
  const tx = store.db.transaction([...ALL_STORES, CATALOG_SNAPSHOT, CATALOG_LOG], 'readwrite');
  logReset(tx);
  await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
  // No ids to give: empty lists tell the workspace pages to reload theirs.
  announce(store, { projects: [], contacts: [], charters: new Set() }, true);
}
