/**
 * One item of the library: everything saved about it, its excerpts and highlights,
 * and the edit form (three-way merge on save, so an edit made meanwhile in the popup
 * is kept) and the delete button (with undo, in the library's notice).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { EditableValues } from '../../../shared/library/edit';
import type { LibraryItem } from '../../../shared/schemas/clip';
import { isHttpUrl } from '../../../shared/schemas/common';
import type { DomainId } from '../../../shared/vocab/domains';
import type { ResourceTypeId } from '../../../shared/vocab/resource-types';
import { DOMAIN_CHOICES, domainLabel, parseTags, TYPE_CHOICES, typeLabel } from '../i18n/vocab-labels';
import { locale, messages } from '../ui/locale';
import type { LibraryState } from './library-state';

export interface ItemDetailProps {
  readonly state: LibraryState;
  readonly item: LibraryItem;
  readonly onClose: () => void;
}

function Fact({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function ItemDetail({ state, item, onClose }: ItemDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const editing = state.mode.value === 'edit';
  const m = messages.value;
  const L = m.library;
  const F = L.fields;

  // Opening an item (or leaving the edit form) moves the keyboard focus to its heading.
  useEffect(() => {
    if (!editing) heading.current?.focus();
  }, [item.id, editing]);

  if (editing) return <ItemEditor state={state} item={item} />;

  const highlights = state.annotationsOf(item.id);
  const published = item.publishedAt ? m.date(item.publishedAt) : item.publishedPartial;
  return (
    <article class="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" tabIndex={-1} ref={heading}>
        {item.title}
      </h2>
      {isHttpUrl(item.url) ? (
        <p>
          <a href={item.url} target="_blank" rel="noopener noreferrer" aria-label={L.openPageNamed(item.title)}>
            {L.openPage}
          </a>
        </p>
      ) : null}
      <dl class="facts">
        <Fact label={F.type}>{typeLabel(item.resourceType, locale.value)}</Fact>
        {item.domains.length ? (
          <Fact label={F.domains}>{item.domains.map((d) => domainLabel(d, locale.value)).join(', ')}</Fact>
        ) : null}
        {item.tags.length ? <Fact label={F.tags}>{item.tags.join(', ')}</Fact> : null}
        {item.authors.length ? <Fact label={F.authors}>{item.authors.join(' ; ')}</Fact> : null}
        {published ? <Fact label={F.published}>{published}</Fact> : null}
        {item.siteName ? <Fact label={F.site}>{item.siteName}</Fact> : null}
        {item.citation?.journal ? (
          <Fact label={F.journal}>
            {[
              item.citation.journal,
              item.citation.volume,
              item.citation.issue && `(${item.citation.issue})`,
              item.citation.firstPage &&
                `p. ${item.citation.firstPage}${item.citation.lastPage ? `-${item.citation.lastPage}` : ''}`,
            ]
              .filter(Boolean)
              .join(' ')}
          </Fact>
        ) : null}
        {item.doi ? (
          <Fact label={F.doi}>
            <a href={`https://doi.org/${encodeURI(item.doi)}`} target="_blank" rel="noopener noreferrer">
              {item.doi}
            </a>
          </Fact>
        ) : null}
        {item.pmid ? (
          <Fact label={F.pmid}>
            <a href={`https://pubmed.ncbi.nlm.nih.gov/${item.pmid}/`} target="_blank" rel="noopener noreferrer">
              {item.pmid}
            </a>
          </Fact>
        ) : null}
        {item.event?.startAt ? (
          <Fact label={F.event}>{[m.wallClock(item.event.startAt), item.event.location].filter(Boolean).join(', ')}</Fact>
        ) : null}
        <Fact label={F.consulted}>{m.date(item.consultedAt)}</Fact>
        <Fact label={F.added}>{m.date(item.createdAt)}</Fact>
        {item.updatedAt !== item.createdAt ? <Fact label={F.modified}>{m.dateTime(item.updatedAt)}</Fact> : null}
        <Fact label={F.address}>{item.url}</Fact>
      </dl>
      {item.description ? (
        <>
          <h3>{F.description}</h3>
          <p>{item.description}</p>
        </>
      ) : null}
      {item.excerpts.length ? (
        <>
          <h3>{F.excerpts}</h3>
          {item.excerpts.map((excerpt) => (
            <blockquote key={excerpt}>{excerpt}</blockquote>
          ))}
        </>
      ) : null}
      {item.note ? (
        <>
          <h3>{F.note}</h3>
          <p class="note">{item.note}</p>
        </>
      ) : null}
      {highlights.length ? (
        <>
          <h3>{F.highlights}</h3>
          <ul>
            {highlights.map((h) => (
              <li key={h.id}>
                <blockquote>{h.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? ''}</blockquote>
                {h.note ? <p>{h.note}</p> : null}
                {h.orphan ? <p class="muted">{L.orphan}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="actions">
        <button type="button" class="button primary" onClick={() => state.select(item.id, 'edit')}>
          {L.edit}
        </button>
        <button type="button" class="button danger" onClick={() => void state.remove(item.id)}>
          {L.delete}
        </button>
        <button type="button" class="button" onClick={onClose}>
          {L.back}
        </button>
      </div>
    </article>
  );
}

function ItemEditor({ state, item }: { state: LibraryState; item: LibraryItem }) {
  const m = messages.value;
  const L = m.library;
  const P = m.popup;
  // What the form started from: only the user's changes to it are applied on save.
  const base = useRef<EditableValues>({
    title: item.title,
    resourceType: item.resourceType,
    domains: item.domains,
    tags: item.tags,
    note: item.note,
    excerpts: item.excerpts,
  });
  const title = useSignal(item.title);
  const resourceType = useSignal<ResourceTypeId>(item.resourceType);
  const domains = useSignal<DomainId[]>([...item.domains]);
  const tags = useSignal(item.tags.join(', '));
  const note = useSignal(item.note);
  const excerpts = useSignal<string[]>([...item.excerpts]);
  const error = useSignal<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    try {
      await state.saveEdit(item.id, {
        base: base.current,
        next: {
          title: title.value,
          resourceType: resourceType.value,
          domains: domains.value,
          tags: parseTags(tags.value),
          note: note.value,
          excerpts: excerpts.value,
        },
      });
    } catch (e) {
      error.value = m.popup.saveFailed(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form class="detail" onSubmit={onSubmit} aria-labelledby="edit-title">
      <h2 id="edit-title">{L.editHeading(item.title)}</h2>
      {error.value ? (
        <p class="notice error" role="alert">
          {error.value}
        </p>
      ) : null}
      <div class="field">
        <label for="edit-title-input">{P.title}</label>
        <input
          id="edit-title-input"
          ref={first}
          type="text"
          required
          value={title.value}
          onInput={(e) => (title.value = e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="edit-type">{P.type}</label>
        <select
          id="edit-type"
          value={resourceType.value}
          onChange={(e) => (resourceType.value = e.currentTarget.value as ResourceTypeId)}
        >
          {TYPE_CHOICES.map((id) => (
            <option key={id} value={id}>
              {typeLabel(id, locale.value)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{P.domains}</legend>
        {DOMAIN_CHOICES.map((id) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              checked={domains.value.includes(id)}
              onChange={(e) =>
                (domains.value = e.currentTarget.checked ? [...domains.value, id] : domains.value.filter((d) => d !== id))
              }
            />
            <span>{domainLabel(id, locale.value)}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="edit-tags">
          {P.tags}
          <span class="hint" id="edit-tags-hint">
            {P.tagsHint}
          </span>
        </label>
        <input
          id="edit-tags"
          type="text"
          aria-describedby="edit-tags-hint"
          value={tags.value}
          onInput={(e) => (tags.value = e.currentTarget.value)}
        />
      </div>
      {item.excerpts.length ? (
        <fieldset>
          <legend>{L.fields.excerpts}</legend>
          {item.excerpts.map((excerpt, index) => (
            <label key={excerpt} class="check">
              <input
                type="checkbox"
                checked={excerpts.value.includes(excerpt)}
                onChange={(e) =>
                  (excerpts.value = e.currentTarget.checked
                    ? item.excerpts.filter((x) => x === excerpt || excerpts.value.includes(x))
                    : excerpts.value.filter((x) => x !== excerpt))
                }
              />
              <span>
                {index + 1}. {excerpt.length > 160 ? `${excerpt.slice(0, 160)}…` : excerpt}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div class="field">
        <label for="edit-note">{P.note}</label>
        <textarea id="edit-note" value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" class="button primary">
          {L.saveChanges}
        </button>
        <button type="button" class="button" onClick={() => state.select(item.id, 'view')}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
