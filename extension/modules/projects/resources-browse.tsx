/**
 * Browsing the library to link resources to a project, for when the coordinator does not
 * know what to search for: the resources not linked yet, most recent first, narrowed by
 * type, HAS domain or tag (the library's own collections), ticked and linked together.
 *
 * The list is the library's catalog query (shared/library/catalog.ts: the same facets and
 * sort as the library page, each filter's counts leaving out its own choice), shown a page
 * at a time: 10 000 items cost one query of ids, and only the rows shown are built. Built
 * when the disclosure is first opened, like the matching form.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { FacetName, FacetSelection } from '../../../shared/library/catalog';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { domainLabel, typeLabel } from '../i18n/vocab-labels';
import type { LibraryState } from '../library/library-state';
import type { ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { wm } from '../workspace/messages';
import type { WorkspaceState } from '../workspace/workspace-state';
import { pw } from './page-words';

/** Rows shown at first and added by « Afficher … de plus ». */
export const BROWSE_PAGE = 20;

type Filter = Extract<FacetName, 'type' | 'domain' | 'tag'>;
const FILTERS: readonly Filter[] = ['type', 'domain', 'tag'];

export interface ResourcesBrowseProps {
  readonly workspace: WorkspaceState;
  readonly library: LibraryState;
  readonly project: ProjectRecord;
  readonly say: Say;
}

export function ResourcesBrowse(props: ResourcesBrowseProps) {
  const opened = useSignal(false);
  const id = `resources-browse-${props.project.id}`;
  return (
    <details
      class="resources-browse"
      onToggle={(e) => {
        if (e.currentTarget.open) opened.value = true;
      }}
    >
      <summary>{pw.value.browse}</summary>
      {opened.value ? <BrowseList {...props} id={id} /> : null}
    </details>
  );
}

function BrowseList({ workspace, library, project, say, id }: ResourcesBrowseProps & { id: string }) {
  const W = pw.value;
  const m = wm.value;
  const lang = locale.value;
  const chosen = useSignal<Partial<Record<Filter, string>>>({});
  const shown = useSignal(BROWSE_PAGE);
  const ticked = useSignal<ReadonlySet<string>>(new Set());
  const busy = useSignal(false);
  const list = useRef<HTMLUListElement>(null);
  library.revision.value; // re-read when items change (a link made here or in another page)

  if (library.load.value !== 'ready') return <p class="muted">{W.loading}</p>;

  const facets: FacetSelection = Object.fromEntries(
    FILTERS.flatMap((f) => (chosen.value[f] ? [[f, [chosen.value[f] as string]]] : [])),
  );
  const result = library.catalog.query({ facets, sort: 'recent' });
  const ids = result.ids.filter((itemId) => !library.catalog.get(itemId)?.projectIds.includes(project.id));
  const rows = ids
    .slice(0, shown.value)
    .map((itemId) => library.catalog.get(itemId))
    .filter((i): i is LibraryItem => Boolean(i));
  const more = Math.min(BROWSE_PAGE, ids.length - rows.length);
  const checked = [...ticked.value].filter((itemId) => ids.includes(itemId));
  const labelOf = (f: Filter, value: string) =>
    f === 'type' ? typeLabel(value, lang) : f === 'domain' ? domainLabel(value, lang) : value;
  const filterWords = {
    type: [W.filterType, W.anyType],
    domain: [W.filterDomain, W.anyDomain],
    tag: [W.filterTag, W.anyTag],
  } as const;

  const choose = (f: Filter, value: string) => {
    chosen.value = { ...chosen.value, [f]: value || undefined };
    shown.value = BROWSE_PAGE;
  };
  const tick = (itemId: string, on: boolean) => {
    const next = new Set(ticked.value);
    if (on) next.add(itemId);
    else next.delete(itemId);
    ticked.value = next;
  };
  const showMore = () => {
    const first = rows.length;
    shown.value += BROWSE_PAGE;
    // The keyboard carries on from the first row added, not from the top of the list.
    queueMicrotask(() => list.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[first]?.focus());
  };
  const link = async () => {
    if (checked.length === 0) {
      say({ text: W.noneChecked, tone: 'error' });
      return;
    }
    busy.value = true;
    try {
      for (const itemId of checked) await workspace.store.linkItem(project.id, itemId);
      ticked.value = new Set();
      say({ text: W.linked(checked.length), tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    } finally {
      busy.value = false;
    }
  };

  return (
    <div class="browse-body">
      <p class="hint">{W.browseHint}</p>
      <fieldset class="field-row browse-filters">
        <legend>{W.filters}</legend>
        {FILTERS.map((f) => {
          const counts = result.facets[f];
          const [label, any] = filterWords[f];
          return counts.length || chosen.value[f] ? (
            <div class="field" key={f}>
              <label for={`${id}-${f}`}>{label}</label>
              <select id={`${id}-${f}`} value={chosen.value[f] ?? ''} onChange={(e) => choose(f, e.currentTarget.value)}>
                <option value="">{any}</option>
                {counts.map(({ value, count }) => (
                  <option key={value} value={value}>
                    {W.withCount(labelOf(f, value), count)}
                  </option>
                ))}
              </select>
            </div>
          ) : null;
        })}
      </fieldset>
      <p role="status" class="muted">
        {ids.length ? W.browseCount(ids.length) : Object.keys(facets).length ? W.noBrowseMatch : W.libraryEmpty}
      </p>
      {rows.length ? (
        <ul class="plain-list browse-list" aria-label={W.browseList} ref={list}>
          {rows.map((item) => (
            <li key={item.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={ticked.value.has(item.id)}
                  onChange={(e) => tick(item.id, e.currentTarget.checked)}
                />
                <span>
                  {item.title}
                  <span class="muted">
                    {' '}
                    — {typeLabel(item.resourceType, lang)}, {W.savedOn(m.date(item.createdAt))}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <p>
          <button type="button" class="button small" onClick={showMore}>
            {W.showMore(more)}
          </button>
        </p>
      ) : null}
      {ids.length ? (
        <p>
          <button type="button" class="button primary" disabled={busy.value} onClick={() => void link()}>
            {W.linkChecked(checked.length)}
          </button>
        </p>
      ) : null}
    </div>
  );
}
