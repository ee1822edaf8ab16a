/**
 * The popup: reads the current page (page-reader.js, injected on demand), says whether
 * it is already in the library, pre-fills type, domains and tags with the keyword
 * suggestions (and says why), and saves in one click.
 *
 * The target tab is the active tab, or `?tab=<id>` — how tests (and any page that
 * opens the popup in a tab) name the page to save.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { type CaptureChoices, pageTitle } from '../../../shared/library/capture';
import { type Classification, classifyPage } from '../../../shared/library/classify';
import { EDITABLE_FIELDS, type EditableValues } from '../../../shared/library/edit';
import type { PageMetadata } from '../../../shared/library/metadata';
import type { LibraryItem } from '../../../shared/schemas/clip';
import type { DomainId } from '../../../shared/vocab/domains';
import type { ResourceTypeId } from '../../../shared/vocab/resource-types';
import { FoundPartnersOffer } from '../contacts/lazy-found-partners';
import { DOMAIN_CHOICES, domainLabel, parseTags, TYPE_CHOICES, typeLabel } from '../i18n/vocab-labels';
import { drawHighlightsOnOpen } from '../page-highlights/open-page';
import type { Platform } from '../platform/platform';
import type { LibraryStore } from '../store/library-store';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale, messages } from '../ui/locale';

export interface PopupAppProps {
  readonly platform: Platform;
  readonly openStore: () => Promise<LibraryStore>;
}

type Phase = 'reading' | 'unsupported' | 'form' | 'error';

interface FormState {
  title: string;
  resourceType: ResourceTypeId;
  domains: DomainId[];
  tags: string;
  note: string;
  keepExcerpt: boolean;
}

function editableOf(item: LibraryItem): EditableValues {
  const values: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) values[field] = item[field];
  return values as EditableValues;
}

export function PopupApp({ platform, openStore }: PopupAppProps) {
  const phase = useSignal<Phase>('reading');
  const page = useSignal<{ meta: PageMetadata; partial: boolean; tabId: number } | null>(null);
  const existing = useSignal<LibraryItem | undefined>(undefined);
  const suggestions = useSignal<Classification | null>(null);
  const form = useSignal<FormState>({ title: '', resourceType: 'autre', domains: [], tags: '', note: '', keepExcerpt: true });
  const saving = useSignal(false);
  const status = useSignal<StatusMessage | null>(null);
  const shortcut = useSignal<string | undefined>(undefined);
  const store = useRef<LibraryStore | null>(null);
  const m = messages.value;
  const p = m.popup;

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        platform.saveShortcut().then((keys) => (shortcut.value = keys));
        const tabId = await platform.targetTabId();
        if (tabId === undefined) {
          phase.value = 'unsupported';
          return;
        }
        const [opened, read] = await Promise.all([openStore(), platform.readPage(tabId)]);
        store.current = opened;
        if (cancelled) return;
        // Opening the extension on a page draws its highlights (docs/highlights.md).
        if (read.ok && !read.partial) void drawHighlightsOnOpen(opened, tabId, locale.value);
        if (!read.ok) {
          phase.value = 'unsupported';
          return;
        }
        const found = await opened.findByUrl(read.meta.url);
        const classification = classifyPage(read.meta, locale.value);
        page.value = { meta: read.meta, partial: read.partial, tabId };
        existing.value = found;
        suggestions.value = classification;
        form.value = found
          ? {
              title: found.title,
              resourceType: found.resourceType,
              domains: [...found.domains],
              tags: found.tags.join(', '),
              note: found.note,
              keepExcerpt: true,
            }
          : {
              // What would be saved (a PDF's file name, say): the field is required, never left empty.
              title: pageTitle(read.meta),
              resourceType: classification.resourceType,
              domains: classification.domains.map((d) => d.id),
              // Tags are the user's own vocabulary: suggested as buttons, never filled in.
              tags: '',
              note: '',
              keepExcerpt: true,
            };
        if (found) await platform.setSavedBadge(tabId, true, messages.value.background.alreadyTitle);
        phase.value = 'form';
      } catch (error) {
        status.value = { text: messages.value.dbError(String(error)), tone: 'error' };
        phase.value = 'error';
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const update = (patch: Partial<FormState>) => {
    form.value = { ...form.value, ...patch };
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    const current = page.value;
    if (!current || !store.current || saving.value) return;
    saving.value = true;
    status.value = { text: p.saving };
    const before = existing.value;
    const f = form.value;
    const choices: CaptureChoices = {
      title: f.title,
      resourceType: f.resourceType,
      domains: f.domains,
      tags: parseTags(f.tags),
      note: f.note,
      excerpt: f.keepExcerpt ? current.meta.selection : undefined,
      base: before ? editableOf(before) : undefined,
    };
    const started = performance.now();
    try {
      const result = await store.current.saveFromPage(current.meta, choices);
      performance.measure('binome:save', { start: started });
      existing.value = result.item;
      form.value = {
        ...f,
        title: result.item.title,
        tags: result.item.tags.join(', '),
        note: result.item.note,
        domains: [...result.item.domains],
      };
      status.value = { text: result.created ? p.saved : p.updated, tone: 'success' };
      await platform.setSavedBadge(current.tabId, true, m.background.savedTitle);
    } catch (error) {
      status.value = { text: p.saveFailed(error instanceof Error ? error.message : String(error)), tone: 'error' };
    } finally {
      saving.value = false;
    }
  };

  const openLibrary = async () => {
    await platform.openLibrary(page.value?.tabId);
    if (new URLSearchParams(location.search).get('tab') === null) window.close();
  };

  const current = page.value;
  const f = form.value;
  const c = suggestions.value;
  const suggestedDomains = new Set(c?.domains.map((d) => d.id));
  const currentTags = new Set(parseTags(f.tags).map((t) => t.toLowerCase()));
  const tagIdeas = (c?.tags ?? []).filter((t) => !currentTags.has(t.toLowerCase()));
  const typeEvidence = c?.types.find((t) => t.id === c.resourceType)?.evidence ?? [];

  return (
    <main class="popup">
      <h1>{p.heading}</h1>
      {phase.value === 'reading' ? <p>{p.reading}</p> : null}
      {phase.value === 'unsupported' ? <p class="notice">{p.unsupported}</p> : null}

      {/* Patient partner cards on this page, offered as contacts (contacts/found-partners.tsx): first, since on
          a directory page the people are what the coordinator came for; nothing is drawn on other pages. */}
      {phase.value === 'form' && current ? (
        <FoundPartnersOffer platform={platform} tabId={current.tabId} openStore={openStore} />
      ) : null}

      {phase.value === 'form' && current ? (
        <form onSubmit={onSave} aria-labelledby="popup-page-heading" aria-describedby="popup-status">
          <h2 id="popup-page-heading">{p.pageHeading}</h2>
          {existing.value ? <p class="notice success">{p.already(m.date(existing.value.createdAt))}</p> : null}
          {current.partial ? <p class="notice">{p.partial}</p> : null}
          <p class="page-facts">
            {[
              current.meta.siteName,
              current.meta.isPdf ? p.pdf : undefined,
              current.meta.doi ? `DOI ${current.meta.doi}` : undefined,
            ]
              .filter(Boolean)
              .join(' · ') || current.meta.url}
          </p>

          <div class="field">
            <label for="popup-title">{p.title}</label>
            <input
              id="popup-title"
              type="text"
              required
              value={f.title}
              onInput={(e) => update({ title: e.currentTarget.value })}
            />
          </div>

          <div class="field">
            <label for="popup-type">
              {p.type}
              <span class="hint" id="popup-type-hint">
                {c ? p.suggestedType(typeLabel(c.resourceType, locale.value)) : ''}
              </span>
            </label>
            <select
              id="popup-type"
              aria-describedby="popup-type-hint"
              value={f.resourceType}
              onChange={(e) => update({ resourceType: e.currentTarget.value as ResourceTypeId })}
            >
              {TYPE_CHOICES.map((id) => (
                <option key={id} value={id}>
                  {typeLabel(id, locale.value)}
                  {c?.resourceType === id && id !== 'autre' ? ` (${p.suggested})` : ''}
                </option>
              ))}
            </select>
          </div>

          <fieldset>
            <legend>{p.domains}</legend>
            {DOMAIN_CHOICES.map((id) => (
              <label key={id} class="check">
                <input
                  type="checkbox"
                  checked={f.domains.includes(id)}
                  onChange={(e) =>
                    update({ domains: e.currentTarget.checked ? [...f.domains, id] : f.domains.filter((d) => d !== id) })
                  }
                />
                <span>
                  {domainLabel(id, locale.value)}
                  {suggestedDomains.has(id) ? <span class="suggested-mark"> ({p.suggested})</span> : null}
                </span>
              </label>
            ))}
            <details>
              <summary>{p.why}</summary>
              {typeEvidence.length || c?.domains.length ? (
                <ul class="evidence">
                  {typeEvidence.length ? (
                    <li>
                      {p.evidenceLine(
                        typeLabel(c?.resourceType ?? 'autre', locale.value),
                        typeEvidence.slice(0, 6).map((e) => p.evidence(e.cue, e.field, e.count)),
                      )}
                    </li>
                  ) : null}
                  {c?.domains.map((d) => (
                    <li key={d.id}>
                      {p.evidenceLine(
                        domainLabel(d.id, locale.value),
                        d.evidence.slice(0, 6).map((e) => p.evidence(e.cue, e.field, e.count)),
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="evidence">{c && !c.topic.onTopic ? p.offTopic : p.noEvidence}</p>
              )}
            </details>
          </fieldset>

          <div class="field">
            <label for="popup-tags">
              {p.tags}
              <span class="hint" id="popup-tags-hint">
                {p.tagsHint}
              </span>
            </label>
            <input
              id="popup-tags"
              type="text"
              aria-describedby="popup-tags-hint"
              value={f.tags}
              onInput={(e) => update({ tags: e.currentTarget.value })}
            />
            {tagIdeas.length ? (
              <ul class="tags" aria-label={p.tagSuggestions}>
                {tagIdeas.map((tag) => (
                  <li key={tag}>
                    <button
                      type="button"
                      class="link-button"
                      aria-label={p.addTag(tag)}
                      onClick={() => update({ tags: [...parseTags(f.tags), tag].join(', ') })}
                    >
                      + {tag}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>

          {current.meta.selection ? (
            <fieldset>
              <legend>{p.excerpt}</legend>
              <blockquote>{current.meta.selection.slice(0, 600)}</blockquote>
              <label class="check">
                <input
                  type="checkbox"
                  checked={f.keepExcerpt}
                  onChange={(e) => update({ keepExcerpt: e.currentTarget.checked })}
                />
                <span>{p.keepExcerpt}</span>
              </label>
            </fieldset>
          ) : null}

          <div class="field">
            <label for="popup-note">{p.note}</label>
            <textarea id="popup-note" value={f.note} onInput={(e) => update({ note: e.currentTarget.value })} />
          </div>

          <div class="actions">
            <button class="button primary" type="submit" disabled={saving.value}>
              {existing.value ? p.update : p.save}
            </button>
            <button class="button" type="button" onClick={openLibrary}>
              {m.openLibrary}
            </button>
          </div>
        </form>
      ) : null}

      <LiveStatus id="popup-status" message={status.value} />

      {phase.value !== 'form' ? (
        <div class="actions">
          <button class="button" type="button" onClick={openLibrary}>
            {m.openLibrary}
          </button>
        </div>
      ) : null}
      <p class="muted">
        {shortcut.value ? `${p.shortcut(shortcut.value)} ` : ''}
        <button type="button" class="link-button" onClick={() => platform.openOptions()}>
          {m.optionsLink}
        </button>
      </p>
    </main>
  );
}
