/**
 * The project workspace in a full library backup (format version 2, 3 with the
 * partner registry, 4 with the meetings, 5 with the effects): projects, contacts, each
 * project's checklist, its charter records, its meetings and its effect indicators, and
 * the establishment's partner registry (its establishment, its partners'
 * profiles, the proofs of withdrawn data-keeping consents). Pure (no DOM, no
 * IndexedDB): validation with readable fr/en messages, and the merge rules. Contacts of
 * version 1 (older backups) are upgraded on reading (contacts/legacy-v1.ts).
 *
 * Lossless by construction: the checklist state and the charter records are widget-owned
 * formats, so what is written back is the value read from the file once it has passed
 * validation — not the schema's output — and a signed charter record comes back byte for
 * byte, its hashes still verifiable (shared/charter/verify.ts).
 *
 * The record schemas mirror extension/modules/projects/records.ts (the stored layout),
 * built from the same shared schemas; a test checks that every stored record passes them.
 */
import { safeParse, z } from 'zod/mini';
import { parseStored } from '../checklist/io';
import { contactKey } from '../contacts/contact';
import { readContact } from '../contacts/legacy-v1';
import type { Locale } from '../i18n/locale';
import { formatIssue } from '../i18n/validation';
import { ChecklistMemberSchema } from '../schemas/checklist-members';
import { IdSchema, IsoDateTimeSchema } from '../schemas/common';
import type { SavedContact } from '../schemas/contact';
import { type EffectIndicatorRecord, EffectIndicatorRecordSchema } from '../schemas/effect';
import { type MeetingRecord, MeetingRecordSchema } from '../schemas/meeting';
import {
  type CharterEntry,
  CharterEntrySchema,
  type ProjectRecord,
  ProjectRecordSchema,
  type RegistryInfo,
  RegistryInfoSchema,
  type RegistryPartnerRecord,
  RegistryPartnerRecordSchema,
  type WithdrawalRecord,
  WithdrawalRecordSchema,
} from '../schemas/workspace';

export const BackupProjectSchema = ProjectRecordSchema;
export type BackupProject = ProjectRecord;
export const BackupCharterSchema = CharterEntrySchema;
export type BackupCharter = CharterEntry;

/** A member's own copy of the sheet (issue 17.2); its state is read like the project's own below. */
const ChecklistMemberEnvelopeSchema = z.extend(ChecklistMemberSchema, {
  state: z.optional(z.unknown()),
  updatedAt: IsoDateTimeSchema,
});
const ChecklistEnvelopeSchema = z.object({
  projectId: IdSchema,
  state: z.unknown(),
  updatedAt: IsoDateTimeSchema,
  members: z.optional(z.array(ChecklistMemberEnvelopeSchema)),
});

/** A project's checklist as `<pp-checklist>` saved it (state: shared/checklist/records.ts StoredChecklist). */
export interface BackupChecklist {
  readonly projectId: string;
  readonly state: unknown;
  readonly updatedAt: string;
  /** Each member's own copy (optional: absent before anyone answered separately). */
  readonly members?: readonly { id: string; name?: string; side: string; state?: unknown; updatedAt: string }[];
}

export interface WorkspaceBackup {
  readonly projects: BackupProject[];
  readonly contacts: SavedContact[];
  readonly checklists: BackupChecklist[];
  readonly charters: BackupCharter[];
  /** The registry's establishment: one record at most. */
  readonly registryInfo: RegistryInfo[];
  readonly registryPartners: RegistryPartnerRecord[];
  readonly registryWithdrawals: WithdrawalRecord[];
  /** Each project's meetings with their decided actions (format 4; absent before: none). */
  readonly meetings: MeetingRecord[];
  /** Each project's effect indicators with their measurements (format 5; absent before: none). */
  readonly effects: EffectIndicatorRecord[];
}

export const EMPTY_WORKSPACE: WorkspaceBackup = Object.freeze({
  projects: [],
  contacts: [],
  checklists: [],
  charters: [],
  registryInfo: [],
  registryPartners: [],
  registryWithdrawals: [],
  meetings: [],
  effects: [],
});

/** The lookup key of a contact: the card it came from (shared/contacts/contact.ts contactKey). */
export function contactKeyOf(contact: Pick<SavedContact, 'source' | 'shown'>): string {
  return contactKey(
    { feedUrl: contact.source.feedUrl, establishment: contact.source.establishment, shown: contact.shown },
    contact.source.pageUrl,
  );
}

const MESSAGES = {
  fr: {
    notList: (field: string) => `Le champ « ${field} » de la sauvegarde n'est pas une liste.`,
    project: (i: number, title: string, issue: string) => `Projet ${i + 1}${title ? ` (« ${title} »)` : ''} : ${issue}`,
    contact: (i: number, issue: string) => `Contact ${i + 1} : ${issue}`,
    checklist: (i: number, issue: string) => `Check-list ${i + 1} : ${issue}`,
    charter: (i: number, issue: string) => `Charte ${i + 1} : ${issue}`,
    duplicate: (kind: string, i: number, j: number) => `${kind} ${j + 1} et ${i + 1} : même identifiant.`,
    sameCard: (i: number, j: number) => `Contacts ${j + 1} et ${i + 1} : même fiche (même flux, même personne).`,
    noProject: (kind: string, i: number) => `${kind} ${i + 1} : elle se rapporte à un projet absent du fichier.`,
    registryInfo: (issue: string) => `Établissement du registre : ${issue}`,
    twoRegistries: 'La sauvegarde contient plusieurs établissements de registre.',
    registryPartner: (i: number, issue: string) => `Partenaire du registre ${i + 1} : ${issue}`,
    withdrawal: (i: number, issue: string) => `Preuve de retrait ${i + 1} : ${issue}`,
    meeting: (i: number, issue: string) => `Réunion ${i + 1} : ${issue}`,
    effect: (i: number, issue: string) => `Indicateur ${i + 1} : ${issue}`,
    // « Indicateur » is masculine: « il », where the other kinds take « elle ».
    effectNoProject: (i: number) => `Indicateur ${i + 1} : il se rapporte à un projet absent du fichier.`,
    noRegistry: 'La sauvegarde contient des partenaires du registre sans son établissement.',
    kinds: {
      project: 'Projets',
      contact: 'Contacts',
      checklist: 'Check-lists',
      charter: 'Chartes',
      registryPartner: 'Partenaires du registre',
      withdrawal: 'Preuves de retrait',
      meeting: 'Réunions',
      effect: 'Indicateurs',
    },
  },
  en: {
    notList: (field: string) => `The backup's "${field}" field is not a list.`,
    project: (i: number, title: string, issue: string) => `Project ${i + 1}${title ? ` ("${title}")` : ''}: ${issue}`,
    contact: (i: number, issue: string) => `Contact ${i + 1}: ${issue}`,
    checklist: (i: number, issue: string) => `Checklist ${i + 1}: ${issue}`,
    charter: (i: number, issue: string) => `Charter ${i + 1}: ${issue}`,
    duplicate: (kind: string, i: number, j: number) => `${kind} ${j + 1} and ${i + 1}: same identifier.`,
    sameCard: (i: number, j: number) => `Contacts ${j + 1} and ${i + 1}: same card (same feed, same person).`,
    noProject: (kind: string, i: number) => `${kind} ${i + 1}: it belongs to a project that is not in the file.`,
    registryInfo: (issue: string) => `Registry establishment: ${issue}`,
    twoRegistries: 'The backup holds more than one registry establishment.',
    registryPartner: (i: number, issue: string) => `Registry partner ${i + 1}: ${issue}`,
    withdrawal: (i: number, issue: string) => `Withdrawal proof ${i + 1}: ${issue}`,
    meeting: (i: number, issue: string) => `Meeting ${i + 1}: ${issue}`,
    effect: (i: number, issue: string) => `Indicator ${i + 1}: ${issue}`,
    effectNoProject: (i: number) => `Indicator ${i + 1}: it belongs to a project that is not in the file.`,
    noRegistry: 'The backup holds registry partners without the registry’s establishment.',
    kinds: {
      project: 'Projects',
      contact: 'Contacts',
      checklist: 'Checklists',
      charter: 'Charters',
      registryPartner: 'Registry partners',
      withdrawal: 'Withdrawal proofs',
      meeting: 'Meetings',
      effect: 'Indicators',
    },
  },
} as const;

const singular = {
  fr: { checklist: 'Check-list', charter: 'Charte', meeting: 'Réunion' },
  en: { checklist: 'Checklist', charter: 'Charter', meeting: 'Meeting' },
};

function titleOf(raw: unknown): string {
  const title = raw && typeof raw === 'object' ? (raw as { title?: unknown }).title : undefined;
  return typeof title === 'string' ? title.slice(0, 60) : '';
}

/**
 * Validates the workspace part of a parsed backup (absent lists = empty: a version 1
 * backup has none). Calls `report` for each problem; returns the records to write.
 */
export function validateWorkspace(
  envelope: Record<string, unknown>,
  locale: Locale,
  report: (message: string) => void,
): WorkspaceBackup {
  const M = MESSAGES[locale];
  const list = (field: string): unknown[] => {
    const value = envelope[field];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      report(M.notList(field));
      return [];
    }
    return value;
  };
  const out: WorkspaceBackup = {
    projects: [],
    contacts: [],
    checklists: [],
    charters: [],
    registryInfo: [],
    registryPartners: [],
    registryWithdrawals: [],
    meetings: [],
    effects: [],
  };

  const projectIds = new Map<string, number>();
  for (const [i, raw] of list('projects').entries()) {
    const result = safeParse(BackupProjectSchema, raw);
    if (!result.success) {
      report(M.project(i, titleOf(raw), formatIssue(result.error.issues[0], locale, raw)));
      continue;
    }
    const same = projectIds.get(result.data.id);
    if (same !== undefined) {
      report(M.duplicate(M.kinds.project, i, same));
      continue;
    }
    projectIds.set(result.data.id, i);
    out.projects.push(result.data);
  }

  const contactIds = new Map<string, number>();
  const contactKeys = new Map<string, number>();
  for (const [i, raw] of list('contacts').entries()) {
    // Version 1 contacts (backups written before the public feed) come back as version 2.
    const reading = readContact(raw);
    if (!reading.ok) {
      report(M.contact(i, formatIssue(reading.issues[0], locale, raw)));
      continue;
    }
    const contact = reading.contact;
    const same = contactIds.get(contact.id);
    if (same !== undefined) {
      report(M.duplicate(M.kinds.contact, i, same));
      continue;
    }
    const key = contactKeyOf(contact);
    const sameCard = contactKeys.get(key);
    if (sameCard !== undefined) {
      report(M.sameCard(i, sameCard));
      continue;
    }
    contactIds.set(contact.id, i);
    contactKeys.set(key, i);
    out.contacts.push(contact);
  }

  const checklistIds = new Map<string, number>();
  for (const [i, raw] of list('checklists').entries()) {
    const envelopeResult = safeParse(ChecklistEnvelopeSchema, raw);
    if (!envelopeResult.success) {
      report(M.checklist(i, formatIssue(envelopeResult.error.issues[0], locale, raw)));
      continue;
    }
    const { projectId, state, updatedAt, members } = envelopeResult.data;
    const parsed = parseStored(state, locale);
    if (!parsed.ok) {
      report(M.checklist(i, parsed.message));
      continue;
    }
    const badMember = members?.map((m) => (m.state === undefined ? null : parseStored(m.state, locale))).find((r) => r && !r.ok);
    if (badMember && !badMember.ok) {
      report(M.checklist(i, badMember.message));
      continue;
    }
    if (!projectIds.has(projectId)) {
      report(M.noProject(singular[locale].checklist, i));
      continue;
    }
    const same = checklistIds.get(projectId);
    if (same !== undefined) {
      report(M.duplicate(M.kinds.checklist, i, same));
      continue;
    }
    checklistIds.set(projectId, i);
    // The state exactly as read (validated above): the widget's own format, kept as it was.
    out.checklists.push({ projectId, state, updatedAt, ...(members ? { members } : {}) });
  }

  const charterIds = new Map<string, number>();
  for (const [i, raw] of list('charters').entries()) {
    const result = safeParse(BackupCharterSchema, raw);
    if (!result.success) {
      report(M.charter(i, formatIssue(result.error.issues[0], locale, raw)));
      continue;
    }
    if (!projectIds.has(result.data.projectId)) {
      report(M.noProject(singular[locale].charter, i));
      continue;
    }
    const same = charterIds.get(result.data.id);
    if (same !== undefined) {
      report(M.duplicate(M.kinds.charter, i, same));
      continue;
    }
    charterIds.set(result.data.id, i);
    // The signed record exactly as read: its hashes cover these bytes (guide 3.2, the charter is a commitment).
    out.charters.push({ ...result.data, record: (raw as { record: BackupCharter['record'] }).record });
  }

  const infos = list('registryInfo');
  if (infos.length > 1) report(M.twoRegistries);
  for (const raw of infos.slice(0, 1)) {
    const result = safeParse(RegistryInfoSchema, raw);
    if (result.success) out.registryInfo.push(result.data);
    else report(M.registryInfo(formatIssue(result.error.issues[0], locale, raw)));
  }
  const partnerIds = new Map<string, number>();
  for (const [i, raw] of list('registryPartners').entries()) {
    const result = safeParse(RegistryPartnerRecordSchema, raw);
    if (!result.success) {
      report(M.registryPartner(i, formatIssue(result.error.issues[0], locale, raw)));
      continue;
    }
    const same = partnerIds.get(result.data.id);
    if (same !== undefined) {
      report(M.duplicate(M.kinds.registryPartner, i, same));
      continue;
    }
    partnerIds.set(result.data.id, i);
    out.registryPartners.push(result.data);
  }
  if (out.registryPartners.length && !infos.length) report(M.noRegistry);
  const withdrawalIds = new Map<string, number>();
  for (const [i, raw] of list('registryWithdrawals').entries()) {
    const result = safeParse(WithdrawalRecordSchema, raw);
    if (!result.success) {
      report(M.withdrawal(i, formatIssue(result.error.issues[0], locale, raw)));
      continue;
    }
    const same = withdrawalIds.get(result.data.id);
    if (same !== undefined) {
      report(M.duplicate(M.kinds.withdrawal, i, same));
      continue;
    }
    withdrawalIds.set(result.data.id, i);
    out.registryWithdrawals.push(result.data);
  }
  const meetingIds = new Map<string, number>();
  for (const [i, raw] of list('meetings').entries()) {
    const result = safeParse(MeetingRecordSchema, raw);
    if (!result.success) {
      report(M.meeting(i, formatIssue(result.error.issues[0], locale, raw)));
      continue;
    }
    if (!projectIds.has(result.data.projectId)) {
      report(M.noProject(singular[locale].meeting, i));
      continue;
    }
    const same = meetingIds.get(result.data.id);
    if (same !== undefined) {
      report(M.duplicate(M.kinds.meeting, i, same));
      continue;
    }
    meetingIds.set(result.data.id, i);
    out.meetings.push(result.data);
  }
  const effectIds = new Map<string, number>();
  for (const [i, raw] of list('effects').entries()) {
    const result = safeParse(EffectIndicatorRecordSchema, raw);
    if (!result.success) {
      report(M.effect(i, formatIssue(result.error.issues[0], locale, raw)));
      continue;
    }
    if (!projectIds.has(result.data.projectId)) {
      report(M.effectNoProject(i));
      continue;
    }
    const same = effectIds.get(result.data.id);
    if (same !== undefined) {
      report(M.duplicate(M.kinds.effect, i, same));
      continue;
    }
    effectIds.set(result.data.id, i);
    out.effects.push(result.data);
  }
  return out;
}

/** Newer edit wins (by `updatedAt`, compared as instants); equal dates keep what is stored. */
export function incomingIsNewer(incoming: { updatedAt: string }, stored: { updatedAt: string } | undefined): boolean {
  return !stored || Date.parse(incoming.updatedAt) > Date.parse(stored.updatedAt);
}

export type ContactDecision =
  | { readonly action: 'add'; readonly contact: SavedContact }
  | { readonly action: 'replace'; readonly contact: SavedContact }
  | { readonly action: 'keep'; readonly keptId: string }
  | { readonly action: 'conflict'; readonly keptId: string };

/**
 * One incoming contact against what is stored: by id, else by card (same feed, same
 * person); the newer edit wins and the stored id is kept (projects point to it).
 */
export function decideContact(
  incoming: SavedContact,
  byId: SavedContact | undefined,
  byKey: SavedContact | undefined,
): ContactDecision {
  if (byId && byKey && byId.id !== byKey.id) return { action: 'conflict', keptId: byId.id };
  const existing = byId ?? byKey;
  if (!existing) return { action: 'add', contact: incoming };
  if (incomingIsNewer(incoming, existing)) return { action: 'replace', contact: { ...incoming, id: existing.id } };
  return { action: 'keep', keptId: existing.id };
}
