/**
 * The library resources linked to a project (guides, trainings, articles…): a link is
 * the project's id in the item's `projectIds`, written like any edit of the item (a
 * three-way merge). Found with the library's own search index, or picked while browsing
 * the library (resources-browse.tsx).
 */
import { useSignal } from '@preact/signals';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { isHttpUrl } from '../../../shared/schemas/common';
import { typeLabel } from '../i18n/vocab-labels';
import type { LibraryState } from '../library/library-state';
import type { ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { wm } from '../workspace/messages';
import type { WorkspaceState } from '../workspace/workspace-state';
import { ResourcesBrowse } from './resources-browse';

const SUGGESTIONS = 8;

export function ResourcesPanel({
  workspace,
  library,
  project,
  say,
}: {
  workspace: WorkspaceState;
  library: LibraryState;
  project: ProjectRecord;
  say: Say;
}) {
  const m = wm.value;
  const R = m.resources;
  const query = useSignal('');
  library.revision.value; // re-read when items change (a link made in another page too)
  const linked: LibraryItem[] = [];
  for (const item of library.catalog.items()) if (item.projectIds.includes(project.id)) linked.push(item);
  linked.sort((a, b) => a.title.localeCompare(b.title, locale.value));
  const text = query.value.trim();
  const found =
    text && library.load.value === 'ready'
      ? library.catalog
          .query({ text })
          .ids.map((id) => library.catalog.get(id))
          .filter((i): i is LibraryItem => Boolean(i) && !i?.projectIds.includes(project.id))
          .slice(0, SUGGESTIONS)
      : [];
  const headingId = `resources-${project.id}`;

  const act = async (work: Promise<void>) => {
    try {
      await work;
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  return (
    <section class="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{R.heading}</h3>
      {linked.length ? (
        <ul class="plain-list" data-testid="project-resources">
          {linked.map((item) => (
            <li key={item.id} class="row-item">
              <span>
                {isHttpUrl(item.url) ? (
                  <a href={item.url} target="_blank" rel="noopener noreferrer" aria-label={R.openNamed(item.title)}>
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}
                <span class="muted"> — {typeLabel(item.resourceType, locale.value)}</span>
              </span>
              <button
                type="button"
                class="button small"
                aria-label={R.unlinkNamed(item.title)}
                onClick={() => void act(workspace.store.unlinkItem(project.id, item.id))}
              >
                {m.remove}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{R.none}</p>
      )}
      <div class="field">
        <label for={`${headingId}-search`}>
          {R.search}
          <span class="hint" id={`${headingId}-hint`}>
            {R.searchHint}
          </span>
        </label>
        <input
          id={`${headingId}-search`}
          type="search"
          autocomplete="off"
          aria-describedby={`${headingId}-hint`}
          value={query.value}
          onInput={(e) => (query.value = e.currentTarget.value)}
        />
      </div>
      {text ? (
        found.length ? (
          <ul class="plain-list" aria-label={R.search}>
            {found.map((item) => (
              <li key={item.id} class="row-item">
                <span>
                  {item.title}
                  <span class="muted"> — {typeLabel(item.resourceType, locale.value)}</span>
                </span>
                <button
                  type="button"
                  class="button small"
                  aria-label={R.linkNamed(item.title)}
                  onClick={() => void act(workspace.store.linkItem(project.id, item.id))}
                >
                  {R.link}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{R.noMatch}</p>
        )
      ) : null}
      <ResourcesBrowse workspace={workspace} library={library} project={project} say={say} />
    </section>
  );
}
