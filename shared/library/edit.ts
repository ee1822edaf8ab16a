/**
 * Edits as three-way merges, so that two extension pages editing the same item at the
 * same time lose nothing: each page says what it started from (`base`) and what the
 * user made of it (`next`); only what the user changed is applied to the stored item
 * as it is at write time. Lists merge element-wise (tags added in the popup and tags
 * added in the side panel are all kept); a text field the user did not touch keeps
 * whatever the other page wrote.
 */
import type { LibraryItem } from '../schemas/clip';

export const EDITABLE_FIELDS = ['title', 'resourceType', 'domains', 'tags', 'note', 'excerpts', 'projectIds'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type EditableValues = Partial<Pick<LibraryItem, EditableField>>;

/** What one page changed: the values it showed (`base`) and the values it saves (`next`). */
export interface ItemEdit {
  readonly base?: EditableValues;
  readonly next: EditableValues;
}

function mergeList<T>(current: readonly T[], base: readonly T[] | undefined, next: readonly T[]): T[] {
  if (!base) return [...next];
  const removed = new Set(base.filter((v) => !next.includes(v)));
  const added = next.filter((v) => !base.includes(v));
  const kept = current.filter((v) => !removed.has(v));
  return [...kept, ...added.filter((v) => !kept.includes(v))];
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The stored item with the edit applied (not validated, not dated: the store does both). */
export function applyEdit(current: LibraryItem, { base, next }: ItemEdit): LibraryItem {
  const out: Record<string, unknown> = { ...current };
  for (const field of EDITABLE_FIELDS) {
    const value = next[field];
    if (value === undefined) continue;
    const before = base?.[field];
    if (Array.isArray(value)) {
      const previous = before as readonly unknown[] | undefined;
      if (previous && sameList(previous, value)) continue;
      out[field] = mergeList(current[field] as readonly unknown[], previous, value);
    } else {
      if (before !== undefined && before === value) continue;
      out[field] = value;
    }
  }
  return out as LibraryItem;
}

/** True when the edit changes nothing in `current`. */
export function editIsEmpty(current: LibraryItem, edit: ItemEdit): boolean {
  const after = applyEdit(current, edit);
  return EDITABLE_FIELDS.every((f) => {
    const a = after[f];
    const b = current[f];
    return Array.isArray(a) && Array.isArray(b) ? sameList(a, b) : a === b;
  });
}
