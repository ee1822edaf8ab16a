/**
 * In the popup: the patient partner cards the current page shows (read on demand by
 * partner-reader.js, validated card by card), offered to be saved as contacts — what the
 * list shows, with its address and the date. A card that shows more (a full card, or a
 * directory card opened on the page) offers its details behind a disclosure, kept only
 * if the user ticks « Garder aussi ces détails » (shared/contacts/keep.ts); what will be
 * kept is said above the button. Cards already saved say so; saving them again
 * refreshes them. Nothing is ticked at first: a directory page may show dozens of
 * people and the coordinator wants a few, found with the filter above the list.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { contactKey } from '../../../shared/contacts/contact';
import { detailParts, keptSummary, toKeep } from '../../../shared/contacts/keep';
import { shownRole, shownTerritory } from '../../../shared/contacts/labels';
import { groupGender } from '../../../shared/i18n/locale';
import type { FoundPartners } from '../../../shared/schemas/contact';
import type { LibraryStore } from '../store/library-store';
import { describeError } from '../ui/describe-error';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale } from '../ui/locale';
import { shownTitle } from '../workspace/contact-labels';
import { wm } from '../workspace/messages';
import { workspaceOf } from '../workspace/workspace-state';
import { matchesQuery } from './filter';
import '../workspace/workspace.css';

export interface FoundPartnersProps {
  /** The cards the page shows, as partner-reader.js read them (validated, at least one). */
  readonly found: FoundPartners;
  readonly openStore: () => Promise<LibraryStore>;
}

export function FoundPartnersOffer({ found: read, openStore }: FoundPartnersProps) {
  const saved = useSignal<ReadonlySet<string>>(new Set());
  const chosen = useSignal<ReadonlySet<string> | null>(null);
  /** Cards whose details the user chose to keep (none by default). */
  const withDetails = useSignal<ReadonlySet<string>>(new Set());
  const status = useSignal<StatusMessage | null>(null);
  const query = useSignal('');
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
      // Nothing ticked: keeping a person is a choice (issue 20), not an opt-out among 34.
      chosen.value = new Set();
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
  const toggleDetails = (key: string, on: boolean) => {
    const next = new Set(withDetails.value);
    if (on) next.add(key);
    else next.delete(key);
    withDetails.value = next;
  };
  const say = (term: { fr: string; en: string }) => (locale.value === 'en' ? term.en : term.fr);
  const rows = read.partners.map((partner, i) => {
    const key = keys[i] as string;
    const roles = partner.shown.name ? [shownRole(partner.shown, locale.value)] : [];
    const title = shownTitle(partner.shown, locale.value);
    const territory = shownTerritory(partner.shown, locale.value);
    const domains = partner.shown.domains.map((d) => say(d));
    const visible = matchesQuery([title, ...roles, territory, ...domains], query.value);
    return { partner, key, i, roles, title, territory, visible };
  });
  const shown = rows.filter((row) => row.visible);
  const filtered = shown.length < rows.length;
  const list = (words: readonly string[]) => new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(words);
  const selected = read.partners.map((found, i) => ({ found, key: keys[i] as string })).filter(({ key }) => selection.has(key));
  const kept = keptSummary(selected.map(({ found, key }) => ({ found, keepDetails: withDetails.value.has(key) })));

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy.value || !store.current) return;
    const picked = selected.map(({ found, key }) => toKeep(found, withDetails.value.has(key)));
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
      withDetails.value = new Set();
      status.value = { text: F.saved(result.created.length, result.updated.length), tone: 'success' };
    } catch (error) {
      status.value = { text: describeError(error), tone: 'error' };
    } finally {
      busy.value = false;
    }
  };

  const heading = F.heading(read.partners.length, groupGender(read.partners.map((p) => p.shown.gender)));
  return (
    <section class="found-partners" aria-labelledby="found-heading">
      <h2 id="found-heading">{heading}</h2>
      <p class="hint">{F.intro}</p>
      <form onSubmit={save} aria-describedby="found-status">
        <div class="field">
          <label for="found-filter">{F.filter}</label>
          <input
            id="found-filter"
            type="search"
            autocomplete="off"
            aria-describedby="found-filter-count"
            value={query.value}
            onInput={(e) => (query.value = e.currentTarget.value)}
          />
          <p class="hint" id="found-filter-count" aria-live="polite">
            {F.filterCount(shown.length, rows.length, count)}
          </p>
        </div>
        <fieldset>
          <legend class="visually-hidden">{heading}</legend>
          <p class="actions tight">
            {/* Nobody matching the filter: nothing to select (not « Sélectionner la personne affichée »). */}
            {shown.length ? (
              <button
                type="button"
                class="link-button"
                onClick={() => (chosen.value = new Set([...selection, ...shown.map((row) => row.key)]))}
              >
                {filtered ? F.selectShown(shown.length) : F.selectAll}
              </button>
            ) : null}
            <button type="button" class="link-button" onClick={() => (chosen.value = new Set())}>
              {F.selectNone}
            </button>
          </p>
          <ul class="plain-list found-list">
            {shown.map(({ partner, key, i, roles, title, territory }) => {
              const facts = [
                ...roles,
                territory,
                partner.detail === 'compact' ? F.compact : '',
                saved.value.has(key) ? `✓ ${F.already}` : '',
              ].filter(Boolean);
              const details = detailParts(partner);
              const detailsHint = `found-details-hint-${i}`;
              return (
                <li key={key}>
                  <label class="check">
                    <input type="checkbox" checked={selection.has(key)} onChange={(e) => toggle(key, e.currentTarget.checked)} />
                    <span>
                      {title}
                      <span class="hint">{facts.join(' · ')}</span>
                    </span>
                  </label>
                  {details.length ? (
                    <details class="found-details">
                      <summary>
                        {F.detailsSummary}
                        <span class="visually-hidden">{F.detailsAbout(title)}</span>
                      </summary>
                      <p>{F.detailsList(list(details.map((part) => F.parts[part])))}</p>
                      <label class="check">
                        <input
                          type="checkbox"
                          checked={withDetails.value.has(key)}
                          aria-describedby={detailsHint}
                          onChange={(e) => toggleDetails(key, e.currentTarget.checked)}
                        />
                        <span>{F.keepDetails}</span>
                      </label>
                      <p class="hint" id={detailsHint}>
                        {F.keepDetailsHint}
                      </p>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
        {read.problems.length ? <p class="hint">{F.problems(read.problems.length)}</p> : null}
        {/* Said before saving, not after: exactly what the contacts will hold. */}
        <div class="hint found-kept" id="found-kept" data-testid="found-kept">
          <p>{F.keptBase}</p>
          <p>
            {kept.withDetails ? F.keptDetails(kept.withDetails, list(kept.parts.map((part) => F.parts[part]))) : F.keptNoDetails}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy.value} aria-describedby="found-kept">
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
