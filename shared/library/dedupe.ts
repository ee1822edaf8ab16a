/**
 * Several records for one page (same normalised URL) merged into one, losing nothing
 * the user wrote: the most recently edited record is the base; tags, domains,
 * excerpts and project links are united; distinct notes are kept one after the other.
 * Used by the v1 → v2 database migration (v1 did not normalise addresses).
 */
import type { LibraryItem } from '../schemas/clip';

function union<T>(lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}

function latest(values: readonly string[], pick: 'min' | 'max'): string {
  return [...values].sort((a, b) => Date.parse(a) - Date.parse(b))[pick === 'min' ? 0 : values.length - 1] as string;
}

export function mergeDuplicateItems(records: readonly LibraryItem[]): LibraryItem {
  if (records.length === 0) throw new Error('nothing to merge');
  const sorted = [...records].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  const base = sorted[0] as LibraryItem;
  const notes = union(sorted.map((r) => (r.note.trim() ? [r.note.trim()] : [])));
  return {
    ...base,
    tags: union(sorted.map((r) => r.tags)),
    domains: union(sorted.map((r) => r.domains)),
    excerpts: union(sorted.map((r) => r.excerpts)),
    projectIds: union(sorted.map((r) => r.projectIds)),
    note: notes.join('\n\n').slice(0, 20_000),
    createdAt: latest(
      sorted.map((r) => r.createdAt),
      'min',
    ),
    consultedAt: latest(
      sorted.map((r) => r.consultedAt),
      'max',
    ),
  };
}
