/**
 * Reading a JSON backup back: everything is validated BEFORE anything is written, and
 * a file with a single problem is refused whole, with a message naming the problem
 * (which element, which field) — the library is never half-imported.
 *
 * Then merge planning (merge.ts, re-exported here): an incoming item matches a stored one
 * by id, else by normalised URL; the newer edit (updatedAt) wins.
 */

import type { Locale } from '../i18n/locale';
import { formatIssue } from '../i18n/validation';
import { type Annotation, AnnotationSchema } from '../schemas/annotation';
import { type LibraryItem, LibraryItemSchema } from '../schemas/clip';
import { BACKUP_FORMAT, BACKUP_VERSION } from './export-formats';
import { normalizeUrl } from './url';
import { validateWorkspace, type WorkspaceBackup } from './workspace-backup';

// Merge planning lives in merge.ts (no schemas: the library store imports it on every page).
export { annotationIsNewer, decideMerge, isLater, type MergeDecision } from './merge';

/**
 * A whole library. Version 1 files held items and annotations only; version 2 adds the
 * project workspace (workspace-backup.ts) — absent lists read as empty.
 */
export interface Backup extends Partial<WorkspaceBackup> {
  readonly items: LibraryItem[];
  readonly annotations: Annotation[];
}

export type BackupCheck =
  | { readonly ok: true; readonly backup: Backup }
  | { readonly ok: false; readonly problems: readonly string[] };

export interface ProgressOptions {
  readonly signal?: AbortSignal;
  /** Called with (done, total) while validating. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Items validated between two yields to the event loop (keeps the page responsive). */
  readonly sliceSize?: number;
}

const MAX_PROBLEMS = 10;

const MESSAGES = {
  fr: {
    json: (detail: string) => `Ce fichier n'est pas du JSON lisible (${detail}).`,
    notBackup: "Ce fichier n'est pas une sauvegarde de la bibliothèque Binôme (champ « format » : « binome-library » attendu).",
    newer: (v: number) =>
      `Cette sauvegarde vient d'une version plus récente de Binôme (format ${v}) : mettez l'extension à jour pour l'importer.`,
    noVersion: "La sauvegarde ne dit pas sa version (champ « version » absent) : elle n'a pas été écrite par Binôme.",
    badVersion: (shown: string) =>
      `Version de sauvegarde illisible (champ « version » : ${shown}) : un nombre entier de 1 à ${BACKUP_VERSION} est attendu.`,
    noItems: 'La sauvegarde ne contient pas de liste « items ».',
    item: (i: number, title: string, issue: string) => `Élément ${i + 1}${title ? ` (« ${title} »)` : ''} : ${issue}`,
    annotation: (i: number, issue: string) => `Surlignage ${i + 1} : ${issue}`,
    duplicateId: (i: number, j: number) => `Éléments ${j + 1} et ${i + 1} : même identifiant.`,
    duplicateUrl: (i: number, j: number) => `Éléments ${j + 1} et ${i + 1} : même adresse.`,
    orphan: (i: number) => `Surlignage ${i + 1} : il se rapporte à un élément absent du fichier.`,
    more: (n: number) => `… et ${n} autre${n > 1 ? 's' : ''} problème${n > 1 ? 's' : ''}.`,
  },
  en: {
    json: (detail: string) => `This file is not readable JSON (${detail}).`,
    notBackup: 'This file is not a Binôme library backup ("format": "binome-library" expected).',
    newer: (v: number) => `This backup comes from a newer version of Binôme (format ${v}): update the extension to import it.`,
    noVersion: 'The backup does not say its version (no "version" field): it was not written by Binôme.',
    badVersion: (shown: string) =>
      `Unreadable backup version ("version": ${shown}): a whole number from 1 to ${BACKUP_VERSION} is expected.`,
    noItems: 'The backup has no "items" list.',
    item: (i: number, title: string, issue: string) => `Item ${i + 1}${title ? ` ("${title}")` : ''}: ${issue}`,
    annotation: (i: number, issue: string) => `Highlight ${i + 1}: ${issue}`,
    duplicateId: (i: number, j: number) => `Items ${j + 1} and ${i + 1}: same identifier.`,
    duplicateUrl: (i: number, j: number) => `Items ${j + 1} and ${i + 1}: same address.`,
    orphan: (i: number) => `Highlight ${i + 1}: it belongs to an item that is not in the file.`,
    more: (n: number) => `… and ${n} more problem${n > 1 ? 's' : ''}.`,
  },
} as const;

function abortError(): DOMException {
  return new DOMException('Import cancelled', 'AbortError');
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function titleOf(raw: unknown): string {
  const title = raw && typeof raw === 'object' ? (raw as { title?: unknown }).title : undefined;
  return typeof title === 'string' ? title.slice(0, 60) : '';
}

/**
 * The layout version must be a whole number this extension knows. "99" as a string, 2.5
 * or 0 are not versions: reading such a file as the current layout could silently drop
 * what a future layout holds, so it is refused (a newer one with its own message).
 */
function checkVersion(version: unknown, M: (typeof MESSAGES)[Locale]): string | undefined {
  if (version === undefined) return M.noVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const shown = JSON.stringify(version) ?? String(version);
    return M.badVersion(shown.length > 40 ? `${shown.slice(0, 40)}…` : shown);
  }
  return version > BACKUP_VERSION ? M.newer(version) : undefined;
}

/** Parses the text of a backup file; JSON errors become a readable message. */
export function parseBackupText(text: string, locale: Locale): { ok: true; data: unknown } | { ok: false; problems: string[] } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [MESSAGES[locale].json(detail)] };
  }
}

/**
 * Validates a parsed backup: the envelope, every item and annotation (shared zod
 * schemas), duplicate ids and addresses, annotations pointing to absent items.
 * Rejects with an AbortError if `signal` aborts. Never writes anything.
 */
export async function validateBackup(data: unknown, locale: Locale, options: ProgressOptions = {}): Promise<BackupCheck> {
  const M = MESSAGES[locale];
  const { signal, onProgress, sliceSize = 500 } = options;
  // A bare list of items is accepted too (hand-made files, other tools).
  const envelope = Array.isArray(data) ? { format: BACKUP_FORMAT, version: BACKUP_VERSION, items: data } : data;
  if (!envelope || typeof envelope !== 'object') return { ok: false, problems: [M.notBackup] };
  const { format, version, items, annotations } = envelope as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) return { ok: false, problems: [M.notBackup] };
  const versionProblem = checkVersion(version, M);
  if (versionProblem) return { ok: false, problems: [versionProblem] };
  if (!Array.isArray(items)) return { ok: false, problems: [M.noItems] };
  const rawAnnotations = Array.isArray(annotations) ? annotations : [];

  const total = items.length + rawAnnotations.length;
  const problems: string[] = [];
  let extra = 0;
  const report = (message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(message);
    else extra++;
  };

  const valid: LibraryItem[] = [];
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    if (i % sliceSize === 0) {
      if (signal?.aborted) throw abortError();
      onProgress?.(i, total);
      if (i > 0) await nextTick();
    }
    const raw = items[i];
    const result = LibraryItemSchema.safeParse(raw);
    if (!result.success) {
      report(M.item(i, titleOf(raw), formatIssue(result.error.issues[0], locale, raw)));
      continue;
    }
    const item = result.data;
    const sameId = ids.get(item.id);
    if (sameId !== undefined) report(M.duplicateId(i, sameId));
    else ids.set(item.id, i);
    const key = normalizeUrl(item.url);
    const sameUrl = urls.get(key);
    if (sameUrl !== undefined && sameId === undefined) report(M.duplicateUrl(i, sameUrl));
    else urls.set(key, i);
    valid.push(item);
  }

  const validAnnotations: Annotation[] = [];
  for (let i = 0; i < rawAnnotations.length; i++) {
    if ((items.length + i) % sliceSize === 0) {
      if (signal?.aborted) throw abortError();
      onProgress?.(items.length + i, total);
      await nextTick();
    }
    const raw = rawAnnotations[i];
    const result = AnnotationSchema.safeParse(raw);
    if (!result.success) {
      report(M.annotation(i, formatIssue(result.error.issues[0], locale, raw)));
      continue;
    }
    if (!ids.has(result.data.itemId)) report(M.orphan(i));
    validAnnotations.push(result.data);
  }

  if (signal?.aborted) throw abortError();
  const workspace = validateWorkspace(envelope as Record<string, unknown>, locale, report);
  onProgress?.(total, total);
  if (problems.length) return { ok: false, problems: extra ? [...problems, M.more(extra)] : problems };
  return { ok: true, backup: { items: valid, annotations: validAnnotations, ...workspace } };
}
