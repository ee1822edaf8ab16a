/**
 * The project workspace in the library database: projects, contacts, each project's
 * checklist and charter records. Same rules as the library (store/library-store.ts):
 * every operation is ONE transaction that reads what it needs and writes in it, every
 * record is validated by the shared schemas before it is written, invalid data found
 * in storage is set aside in `quarantine` (never dropped), and every write is announced
 * to the other extension pages (BroadcastChannel).
 *
 * The widgets keep their values here through their `store` seam: `<pp-checklist>` and
 * `<pp-charter-signer>` call `load(key)` / `save(key, value)` (checklistStore(),
 * charterStore()) instead of the host page's localStorage.
 */
import { type core, type output, safeParse } from 'zod/mini';
import { parseStored } from '../../../shared/checklist/io';
import { toStored } from '../../../shared/checklist/records';
import { contactKey, later, newContact, refreshContact, type SeenOn } from '../../../shared/contacts/contact';
import { withoutDetails } from '../../../shared/contacts/keep';
import { readContact } from '../../../shared/contacts/legacy-v1';
import type { Locale } from '../../../shared/i18n/locale';
import { formatValidationError } from '../../../shared/i18n/validation';
import { type CharterRecord, CharterRecordSchema } from '../../../shared/schemas/charter';
import { LibraryItemSchema } from '../../../shared/schemas/clip';
import { type FoundPartner, type SavedContact, SavedContactSchema } from '../../../shared/schemas/contact';
import type { ProjectNeed } from '../../../shared/schemas/project';
import type { CharterStore } from '../../../widgets/charter-signer/storage';
import type { ChecklistStore } from '../../../widgets/checklist/checklist';
import { CATALOG_LOG, logChanged } from '../store/catalog-log';
import { LibraryChanges } from '../store/changes';
import type { LibraryDb } from '../store/db';
import { type LibraryStore, LibraryValidationError, plain } from '../store/library-store';
import {
  type CharterEntry,
  CharterEntrySchema,
  type ChecklistEntry,
  type ProjectRecord,
  type ProjectRecordInput,
  ProjectRecordSchema,
  type StoredContact,
} from '../store/records';
import { ChecklistMembersStore } from './checklist-members-store';
import { EffectsStore } from './effects-store';
import { MeetingsStore } from './meetings-store';
import { RegistryStore } from './registry-store';

/** What changed in the workspace (the library's own changes go through LibraryStore). */
export type WorkspaceChange =
  | { readonly type: 'projects'; readonly ids: readonly string[] }
  | { readonly type: 'contacts'; readonly ids: readonly string[] }
  | { readonly type: 'checklist'; readonly projectId: string }
  | { readonly type: 'charters'; readonly projectId: string }
  | { readonly type: 'meetings'; readonly projectId: string }
  /** A project's effect indicators or their measurements (workspace/effects-store.ts). */
  | { readonly type: 'effects'; readonly projectId: string }
  /** The partner registry changed (workspace/registry-store.ts): read it again. */
  | { readonly type: 'registry' };

/** The fields a user edits on a project. */
export type ProjectDraft = Pick<ProjectRecordInput, 'title' | 'domain' | 'dates' | 'description' | 'missions' | 'team'>;

export interface SaveContactsResult {
  readonly created: readonly SavedContact[];
  readonly updated: readonly SavedContact[];
}

const nowIso = () => new Date().toISOString();

/** The value parsed by `schema`, or a LibraryValidationError with the issues (formatted by the pages). */
function check<S extends core.$ZodType>(schema: S, value: unknown): output<S> {
  const result = safeParse(schema, value);
  if (!result.success) throw new LibraryValidationError(result.error.issues);
  return result.data;
}

const checkProject = (value: unknown): ProjectRecord => check(ProjectRecordSchema, value);
const checkCharter = (value: unknown): CharterEntry => check(CharterEntrySchema, value);
const checkContact = (value: SavedContact, key: string): StoredContact => ({ ...check(SavedContactSchema, value), key });

/** The schema's fields only (the lookup key is the store's business). */
export function plainContact(record: StoredContact): SavedContact {
  const { key: _key, ...contact } = record;
  return contact;
}

const newest = <T extends { updatedAt: string }>(a: T, b: T) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

export class WorkspaceStore {
  readonly db: LibraryDb;
  private readonly changes: LibraryChanges;
  /** Tells the library pages that items changed (the same channel LibraryStore uses). */
  private readonly libraryChanges: LibraryChanges;
  /** The establishment's partner registry, in the same database and on the same channel. */
  readonly registry: RegistryStore;
  /** The project meetings and their decided actions (database v5). */
  readonly meetings: MeetingsStore;
  /** The project effect indicators and their dated measurements (database v7). */
  readonly effects: EffectsStore;
  /** Each member's own answers to a project's checklist (inside the checklist record). */
  readonly checklistMembers: ChecklistMembersStore;

  constructor(readonly library: LibraryStore) {
    this.db = library.db;
    this.changes = new LibraryChanges(`${library.name}:workspace`);
    this.libraryChanges = new LibraryChanges(library.name);
    this.registry = new RegistryStore(this.db, (projects) => {
      this.notify({ type: 'registry' });
      if (projects.length) this.notify({ type: 'projects', ids: projects });
    });
    this.meetings = new MeetingsStore(this.db, (projectId) => this.notify({ type: 'meetings', projectId }));
    this.effects = new EffectsStore(this.db, (projectId) => this.notify({ type: 'effects', projectId }));
    this.checklistMembers = new ChecklistMembersStore(this.db, (projectId) => this.notify({ type: 'checklist', projectId }));
  }

  close(): void {
    this.changes.close();
    this.libraryChanges.close();
  }

  onChange(listener: (change: WorkspaceChange) => void): () => void {
    return this.changes.listen(listener as never);
  }

  private notify(change: WorkspaceChange): void {
    this.changes.emit(change as never);
  }

  // ------------------------------------------------------------------ projects

  async projects(): Promise<ProjectRecord[]> {
    return (await this.db.getAll('projects')).sort(newest);
  }

  async project(id: string): Promise<ProjectRecord | undefined> {
    return this.db.get('projects', id);
  }

  async createProject(draft: ProjectDraft, options: { id?: string; now?: string } = {}): Promise<ProjectRecord> {
    const now = options.now ?? nowIso();
    const project = checkProject({
      schemaVersion: 1,
      id: options.id ?? crypto.randomUUID(),
      ...draft,
      partnerIds: [],
      createdAt: now,
      updatedAt: now,
    });
    await this.db.add('projects', project);
    this.notify({ type: 'projects', ids: [project.id] });
    return project;
  }

  /** Changes a project in one transaction; `change` gets the stored record as it is at write time. */
  async updateProject(
    id: string,
    change: (current: ProjectRecord) => ProjectRecordInput,
    now = nowIso(),
  ): Promise<ProjectRecord | undefined> {
    const tx = this.db.transaction('projects', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    let next: ProjectRecord;
    try {
      next = checkProject({ ...change(current), id, createdAt: current.createdAt, updatedAt: later(current.updatedAt, now) });
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => {});
      throw error;
    }
    await tx.store.put(next);
    await tx.done;
    this.notify({ type: 'projects', ids: [id] });
    return next;
  }

  /**
   * Edits a project. A rename reaches its checklist's current sheet when that sheet still
   * carries the old title (the widget took it from the project, nobody typed another):
   * its title and the names of the files exported from it follow the project (issue 20).
   * A sheet titled otherwise, and the dated evaluations of the history, keep theirs.
   */
  async editProject(id: string, draft: ProjectDraft, now = nowIso()): Promise<ProjectRecord | undefined> {
    const tx = this.db.transaction(['projects', 'checklists'], 'readwrite');
    const projects = tx.objectStore('projects');
    const current = await projects.get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    let next: ProjectRecord;
    try {
      next = checkProject({ ...current, ...draft, id, createdAt: current.createdAt, updatedAt: later(current.updatedAt, now) });
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => {});
      throw error;
    }
    await projects.put(next);
    let renamedSheet = false;
    if (next.title !== current.title) {
      const checklists = tx.objectStore('checklists');
      const entry = await checklists.get(id);
      if (entry && entry.state.current.projectTitle.trim() === current.title.trim()) {
        const state = { ...entry.state, current: { ...entry.state.current, projectTitle: next.title } };
        await checklists.put({ ...entry, state, updatedAt: later(entry.updatedAt, now) });
        renamedSheet = true;
      }
    }
    await tx.done;
    this.notify({ type: 'projects', ids: [id] });
    if (renamedSheet) this.notify({ type: 'checklist', projectId: id });
    return next;
  }

  /** Adds partners (contact ids, or registry links `registry:<id>`) to a project, and the need they were found for. */
  async linkContacts(projectId: string, contactIds: readonly string[], need?: ProjectNeed): Promise<ProjectRecord | undefined> {
    return this.updateProject(projectId, (current) => ({
      ...current,
      partnerIds: [...new Set([...current.partnerIds, ...contactIds])],
      ...(need ? { need } : {}),
    }));
  }

  async unlinkContact(projectId: string, contactId: string): Promise<ProjectRecord | undefined> {
    return this.updateProject(projectId, (current) => ({
      ...current,
      partnerIds: current.partnerIds.filter((id) => id !== contactId),
    }));
  }

  /**
   * Deletes a project with its checklist, charter records, meetings and effect indicators, and unlinks the library
   * items that pointed to it — one transaction: all of it or nothing. Contacts stay.
   */
  async deleteProject(id: string): Promise<boolean> {
    // With the library's change log: the unlinked items are logged with the write (store/catalog-log.ts).
    const tx = this.db.transaction(
      ['projects', 'checklists', 'charters', 'meetings', 'effects', 'items', CATALOG_LOG],
      'readwrite',
    );
    const project = await tx.objectStore('projects').get(id);
    if (!project) {
      await tx.done;
      return false;
    }
    const items = tx.objectStore('items');
    const touched: string[] = [];
    for (const record of await items.getAll()) {
      if (!record.projectIds.includes(id)) continue;
      const item = LibraryItemSchema.parse({ ...plain(record), projectIds: record.projectIds.filter((p) => p !== id) });
      items.put({ ...item, urlKey: record.urlKey });
      touched.push(record.id);
    }
    logChanged(tx, touched);
    const charters = tx.objectStore('charters');
    for (const key of await charters.index('projectId').getAllKeys(id)) charters.delete(key);
    const meetings = tx.objectStore('meetings');
    for (const key of await meetings.index('projectId').getAllKeys(id)) meetings.delete(key);
    const effects = tx.objectStore('effects');
    for (const key of await effects.index('projectId').getAllKeys(id)) effects.delete(key);
    tx.objectStore('checklists').delete(id);
    tx.objectStore('projects').delete(id);
    await tx.done;
    this.notify({ type: 'projects', ids: [id] });
    if (touched.length) this.libraryChanges.emit({ type: 'items', ids: touched });
    return true;
  }

  // ------------------------------------------------------------------ library items

  /** Links library items to a project (a three-way merge of `projectIds`, like any edit). */
  async linkItem(projectId: string, itemId: string): Promise<void> {
    const item = await this.library.get(itemId);
    if (!item || item.projectIds.includes(projectId)) return;
    await this.library.update(itemId, {
      base: { projectIds: item.projectIds },
      next: { projectIds: [...item.projectIds, projectId] },
    });
  }

  async unlinkItem(projectId: string, itemId: string): Promise<void> {
    const item = await this.library.get(itemId);
    if (!item?.projectIds.includes(projectId)) return;
    await this.library.update(itemId, {
      base: { projectIds: item.projectIds },
      next: { projectIds: item.projectIds.filter((p) => p !== projectId) },
    });
  }

  // ------------------------------------------------------------------ contacts

  private legacy: Promise<void> | null = null;

  /**
   * Contacts of version 1 (saved before the public feed, database v3) become version 2
   * — the same data as a feed entry with its labels (shared/contacts/legacy-v1.ts) — once,
   * in one transaction, before this store reads or writes any contact. One that cannot be
   * read goes to the quarantine (never dropped).
   */
  private upgradeContacts(): Promise<void> {
    this.legacy ??= (async () => {
      const tx = this.db.transaction(['contacts', 'quarantine'], 'readwrite');
      const contacts = tx.objectStore('contacts');
      const at = nowIso();
      const upgraded: string[] = [];
      for (const record of await contacts.getAll()) {
        const { key, ...raw } = record as StoredContact & { schemaVersion: unknown };
        if (raw.schemaVersion === 2) continue;
        const reading = readContact(raw);
        if (reading.ok) contacts.put({ ...reading.contact, key });
        else {
          tx.objectStore('quarantine').add({
            store: 'contacts',
            value: record,
            problem: formatValidationError(reading.issues, 'fr', raw),
            at,
          });
          contacts.delete(record.id);
        }
        upgraded.push(record.id);
      }
      await tx.done;
      if (upgraded.length) this.notify({ type: 'contacts', ids: upgraded });
    })().catch((error: unknown) => {
      this.legacy = null;
      throw error;
    });
    return this.legacy;
  }

  async contacts(): Promise<SavedContact[]> {
    await this.upgradeContacts();
    return (await this.db.getAll('contacts')).map(plainContact).sort(newest);
  }

  async contact(id: string): Promise<SavedContact | undefined> {
    await this.upgradeContacts();
    const record = await this.db.get('contacts', id);
    return record && plainContact(record);
  }

  /** The saved contact of each found card, if any (by the card's key). */
  async savedFor(found: readonly FoundPartner[], pageUrl: string): Promise<Map<string, SavedContact>> {
    await this.upgradeContacts();
    const tx = this.db.transaction('contacts');
    const out = new Map<string, SavedContact>();
    for (const partner of found) {
      const key = contactKey(partner, pageUrl);
      const record = await tx.store.index('key').get(key);
      if (record) out.set(key, plainContact(record));
    }
    await tx.done;
    return out;
  }

  /**
   * Saves cards found on a page as contacts, in one transaction: a card already saved
   * (same feed, same person) is refreshed, keeping the user's note and recorded
   * agreement; a new one is added. Nothing is written if one record is invalid.
   */
  async saveFound(found: readonly FoundPartner[], seen: SeenOn): Promise<SaveContactsResult> {
    await this.upgradeContacts();
    const tx = this.db.transaction('contacts', 'readwrite');
    const created: SavedContact[] = [];
    const updated: SavedContact[] = [];
    try {
      const writes: StoredContact[] = [];
      for (const partner of found) {
        const key = contactKey(partner, seen.pageUrl);
        const existing = await tx.store.index('key').get(key);
        const contact = existing
          ? refreshContact(plainContact(existing), partner, seen)
          : newContact(partner, seen, crypto.randomUUID());
        writes.push(checkContact(contact, key));
        (existing ? updated : created).push(contact);
      }
      await Promise.all([...writes.map((w) => tx.store.put(w)), tx.done]);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await tx.done.catch(() => {});
      throw error;
    }
    this.notify({ type: 'contacts', ids: [...created, ...updated].map((c) => c.id) });
    return { created, updated };
  }

  /** The user's own fields of a contact: note and recorded agreement to be proposed for projects. */
  async updateContact(
    id: string,
    patch: Partial<Pick<SavedContact, 'note' | 'matchingConsent'>>,
    now = nowIso(),
  ): Promise<SavedContact | undefined> {
    await this.upgradeContacts();
    const tx = this.db.transaction('contacts', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    let next: StoredContact;
    try {
      next = checkContact({ ...plainContact(current), ...patch, updatedAt: later(current.updatedAt, now) }, current.key);
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => {});
      throw error;
    }
    await tx.store.put(next);
    await tx.done;
    this.notify({ type: 'contacts', ids: [id] });
    return plainContact(next);
  }

  /**
   * Records, in one transaction, that each of these contacts agreed on `date` to be proposed
   * for projects (the matching panel's shortcut: one tick per person instead of a trip to
   * each contact card). All or nothing: an unknown id or an invalid record writes none.
   */
  async recordMatchingAgreements(ids: readonly string[], date: string, now = nowIso()): Promise<number> {
    await this.upgradeContacts();
    const tx = this.db.transaction('contacts', 'readwrite');
    const next: StoredContact[] = [];
    try {
      for (const id of new Set(ids)) {
        const current = await tx.store.get(id);
        if (!current) throw new Error(`unknown contact ${id}`);
        next.push(
          checkContact(
            { ...plainContact(current), matchingConsent: { granted: true, date }, updatedAt: later(current.updatedAt, now) },
            current.key,
          ),
        );
      }
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => {});
      throw error;
    }
    await Promise.all(next.map((contact) => tx.store.put(contact)));
    await tx.done;
    if (next.length) this.notify({ type: 'contacts', ids: next.map((c) => c.id) });
    return next.length;
  }

  /**
   * Drops the card details a contact kept (missions, trainings, lived experience…): the
   * compact fields only, as a directory lists them (shared/contacts/keep.ts). Dated as an
   * edit, so an older backup does not bring the details back (newer edit wins).
   */
  async dropContactDetails(id: string, now = nowIso()): Promise<SavedContact | undefined> {
    await this.upgradeContacts();
    const tx = this.db.transaction('contacts', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    let next: StoredContact;
    try {
      next = checkContact({ ...withoutDetails(plainContact(current)), updatedAt: later(current.updatedAt, now) }, current.key);
    } catch (error) {
      tx.abort();
      await tx.done.catch(() => {});
      throw error;
    }
    await Promise.all([tx.store.put(next), tx.done]);
    this.notify({ type: 'contacts', ids: [id] });
    return plainContact(next);
  }

  /** Deletes a contact and removes it from the projects it was a partner of (one transaction). */
  async deleteContact(id: string, now = nowIso()): Promise<SavedContact | undefined> {
    await this.upgradeContacts();
    const tx = this.db.transaction(['contacts', 'projects'], 'readwrite');
    const record = await tx.objectStore('contacts').get(id);
    if (!record) {
      await tx.done;
      return undefined;
    }
    const projects = tx.objectStore('projects');
    const touched: string[] = [];
    for (const project of await projects.getAll()) {
      if (!project.partnerIds.includes(id)) continue;
      projects.put({
        ...project,
        partnerIds: project.partnerIds.filter((p) => p !== id),
        updatedAt: later(project.updatedAt, now),
      });
      touched.push(project.id);
    }
    tx.objectStore('contacts').delete(id);
    await tx.done;
    this.notify({ type: 'contacts', ids: [id] });
    if (touched.length) this.notify({ type: 'projects', ids: touched });
    return plainContact(record);
  }

  // ------------------------------------------------------------------ checklist (the widget's store)

  async checklist(projectId: string): Promise<ChecklistEntry | undefined> {
    return this.db.get('checklists', projectId);
  }

  /**
   * `<pp-checklist storage-key="<project id>">`'s store. What it saves is validated by the
   * shared schemas (shared/checklist/io.ts) before it is written; data the widget found
   * unreadable (it saves it under `<key>:illisible`) goes to the quarantine store.
   */
  checklistStore(projectId: string, locale: () => Locale = () => 'fr'): ChecklistStore {
    return {
      load: async (key) => {
        if (key !== projectId) return undefined;
        return (await this.db.get('checklists', key))?.state;
      },
      save: async (key, value) => {
        if (key !== projectId) {
          // The widget keeps data it could not read under `<key>:illisible`: set aside, never lost.
          await this.quarantine(
            'checklists',
            value,
            `${key}: ${locale() === 'en' ? 'unreadable checklist' : 'check-list illisible'}`,
          );
          return;
        }
        const parsed = parseStored(value, locale());
        if (!parsed.ok) throw new LibraryValidationError(parsed.issues);
        const tx = this.db.transaction(['projects', 'checklists'], 'readwrite');
        if (!(await tx.objectStore('projects').getKey(projectId))) {
          tx.abort();
          await tx.done.catch(() => {});
          throw new LibraryValidationError([{ code: 'custom', path: ['projectId'], message: `unknown project ${projectId}` }]);
        }
        // The members' own sheets live in the same record: saving the project's sheet keeps them.
        const members = (await tx.objectStore('checklists').get(projectId))?.members;
        const entry: ChecklistEntry = {
          projectId,
          state: toStored(parsed.data),
          updatedAt: nowIso(),
          ...(members ? { members } : {}),
        };
        tx.objectStore('checklists').put(entry);
        await tx.done;
        this.notify({ type: 'checklist', projectId });
      },
    };
  }

  // ------------------------------------------------------------------ charters

  async charters(projectId: string): Promise<CharterEntry[]> {
    const entries = await this.db.getAllFromIndex('charters', 'projectId', projectId);
    return entries.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  async charter(id: string): Promise<CharterEntry | undefined> {
    return this.db.get('charters', id);
  }

  /**
   * `<pp-charter-signer storage-key="<charter id>">`'s store for one project. The widget
   * saves its record after each signature (validated by the shared schema here). It
   * saves `null` when the user starts a new record over it: the signed record is kept,
   * under a new id, rather than lost — signatures are commitments.
   */
  charterStore(projectId: string): CharterStore {
    return {
      load: async (key) => (await this.db.get('charters', key))?.record,
      save: async (key, value) => {
        const now = nowIso();
        const tx = this.db.transaction(['projects', 'charters'], 'readwrite');
        const charters = tx.objectStore('charters');
        try {
          if (!(await tx.objectStore('projects').getKey(projectId))) {
            throw new LibraryValidationError([{ code: 'custom', path: ['projectId'], message: `unknown project ${projectId}` }]);
          }
          const existing = await charters.get(key);
          if (existing && existing.projectId !== projectId) {
            throw new LibraryValidationError([{ code: 'custom', path: ['projectId'], message: 'another project' }]);
          }
          if (value == null) {
            if (existing) {
              charters.delete(key);
              charters.put({ ...existing, id: crypto.randomUUID(), updatedAt: now });
            }
          } else {
            charters.put(
              checkCharter({
                id: key,
                projectId,
                origin: existing?.origin ?? 'signed',
                record: check(CharterRecordSchema, value),
                ...(existing?.fileName ? { fileName: existing.fileName } : {}),
                createdAt: existing?.createdAt ?? now,
                updatedAt: existing ? later(existing.updatedAt, now) : now,
              }),
            );
          }
        } catch (error) {
          tx.abort();
          await tx.done.catch(() => {});
          throw error;
        }
        await tx.done;
        this.notify({ type: 'charters', projectId });
      },
    };
  }

  /**
   * Adds a record signed elsewhere (a hospital's site), already verified by the widget's
   * verifier. The same record (same recordHash) is not added twice to a project.
   */
  async importCharter(
    projectId: string,
    record: CharterRecord,
    fileName?: string,
  ): Promise<{ entry: CharterEntry; added: boolean }> {
    const now = nowIso();
    const tx = this.db.transaction(['projects', 'charters'], 'readwrite');
    const charters = tx.objectStore('charters');
    try {
      if (!(await tx.objectStore('projects').getKey(projectId))) {
        throw new LibraryValidationError([{ code: 'custom', path: ['projectId'], message: `unknown project ${projectId}` }]);
      }
      const same = (await charters.index('projectId').getAll(projectId)).find((e) => e.record.recordHash === record.recordHash);
      if (same) {
        await tx.done;
        return { entry: same, added: false };
      }
      const entry = checkCharter({
        id: crypto.randomUUID(),
        projectId,
        origin: 'imported',
        record,
        ...(fileName?.trim() ? { fileName: fileName.trim().slice(0, 300) } : {}),
        createdAt: now,
        updatedAt: now,
      });
      charters.put(entry);
      await tx.done;
      this.notify({ type: 'charters', projectId });
      return { entry, added: true };
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await tx.done.catch(() => {});
      throw error;
    }
  }

  async deleteCharter(id: string): Promise<CharterEntry | undefined> {
    const tx = this.db.transaction('charters', 'readwrite');
    const entry = await tx.store.get(id);
    if (entry) tx.store.delete(id);
    await tx.done;
    if (entry) this.notify({ type: 'charters', projectId: entry.projectId });
    return entry;
  }

  async restoreCharter(entry: CharterEntry): Promise<void> {
    await this.db.put('charters', checkCharter(entry));
    this.notify({ type: 'charters', projectId: entry.projectId });
  }

  // ------------------------------------------------------------------ quarantine

  private async quarantine(store: string, value: unknown, problem: string): Promise<void> {
    await this.db.add('quarantine', { store, value, problem, at: nowIso() });
  }
}
