import '../../../extension/modules/ui/styles.css';
import { type ComponentType, h, render } from 'preact';
import type { Platform, ReadPageResult, Settings } from '../../../extension/modules/platform/platform';
import { LibraryStore } from '../../../extension/modules/store/library-store';
import { locale } from '../../../extension/modules/ui/locale';
import { extractMetadata, type PageMetadata } from '../../../shared/library/metadata';
import guideHtml from '../../fixtures/pages/has-guide.html?raw';
import articleHtml from '../../fixtures/pages/scholarly-article.html?raw';

const FIXTURES: Record<string, string> = { 'has-guide.html': guideHtml, 'scholarly-article.html': articleHtml };

/** A fixture page read by the real extractor, as page-reader.js would return it. */
export function fixtureMeta(file: string, url = `http://127.0.0.1:4000/pages/${file}`, selection?: string): PageMetadata {
  const doc = new DOMParser().parseFromString(FIXTURES[file] as string, 'text/html');
  return { ...extractMetadata(doc, url), selection };
}

export interface FakePlatform extends Platform {
  readonly badges: { tabId: number; saved: boolean; title: string }[];
  readonly downloads: { blob: Blob; name: string }[];
  settings: Settings;
}

/** The browser-side services of the pages, faked: the pages are rendered outside an extension here. */
export function fakePlatform(page: ReadPageResult = { ok: false, reason: 'no-tab' }): FakePlatform {
  const listeners = new Set<(s: Settings) => void>();
  const platform: FakePlatform = {
    badges: [],
    downloads: [],
    settings: { locale: 'fr' },
    targetTabId: async () => 7,
    readPage: async () => page,
    setSavedBadge: async (tabId, saved, title) => {
      platform.badges.push({ tabId, saved, title });
    },
    openLibrary: async () => {},
    openFullPage: async () => {},
    openOptions: async () => {},
    saveShortcut: async () => 'Alt+Shift+S',
    getSettings: async () => platform.settings,
    setSettings: async (s) => {
      platform.settings = { ...platform.settings, ...s };
      for (const l of listeners) l(platform.settings);
    },
    onSettingsChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    hasTabsPermission: async () => false,
    requestTabsPermission: async () => false,
    removeTabsPermission: async () => {},
    download: async (blob, name) => {
      platform.downloads.push({ blob, name });
    },
  };
  return platform;
}

let counter = 0;
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now()}-${counter++}`;
}

export interface Mounted {
  readonly container: HTMLElement;
  readonly store: LibraryStore;
  unmount(): void;
}

/** Renders an extension page component in a fresh container, with a library database of its own. */
export async function mount<P>(Component: ComponentType<P>, props: Omit<P, 'openStore'>, store?: LibraryStore): Promise<Mounted> {
  locale.value = 'fr';
  document.documentElement.lang = 'fr';
  const db = store ?? (await LibraryStore.open(uniqueName('ui')));
  const container = document.createElement('div');
  document.body.append(container);
  render(
    h(Component as ComponentType<P & { openStore: () => Promise<LibraryStore> }>, { ...(props as P), openStore: async () => db }),
    container,
  );
  return {
    container,
    store: db,
    unmount() {
      render(null, container);
      container.remove();
      db.close();
    },
  };
}

/** Waits until `check` returns a truthy value (the pages load from IndexedDB asynchronously). */
export async function until<T>(check: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout)
      throw new Error(`timed out waiting for ${check.toString()}; page says: ${document.body.innerText.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T | null {
  for (const el of root.querySelectorAll<T>(selector)) {
    const content = el.textContent ?? '';
    if (typeof text === 'string' ? content.trim() === text : text.test(content)) return el;
  }
  return null;
}

export function labelled<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string | RegExp): T {
  for (const el of root.querySelectorAll<HTMLLabelElement>('label')) {
    const text = el.textContent ?? '';
    if (typeof label === 'string' ? text.trim() === label || text.startsWith(label) : label.test(text)) {
      const control = el.control ?? el.querySelector('input, select, textarea');
      if (control) return control as unknown as T;
    }
  }
  throw new Error(`no control labelled ${label}`);
}
