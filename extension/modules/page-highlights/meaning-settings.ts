/**
 * The user's own highlight meanings (label + colour + underline pattern — never colour
 * alone), kept in `storage.local` under their own key and validated with MeaningSchema
 * whenever they are read or written: a malformed stored value is ignored, never drawn.
 * The default set (meanings.ts) always comes first and cannot be removed.
 */
import { z } from 'zod/mini';
import type { Locale } from '../../../shared/i18n/locale';
import { normalizeText } from '../../../shared/text/normalize';
import { CUSTOM_COLOURS, DEFAULT_MEANINGS, localizeMeanings, type Meaning, UNDERLINE_PATTERNS } from '../highlights/meanings';
import { MeaningSchema } from '../highlights/protocol';

export const MEANINGS_KEY = 'binome.meanings';
/** Meanings a user may add (the render command accepts 50 in all). */
export const MAX_USER_MEANINGS = 20;

export const UserMeaningsSchema = z.array(MeaningSchema).check(z.maxLength(MAX_USER_MEANINGS));

/** Stored value → valid meanings (invalid entries dropped one by one, defaults' ids refused). */
export function readUserMeanings(value: unknown): Meaning[] {
  if (!Array.isArray(value)) return [];
  const reserved = new Set(DEFAULT_MEANINGS.map((m) => m.id));
  const out: Meaning[] = [];
  for (const entry of value.slice(0, MAX_USER_MEANINGS)) {
    const parsed = MeaningSchema.safeParse(entry);
    if (!parsed.success || reserved.has(parsed.data.id) || out.some((m) => m.id === parsed.data.id)) continue;
    out.push(parsed.data);
  }
  return out;
}

/** Defaults in the interface language, then the user's meanings. */
export function allMeanings(user: readonly Meaning[], locale: Locale): Meaning[] {
  return [...localizeMeanings(DEFAULT_MEANINGS, locale), ...user];
}

/** A stable id from the label ("À vérifier !" → "a-verifier"), unique among `taken`. */
export function meaningIdFor(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    normalizeText(label)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^[^a-z]+/, '')
      .slice(0, 24) || 'sens';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

export type MeaningProblem = 'label-empty' | 'label-long' | 'label-taken' | 'too-many';

/** Checks a new meaning from the editor; returns the meaning to store or why it is refused. */
export function proposeMeaning(
  draft: { label: string; colour: string; pattern: string },
  existing: readonly Meaning[],
  locale: Locale,
): { ok: true; meaning: Meaning } | { ok: false; problem: MeaningProblem } {
  const label = draft.label.trim().replace(/\s+/g, ' ');
  if (!label) return { ok: false, problem: 'label-empty' };
  if (label.length > 60) return { ok: false, problem: 'label-long' };
  if (existing.length >= MAX_USER_MEANINGS) return { ok: false, problem: 'too-many' };
  const all = allMeanings(existing, locale);
  const key = (s: string) => normalizeText(s).toLowerCase();
  if (all.some((m) => key(m.label) === key(label))) return { ok: false, problem: 'label-taken' };
  const reserved = [...DEFAULT_MEANINGS.map((m) => m.id), ...existing.map((m) => m.id), 'autre'];
  const candidate = { id: meaningIdFor(label, reserved), label, colour: draft.colour, pattern: draft.pattern };
  const parsed = MeaningSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, problem: 'label-empty' };
  return { ok: true, meaning: parsed.data };
}

/** The first colour/pattern pair not yet used by the user's meanings (the editor's default choice). */
export function nextLook(existing: readonly Meaning[]): { colour: string; pattern: Meaning['pattern'] } {
  const patterns = UNDERLINE_PATTERNS.filter((p) => p === 'dotted' || p === 'dashed');
  for (const colour of CUSTOM_COLOURS)
    for (const pattern of patterns)
      if (!existing.some((m) => m.colour === colour && m.pattern === pattern)) return { colour, pattern };
  return { colour: CUSTOM_COLOURS[0] ?? '#e5e7eb', pattern: 'dotted' };
}

/** storage.local access, injectable for tests. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadUserMeanings(area: KeyValueArea): Promise<Meaning[]> {
  try {
    return readUserMeanings((await area.get(MEANINGS_KEY))[MEANINGS_KEY]);
  } catch {
    return [];
  }
}

export async function saveUserMeanings(area: KeyValueArea, meanings: readonly Meaning[]): Promise<void> {
  const parsed = UserMeaningsSchema.parse(meanings); // never writes an invalid list
  await area.set({ [MEANINGS_KEY]: parsed });
}
