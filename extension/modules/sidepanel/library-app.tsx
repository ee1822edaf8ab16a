/**
 * The library: side panel (Chrome) / sidebar (Firefox), also openable as a full page.
 * Search as you type, facets, sort, item detail, edit, delete with undo, export/import.
 * Keyboard: everything is a native control; focus moves to the detail when an item is
 * opened and back to it in the list when the detail closes.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { FACETS, type FacetName, NO_YEAR, SORTS, type SortKey } from '../../../shared/library/catalog';
import { yearOf } from '../../../shared/library/dates';
import { siteOf } from '../../../shared/library/url';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { domainLabel, typeLabel } from '../i18n/vocab-labels';
import { ItemDetail } from '../library/item-detail';
import { LibraryState } from '../library/library-state';
import { PageHighlightsPanel } from '../page-highlights/page-highlights-panel';
import type { Platform } from '../platform/platform';
import type { LibraryStore } from '../store/library-store';
import type { RecentItems } from '../store/recent';
import { lazyComponent } from '../ui/lazy';
import { locale, messages } from '../ui/locale';
import { route, SectionNav } from '../workspace/sections';
import { WorkspaceSection } from './lazy-sections';

export interface LibraryAppProps {
  readonly platform: Platform;
  readonly openStore: () => Promise<LibraryStore>;
  /** 'page' when opened as a full page (no "open as a full page" button then). */
  readonly view?: 'panel' | 'page';
  /** The first screen's items when the page started reading them before its code loaded (first-screen.ts). */
  readonly first?: RecentItems;
}

const WIDE = '(min-width: 60em)';
const FACET_PREVIEW = 12;
let firstRenderMarked = false;

/**
 * Export and import (the backup formats, their validation: the workspace's and the
 * registry's schemas) are loaded when « Exporter, importer » is first opened, not with
 * the first screen.
 */
const TransferPanel = lazyComponent(() => import('../transfer/transfer-panel').then((m) => m.TransferPanel));

function facetValueLabel(facet: FacetName, value: string): string {
  const m = messages.value.library;
  if (facet === 'domain') return domainLabel(value, locale.value);
  if (facet === 'type') return typeLabel(value, locale.value);
  if (facet === 'year' && value === NO_YEAR) return m.noYear;
  return value;
}

export function LibraryApp({ platform, openStore, view = 'panel', first }: LibraryAppProps) {
  const state = useSignal<LibraryState | null>(null);
  const failure = useSignal<string | null>(null);

  // A layout effect: the library is asked for at the first render, not a frame later.
  useLayoutEffect(() => {
    let current: LibraryState | null = null;
    openStore()
      .then(async (store) => {
        current = new LibraryState(store);
        // The list's first items are in the first render of the library (not an empty list before).
        await current.showRecent(first);
        state.value = current;
        return current.loadAll();
      })
      .catch((error) => (failure.value = String(error)));
    return () => current?.stop();
  }, []);

  const m = messages.value;
  return (
    <main class="library">
      <header class="library-header">
        <h1>{m.library.heading}</h1>
        <div class="actions">
          {view === 'panel' ? (
            <button type="button" class="button small" onClick={() => platform.openFullPage()}>
              {m.openFullPage}
            </button>
          ) : null}
          <button type="button" class="button small" onClick={() => platform.openOptions()}>
            {m.optionsLink}
          </button>
        </div>
      </header>
      <SectionNav />
      {failure.value ? <p class="notice error">{m.dbError(failure.value)}</p> : null}
      {/* Opening the panel opens the extension on the tab's page: its highlights are drawn and listed. */}
      {view === 'panel' && state.value ? <PageHighlightsPanel platform={platform} store={state.value.store} /> : null}
      {!state.value ? (
        failure.value ? null : (
          <p>{m.loadingLibrary}</p>
        )
      ) : route.value.section === 'resources' ? (
        <LibraryBody state={state.value} platform={platform} />
      ) : (
        <WorkspaceSection section={route.value.section} library={state.value} platform={platform} />
      )}
    </main>
  );
}

function useMediaQuery(query: string) {
  const matches = useSignal(typeof matchMedia === 'function' ? matchMedia(query).matches : false);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const onChange = () => (matches.value = list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

function LibraryBody({ state, platform }: { state: LibraryState; platform: Platform }) {
  const m = messages.value;
  const L = m.library;
  const wide = useMediaQuery(WIDE);
  const lastOpened = useRef<string | null>(null);
  const noticeButton = useRef<HTMLButtonElement>(null);
  /** Export/import opened once: its panel stays mounted (a running export goes on when it is closed). */
  const transferOpened = useSignal(false);

  const load = state.load.value;
  const selected = state.selected.value;
  const showList = wide.value || !selected;

  const open = (id: string) => {
    lastOpened.current = id;
    state.select(id);
  };
  const close = () => {
    state.select(null);
    const id = lastOpened.current;
    queueMicrotask(() => document.getElementById(`result-${id}`)?.focus());
  };

  // After a deletion, the keyboard focus goes to the "Undo" button of the notice.
  useEffect(() => {
    if (state.notice.value?.kind === 'deleted') noticeButton.current?.focus();
  }, [state.notice.value]);

  if (load === 'error') return <p class="notice error">{m.dbError(state.error.value ?? '')}</p>;

  return (
    <>
      <p class="muted">
        {state.total.value === null ? null : `${L.count(state.total.value)} — `}
        {m.privacy}
      </p>
      <div class={`library-body${selected ? '' : ' no-detail'}`}>
        {showList ? <Filters state={state} wide={wide.value} /> : null}
        {showList ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">
              {L.resultsHeading}
            </h2>
            <SearchBar state={state} />
            <Results state={state} onOpen={open} />
          </section>
        ) : null}
        {selected ? (
          <div class="detail-pane">
            <ItemDetail key={selected.id} state={state} item={selected} onClose={close} />
          </div>
        ) : null}
      </div>

      <div
        role="status"
        aria-live="polite"
        class={state.notice.value ? 'notice success toast' : undefined}
        data-testid="library-notice"
      >
        {state.notice.value ? (
          <>
            <p>
              {state.notice.value.kind === 'edited'
                ? L.edited
                : state.notice.value.kind === 'deleted'
                  ? L.deleted(state.notice.value.title ?? '')
                  : state.notice.value.kind === 'restored'
                    ? L.restored
                    : L.notRestored}
            </p>
            <div class="actions">
              {state.notice.value.kind === 'deleted' && state.undo.value ? (
                <button ref={noticeButton} type="button" class="button small" onClick={() => void state.undoDelete()}>
                  {L.undo}
                </button>
              ) : null}
              <button type="button" class="button small" onClick={() => state.dismissNotice()}>
                {L.dismiss}
              </button>
            </div>
          </>
        ) : null}
      </div>

      <details
        class="transfer-details"
        onToggle={(e) => {
          if (e.currentTarget.open) transferOpened.value = true;
        }}
      >
        <summary>{L.transfer}</summary>
        {transferOpened.value ? <TransferPanel store={state.store} platform={platform} idPrefix="library-transfer" /> : null}
      </details>
    </>
  );
}

function SearchBar({ state }: { state: LibraryState }) {
  const L = messages.value.library;
  return (
    <search class="toolbar">
      <div class="field">
        <label for="library-search">
          {L.search}
          <span class="hint" id="library-search-hint">
            {L.searchHint}
          </span>
        </label>
        <input
          id="library-search"
          type="search"
          autocomplete="off"
          aria-describedby="library-search-hint"
          value={state.text.value}
          onInput={(e) => state.setText(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="library-sort">{L.sort}</label>
        <select id="library-sort" value={state.sort.value} onChange={(e) => state.setSort(e.currentTarget.value as SortKey)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {L.sorts[s]}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}

function Filters({ state, wide }: { state: LibraryState; wide: boolean }) {
  const L = messages.value.library;
  const result = state.result.value;
  if (!result || state.total.value === 0) return <div />;
  return (
    <details class="facets" open={wide || state.hasFilters.value}>
      <summary>{L.filters}</summary>
      {state.hasFilters.value ? (
        <p>
          <button type="button" class="button small" onClick={() => state.clearFilters()}>
            {L.clearFilters}
          </button>
        </p>
      ) : null}
      {FACETS.map((facet) => (
        <FacetGroup key={facet} state={state} facet={facet} />
      ))}
    </details>
  );
}

function FacetGroup({ state, facet }: { state: LibraryState; facet: FacetName }) {
  const L = messages.value.library;
  const expanded = useSignal(false);
  const counts = state.result.value?.facets[facet] ?? [];
  const chosen = new Set(state.facets.value[facet] ?? []);
  // Chosen values stay visible even when the current query leaves them no match.
  const values = [...counts];
  for (const value of chosen) if (!values.some((c) => c.value === value)) values.push({ value, count: 0 });
  if (values.length === 0) return null;
  const shown = expanded.value ? values : values.slice(0, FACET_PREVIEW);
  return (
    <fieldset>
      <legend>{L.facets[facet]}</legend>
      <ul class="facet-list">
        {shown.map(({ value, count }) => (
          <li key={value}>
            <label class="check">
              <input
                type="checkbox"
                checked={chosen.has(value)}
                onChange={(e) => state.toggleFacet(facet, value, e.currentTarget.checked)}
              />
              <span>
                {facetValueLabel(facet, value)} ({count})
              </span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > FACET_PREVIEW ? (
        <button
          type="button"
          class="link-button"
          aria-expanded={expanded.value}
          onClick={() => (expanded.value = !expanded.value)}
        >
          {expanded.value ? '−' : `+ ${values.length - FACET_PREVIEW}`} {L.facets[facet]}
        </button>
      ) : null}
    </fieldset>
  );
}

function Results({ state, onOpen }: { state: LibraryState; onOpen: (id: string) => void }) {
  const L = messages.value.library;
  const m = messages.value;
  const load = state.load.value;
  const result = state.result.value;
  const visible = state.visible.value;
  state.revision.value; // re-render when items change
  const items: LibraryItem[] = result
    ? result.ids
        .slice(0, visible)
        .map((id) => state.catalog.get(id))
        .filter((i): i is LibraryItem => i !== undefined)
    : state.recent.value;
  const total = result ? result.ids.length : state.recent.value.length;

  // Measures for the bench: first list on screen, and each query until its results are in the DOM.
  useLayoutEffect(() => {
    if (!firstRenderMarked && load !== 'opening') {
      firstRenderMarked = true;
      performance.mark('binome:first-render');
    }
    if (state.pendingSearchStart !== null) {
      performance.measure('binome:search', { start: state.pendingSearchStart });
      state.pendingSearchStart = null;
    }
  });

  return (
    <>
      <p role="status" aria-live="polite" class="muted" data-testid="result-count">
        {load === 'ready' ? (state.total.value === 0 ? '' : L.results(total)) : m.loadingLibrary}
      </p>
      {load === 'ready' && state.total.value === 0 ? <p>{L.empty}</p> : null}
      {load === 'ready' && (state.total.value ?? 0) > 0 && total === 0 ? <p>{L.noResults}</p> : null}
      <ul class="results" aria-labelledby="results-heading">
        {items.map((item) => (
          <ResultRow key={item.id} item={item} onOpen={onOpen} />
        ))}
      </ul>
      {result && result.ids.length > visible ? (
        <button type="button" class="button" onClick={() => state.showMore()}>
          {L.showMore(Math.min(50, result.ids.length - visible))}
        </button>
      ) : null}
    </>
  );
}

function ResultRow({ item, onOpen }: { item: LibraryItem; onOpen: (id: string) => void }) {
  const L = messages.value.library;
  const year = yearOf(item.publishedAt ?? item.publishedPartial);
  const facts = [
    typeLabel(item.resourceType, locale.value),
    item.siteName ?? siteOf(item.url),
    year,
    item.isPdf ? L.pdf : undefined,
  ].filter(Boolean);
  return (
    <li>
      <h3 class="result-title">
        <button
          id={`result-${item.id}`}
          type="button"
          class="link-button"
          aria-describedby={`result-meta-${item.id}`}
          onClick={() => onOpen(item.id)}
        >
          {item.title}
        </button>
      </h3>
      <p class="result-meta" id={`result-meta-${item.id}`}>
        {facts.join(' · ')}
        {item.domains.length ? ` · ${item.domains.map((d) => domainLabel(d, locale.value)).join(', ')}` : ''}
      </p>
      {item.tags.length ? (
        <ul class="tags" aria-label={L.fields.tags}>
          {item.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
