/**
 * Starts an extension page: interface language, persistent storage request, one
 * library connection for the page, then the Preact app.
 */
import { effect } from '@preact/signals';
import { type ComponentType, render } from 'preact';
import type { Messages } from '../i18n/messages';
import { browserPlatform } from '../platform/browser-platform';
import type { Platform, Settings } from '../platform/platform';
import { DB_NAME, type LibraryDb } from '../store/db';
import { LibraryStore, requestPersistence } from '../store/library-store';
import { initLocale, messages } from './locale';

export interface PageProps {
  readonly platform: Platform;
  readonly openStore: () => Promise<LibraryStore>;
}

/** What a page's entry started reading before the page's code was loaded (library/first-screen.ts). */
export interface StartedReads {
  readonly db?: Promise<LibraryDb>;
  readonly settings?: Promise<Settings>;
}

/** One library connection for the page: `db` when the page already started opening it. */
export function storeOpener(db?: Promise<LibraryDb>): () => Promise<LibraryStore> {
  let opening: Promise<LibraryStore> | null = null;
  return () => {
    opening ??= LibraryStore.open(DB_NAME, db);
    return opening;
  };
}

export async function boot<P extends PageProps>(
  App: ComponentType<P>,
  title: (m: Messages) => string,
  extra: Omit<P, keyof PageProps> = {} as Omit<P, keyof PageProps>,
  started: StartedReads = {},
): Promise<void> {
  // The database opens while the language setting is read: both before the first render.
  const openStore = storeOpener(started.db);
  void openStore().catch(() => undefined);
  await initLocale(browserPlatform, started.settings).catch(() => undefined);
  effect(() => {
    document.title = title(messages.value);
  });
  void requestPersistence();
  const props = { platform: browserPlatform, openStore, ...extra } as unknown as P;
  render(<App {...props} />, document.getElementById('app') as HTMLElement);
}
