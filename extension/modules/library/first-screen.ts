/**
 * What the side panel needs for its first screen — the library connection, the 50 most
 * recent items (the count comes later), the settings — read as soon as the page starts,
 * while the rest of its code loads: entrypoints/sidepanel/main.tsx imports this module
 * only (the database code: no schemas, no interface), starts the reading, then loads the
 * page (library-page.tsx).
 */
import type { Settings } from '../platform/platform';
import { loadSettings } from '../platform/settings';
import { type LibraryDb, openLibraryDb } from '../store/db';
import { type RecentItems, recentAndCount } from '../store/recent';

/** How many items the list shows at first, and adds with "Show more". */
export const PAGE_SIZE = 50;

export interface FirstScreen extends RecentItems {
  /** The library connection the page then uses (LibraryStore.open). */
  readonly db: Promise<LibraryDb>;
  /** The settings (the interface language), needed for the first render too. */
  readonly settings: Promise<Settings>;
}

export function readFirstScreen(db: LibraryDb): RecentItems {
  return recentAndCount(db, PAGE_SIZE);
}

/** Starts opening the library and reading its first screen; failures are reported by the page. */
export function startFirstScreen(): FirstScreen {
  // The database first: its opening is the longest wait.
  const db = openLibraryDb();
  const settings = loadSettings();
  const reads = db.then(readFirstScreen);
  const recent = reads.then((r) => r.recent);
  const total = reads.then((r) => r.total);
  // Handled where they are awaited (boot, LibraryState): not unhandled meanwhile.
  for (const promise of [db, recent, total]) promise.catch(() => undefined);
  return { db, settings, recent, total };
}
