/**
 * The library page — the side panel and, with ?view=page, the full-page library —
 * started by entrypoints/sidepanel/main.tsx once this code is loaded, on the first
 * screen that the entry began reading meanwhile (first-screen.ts).
 */

import type { FirstScreen } from '../library/first-screen';
import { boot } from '../ui/boot';
import { LibraryApp } from './library-app';

export function startLibraryPage({ db, settings, recent, total }: FirstScreen): Promise<void> {
  const view = new URLSearchParams(location.search).get('view') === 'page' ? 'page' : 'panel';
  return boot(LibraryApp, (m) => `${m.appName} — ${m.library.heading}`, { view, first: { recent, total } }, { db, settings });
}
