/**
 * Options: interface language, storage used (and persistence), the optional permission
 * for the "already saved" badge on every page, the save shortcut, export/import, and
 * deleting everything after a confirmation step (RGAA 11.12).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { formatBytes, type StoredCounts } from '../i18n/messages';
import { HighlightOptions } from '../page-highlights/highlight-options';
import type { LocaleSetting, Platform } from '../platform/platform';
import { LibraryChanges } from '../store/changes';
import { type LibraryStore, requestPersistence } from '../store/library-store';
import { TransferPanel } from '../transfer/transfer-panel';
import { clearWholeLibrary, countWholeLibrary } from '../transfer/whole-library';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale, messages } from '../ui/locale';
import { alsoDeleted, type WorkspaceCounts } from './clear-messages';

export interface OptionsAppProps {
  readonly platform: Platform;
  readonly openStore: () => Promise<LibraryStore>;
}

interface StorageFacts {
  count: number;
  /** Everything stored, said in the storage line. */
  stored: StoredCounts;
  /** The project workspace, also deleted by "delete everything". */
  workspace: WorkspaceCounts;
  usage?: number;
  persisted: boolean;
  quarantined: number;
  /** An establishment is recorded for the registry. */
  registryInfo: boolean;
}

async function storageFacts(store: LibraryStore): Promise<StorageFacts> {
  const counts = await countWholeLibrary(store);
  const { items: count, quarantine: quarantined } = counts;
  const workspace = {
    projects: counts.projects,
    contacts: counts.contacts,
    charters: counts.charters,
    registry: counts.registryPartners + counts.registryWithdrawals,
    meetings: counts.meetings,
    effects: counts.effects,
  };
  let usage: number | undefined;
  let persisted = false;
  try {
    usage = (await navigator.storage?.estimate?.())?.usage;
    persisted = (await navigator.storage?.persisted?.()) ?? false;
  } catch {
    // estimate() may be unavailable: the count alone is shown
  }
  return { count, stored: counts, workspace, usage, persisted, quarantined, registryInfo: counts.registry > 0 };
}

export function OptionsApp({ platform, openStore }: OptionsAppProps) {
  const store = useSignal<LibraryStore | null>(null);
  const failure = useSignal<string | null>(null);
  const setting = useSignal<LocaleSetting>('auto');
  const facts = useSignal<StorageFacts | null>(null);
  const tabsPermission = useSignal(false);
  const shortcut = useSignal<string | undefined>(undefined);
  const confirming = useSignal(false);
  const status = useSignal<StatusMessage | null>(null);
  const confirmHeading = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const m = messages.value;
  const O = m.options;

  const asked = useRef(0);
  const refresh = async (s: LibraryStore) => {
    // Changes come in bursts (resources, then the workspace): only the latest count is shown, never an older one finishing last.
    const mine = ++asked.current;
    const next = await storageFacts(s);
    if (mine === asked.current) facts.value = next;
  };

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    (async () => {
      try {
        setting.value = (await platform.getSettings()).locale;
        platform.hasTabsPermission().then(
          (granted) => (tabsPermission.value = granted),
          () => {},
        );
        platform.saveShortcut().then((keys) => (shortcut.value = keys));
        const opened = await openStore();
        store.value = opened;
        // Listening before the first count: a change made while it runs is counted again, not missed.
        const stopLibrary = opened.onChange(() => void refresh(opened));
        // Projects and contacts change through the workspace channel (workspace/workspace-store.ts).
        const workspaceChannel = new LibraryChanges(`${opened.name}:workspace`);
        workspaceChannel.listen(() => void refresh(opened));
        unsubscribe = () => {
          stopLibrary();
          workspaceChannel.close();
        };
        await refresh(opened);
      } catch (error) {
        failure.value = String(error);
      }
    })();
    return () => unsubscribe?.();
  }, []);

  const chooseLocale = async (value: LocaleSetting) => {
    setting.value = value;
    await platform.setSettings({ locale: value });
  };

  const toggleBadge = async (on: boolean) => {
    if (on) {
      const granted = await platform.requestTabsPermission().catch(() => false);
      tabsPermission.value = granted;
      status.value = granted ? null : { text: O.badgeRefused, tone: 'error' };
    } else {
      await platform.removeTabsPermission().catch(() => {});
      tabsPermission.value = false;
    }
  };

  const askPersistence = async () => {
    await requestPersistence();
    if (store.value) await refresh(store.value);
  };

  const deleteAll = async () => {
    if (!store.value) return;
    // Every store: resources, highlights, projects, contacts, checklists, charters, quarantine.
    await clearWholeLibrary(store.value);
    confirming.value = false;
    status.value = { text: O.deletedAll, tone: 'success' };
    await refresh(store.value);
    // The delete button is now disabled (nothing left): the section heading takes the focus.
    queueMicrotask(() => document.getElementById('opt-danger')?.focus());
  };

  useEffect(() => {
    if (confirming.value) confirmHeading.current?.focus();
  }, [confirming.value]);

  const f = facts.value;
  return (
    <main class="options">
      <h1>{O.heading}</h1>
      <p class="muted">{m.privacy}</p>
      {failure.value ? <p class="notice error">{m.dbError(failure.value)}</p> : null}

      <section aria-labelledby="opt-language">
        <h2 id="opt-language">{O.language}</h2>
        <fieldset>
          <legend class="visually-hidden">{O.language}</legend>
          {(['auto', 'fr', 'en'] as const).map((value) => (
            <label key={value} class="check" lang={value === 'auto' ? undefined : value}>
              <input
                type="radio"
                name="locale"
                value={value}
                checked={setting.value === value}
                onChange={() => void chooseLocale(value)}
              />
              <span>{O.languages[value]}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-storage">
        <h2 id="opt-storage">{O.storage}</h2>
        {f ? (
          <>
            <p data-testid="storage-used">
              {f.usage === undefined ? O.storageUnknown(f.stored) : O.storageUsed(f.stored, formatBytes(f.usage, locale.value))}
            </p>
            <p>{f.persisted ? O.persisted : O.notPersisted}</p>
            {f.persisted ? null : (
              <button type="button" class="button" onClick={askPersistence}>
                {O.requestPersist}
              </button>
            )}
            {f.quarantined ? <p class="notice">{O.quarantine(f.quarantined)}</p> : null}
          </>
        ) : (
          <p>{m.loadingLibrary}</p>
        )}
      </section>

      <section aria-labelledby="opt-badge">
        <h2 id="opt-badge">{O.badge}</h2>
        <p id="opt-badge-explain">{O.badgeExplain}</p>
        <label class="check">
          <input
            type="checkbox"
            checked={tabsPermission.value}
            aria-describedby="opt-badge-explain"
            onChange={(e) => void toggleBadge(e.currentTarget.checked)}
          />
          <span>{O.badgeToggle}</span>
        </label>
      </section>

      {/* Highlight meanings and the sites with automatic highlights (page-highlights/). */}
      <HighlightOptions />

      <section aria-labelledby="opt-shortcut">
        <h2 id="opt-shortcut">{O.shortcut}</h2>
        <p>{shortcut.value ? O.shortcutIs(shortcut.value) : O.shortcutNone}</p>
        <p class="muted">{O.shortcutHow}</p>
      </section>

      {store.value ? (
        <section aria-labelledby="opt-transfer">
          <h2 id="opt-transfer">{m.library.transfer}</h2>
          {/* One message at a time: an import after « Tout effacer » must not leave « vidée » on screen. */}
          <TransferPanel
            store={store.value}
            platform={platform}
            idPrefix="options-transfer"
            onStart={() => (status.value = null)}
          />
        </section>
      ) : null}

      <section aria-labelledby="opt-danger">
        <h2 id="opt-danger" tabIndex={-1}>
          {O.danger}
        </h2>
        {confirming.value ? (
          <div class="notice error">
            <p ref={confirmHeading} tabIndex={-1}>
              {O.confirm(f?.count ?? 0)}
            </p>
            {f && alsoDeleted(f.workspace, locale.value) ? <p>{alsoDeleted(f.workspace, locale.value)}</p> : null}
            <div class="actions">
              <button type="button" class="button danger primary" onClick={deleteAll}>
                {O.confirmDelete}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  confirming.value = false;
                  queueMicrotask(() => deleteButton.current?.focus());
                }}
              >
                {m.cancel}
              </button>
            </div>
          </div>
        ) : (
          <button
            ref={deleteButton}
            type="button"
            class="button danger"
            disabled={
              !store.value ||
              !f ||
              f.count +
                f.quarantined +
                f.workspace.projects +
                f.workspace.contacts +
                f.workspace.charters +
                (f.workspace.registry ?? 0) +
                (f.registryInfo ? 1 : 0) ===
                0
            }
            onClick={() => (confirming.value = true)}
          >
            {O.deleteAll}
          </button>
        )}
        <LiveStatus id="options-status" message={status.value} />
      </section>
    </main>
  );
}
