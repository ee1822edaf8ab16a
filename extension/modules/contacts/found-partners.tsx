/**
 * In the popup: the patient partner cards the current page shows (read on demand by
 * partner-reader.js, validated card by card), offered to be saved as contacts — only
 * what the page shows, with its address and the date. Cards already saved say so;
 * saving them again refreshes them.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { contactKey } from '../../../shared/contacts/contact';
import { shownRole, shownTerritory } from '../../../shared/contacts/labels';
import type { FoundPartners } from '../../../shared/schemas/contact';
import { describeError } from '../projects/describe-error';
import { wm } from '../projects/messages';
import { workspaceOf } from '../projects/workspace-state';
import type { LibraryStore } from '../store/library-store';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale } from '../ui/locale';
import { shownTitle } from './labels';
import '../projects/workspace.css';

export interface FoundPartnersProps {
  /** The cards the page shows, as partner-reader.js read them (validated, at least one). */
  readonly found: FoundPartners;
  readonly openStore: () => Promise<LibraryStore>;
}

export function FoundPartnersOffer({ found: read, openStore }: FoundPartnersProps) {
  const saved = useSignal<ReadonlySet<string>>(new Set());
  const chosen = useSignal<ReadonlySet<string> | null>(null);
  const status = useSignal<StatusMessage | null>(null);
  const busy = useSignal(false);
  const store = useRef<LibraryStore | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      const library = await openStore();
      const known = await workspaceOf(library).store.savedFor(read.partners, read.pageUrl);
      if (!live) return;
      store.current = library;
      const keys = read.partners.map((p) => contactKey(p, read.pageUrl));
      saved.value = new Set(keys.filter((k) => known.has(k)));
      // New cards are ticked; those already saved are offered for a refresh, unticked.
      chosen.value = new Set(keys.filter((k) => !known.has(k)));
    })().catch((error: unknown) => (status.value = { text: describeError(error), tone: 'error' }));
    return () => {
      live = false;
    };
  }, [read]);

  if (!chosen.value) return null;
  const m = wm.value;
  const F = m.found;
  const keys = read.partners.map((p) => contactKey(p, read.pageUrl));
  const selection = chosen.value;
  const count = selection.size;

  const toggle = (key: string, on: boolean) => {
    const next = new Set(selection);
    if (on) next.add(key);
    else next.delete(key);
    chosen.value = next;
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy.value || !store.current) return;
    const picked = read.partners.filter((_, i) => selection.has(keys[i] as string));
    if (!picked.length) {
      status.value = { text: F.none, tone: 'error' };
      return;
    }
    busy.value = true;
    status.value = { text: F.saving };
    try {
      const result = await workspaceOf(store.current).store.saveFound(picked, {
        pageUrl: read.pageUrl,
        ...(read.pageTitle ? { pageTitle: read.pageTitle } : {}),
        seenAt: new Date().toISOString(),
      });
      saved.value = new Set([...saved.value, ...picked.map((p) => contactKey(p, read.pageUrl))]);
      chosen.value = new Set();
      status.value = { text: F.saved(result.created.length, result.updated.length), tone: 'success' };
    } catch (error) {
      status.value = { text: describeError(error), tone: 'error' };
    } finally {
      busy.value = false;
    }
  };

  return (
    <section class="found-partners" aria-labelledby="found-heading">
      <h2 id="found-heading">{F.heading(read.partners.length)}</h2>
      <p class="hint">{F.intro}</p>
      <form onSubmit={save} aria-describedby="found-status">
        <fieldset>
          <legend class="visually-hidden">{F.heading(read.partners.length)}</legend>
          <p class="actions tight">
            <button type="button" class="link-button" onClick={() => (chosen.value = new Set(keys))}>
              {F.selectAll}
            </button>
            <button type="button" class="link-button" onClick={() => (chosen.value = new Set())}>
              {F.selectNone}
            </button>
          </p>
          <ul class="plain-list found-list">
            {read.partners.map((partner, i) => {
              const key = keys[i] as string;
              const roles = partner.shown.name ? [shownRole(partner.shown, locale.value)] : [];
              const facts = [
                ...roles,
                shownTerritory(partner.shown, locale.value),
                partner.detail === 'compact' ? F.compact : '',
                saved.value.has(key) ? `✓ ${F.already}` : '',
              ].filter(Boolean);
              return (
                <li key={key}>
                  <label class="check">
                    <input type="checkbox" checked={selection.has(key)} onChange={(e) => toggle(key, e.currentTarget.checked)} />
                    <span>
                      {shownTitle(partner.shown, locale.value)}
                      <span class="hint">{facts.join(' · ')}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {read.problems.length ? <p class="hint">{F.problems(read.problems.length)}</p> : null}
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy.value}>
            {F.save(count)}
          </button>
          <a class="button" href="/sidepanel.html?view=page&section=contacts" target="_blank" rel="noopener">
            {F.openContacts}
          </a>
        </div>
      </form>
      <LiveStatus id="found-status" message={status.value} />
    </section>
  );
}
