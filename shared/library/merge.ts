/**
 * Merge planning for an import: an incoming item matches a stored one by id, else by
 * normalised URL; the newer edit (updatedAt) wins, the stored item's id is kept (its
 * annotations and project links point to it). Equal dates keep the stored item, so
 * importing the same file twice changes nothing.
 *
 * Apart from import.ts (reading and validating a backup: the schemas, the workspace's
 * and the registry's) because the library store, which every extension page opens,
 * needs only this.
 */
import type { Annotation } from '../schemas/annotation';
import type { LibraryItem } from '../schemas/clip';

/** True when ISO date-time `a` is strictly later than `b` (compared as instants: offsets may differ). */
export function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

/** What to do with one incoming item, given what is stored. */
export type MergeDecision =
  | { readonly action: 'add'; readonly item: LibraryItem }
  | { readonly action: 'replace'; readonly item: LibraryItem; readonly replacedId: string }
  | { readonly action: 'keep'; readonly keptId: string }
  /** Its id names one stored item and its address another: left alone rather than guessing. */
  | { readonly action: 'conflict'; readonly keptId: string };

/**
 * Decides for one incoming item. `byId` / `byUrl` are the stored matches (looked up in
 * the same transaction as the write, so a concurrent save cannot slip in between).
 */
export function decideMerge(incoming: LibraryItem, byId: LibraryItem | undefined, byUrl: LibraryItem | undefined): MergeDecision {
  if (byId && byUrl && byId.id !== byUrl.id) return { action: 'conflict', keptId: byId.id };
  const existing = byId ?? byUrl;
  if (!existing) return { action: 'add', item: incoming };
  if (isLater(incoming.updatedAt, existing.updatedAt)) {
    // Keep the stored id: annotations and project links refer to it.
    return { action: 'replace', item: { ...incoming, id: existing.id }, replacedId: existing.id };
  }
  return { action: 'keep', keptId: existing.id };
}

/** Same for an annotation: by id, newer `modified` wins. */
export function annotationIsNewer(incoming: Annotation, existing: Annotation | undefined): boolean {
  return !existing || isLater(incoming.modified, existing.modified);
}
