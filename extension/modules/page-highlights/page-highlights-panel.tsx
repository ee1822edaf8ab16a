/**
 * "On this page", at the top of the side panel: the highlights of the tab's page.
 * Opening the panel is opening the extension on the page: the highlighter is injected
 * (activeTab) and draws the page's highlights, then:
 * - the anchored ones are listed in the order of the text — each a button that scrolls the
 *   page to it (`focus`), showing the meaning's name and its colour + pattern sample, and
 *   the note rendered as text structure (markdown.ts, never raw HTML); one re-found on
 *   edited text shows the passage as the page reads now (« Texte actuel », the report's
 *   `text`) and, under it, what it was when highlighted (« Au moment du surlignage : … »);
 * - the orphans (not found on the page as it is now) are listed with their quote, note and
 *   the reason in words, with "Re-attach to selection" (capture → new selectors, same id →
 *   `add`) and "Delete" (with undo);
 * - "Show automatically on <site>" asks the optional host permission for that site only.
 * The panel follows its window's active tab (platform.onTargetTabChange): on a switch or a
 * navigation the previous page's list is cleared at once and the opening is re-run for the new
 * page; a tab the user has not invoked Binôme on gives no address (no `tabs` permission), so
 * the panel says so instead of showing anything stale. Late answers for an older target are
 * dropped (a generation counter).
 */
import { batch, useSignal } from '@preact/signals';
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Annotation } from '../../../shared/schemas/annotation';
import { renderMarkdown } from '../highlights/markdown';
import { FALLBACK_MEANING, type Meaning } from '../highlights/meanings';
import { type AnchorReport, HL } from '../highlights/protocol';
import type { Platform } from '../platform/platform';
import { HighlightStore } from '../store/highlight-store';
import type { LibraryStore } from '../store/library-store';
import { locale } from '../ui/locale';
import { browserPermissions, browserScripting, browserTabs, localArea } from './browser-apis';
import { allMeanings, loadUserMeanings } from './meaning-settings';
import { pageHighlightMessages } from './messages';
import { requestSite, siteLabel, sitePattern, syncRegistrations } from './site-access';
import { ensureHighlighter, HIGHLIGHTER_FILE, type HighlighterDeps, sendCommand, type TabApi } from './tab-highlighter';
import './page-highlights.css';

type Phase = 'loading' | 'ready' | 'no-access' | 'not-web-page' | 'no-reply';
type OrphanReason = Extract<AnchorReport, { status: 'orphan' }>['reason'];

interface Notice {
  readonly text: string;
  readonly tone: 'success' | 'error';
  readonly undo?: readonly Annotation[];
}

export interface PageHighlightsPanelProps {
  readonly platform: Platform;
  readonly store: LibraryStore;
  /** The tabs behind the highlighter (tests pass a fake); the browser's by default. */
  readonly tabs?: TabApi;
}

const quoteOf = (a: Annotation) => a.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
const positionOf = (a: Annotation) => a.selectors.find((s) => s.type === 'TextPositionSelector')?.start ?? 0;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The passage as the page reads now, when the highlight was re-found on text that changed since. */
function textNowOf(report: AnchorReport | { status: 'orphan' }, quote: string): string | undefined {
  if (report.status !== 'anchored' || !report.text) return undefined;
  return flat(report.text) === flat(quote) ? undefined : report.text;
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A note as Preact vnodes: the safe renderer's structure, never HTML strings. */
function Note({ source, id }: { source: string; id?: string }) {
  return (
    <div class="hl-note" id={id}>
      {renderMarkdown(source, (tag, props, children) => h(tag, props, ...children))}
    </div>
  );
}

function Sample({ meaning }: { meaning: Meaning }) {
  return (
    <span class={`hl-sample hl-pattern-${meaning.pattern}`} style={{ backgroundColor: meaning.colour }} aria-hidden="true">
      Aa
    </span>
  );
}

export function PageHighlightsPanel({ platform, store, tabs = browserTabs }: PageHighlightsPanelProps) {
  const t = pageHighlightMessages(locale.value);
  const phase = useSignal<Phase>('loading');
  const tabId = useSignal<number | undefined>(undefined);
  const url = useSignal<string | null>(null);
  const annotations = useSignal<Annotation[]>([]);
  const reports = useSignal<Map<string, AnchorReport>>(new Map());
  const meanings = useSignal<Meaning[]>([]);
  const notice = useSignal<Notice | null>(null);
  const siteGranted = useSignal<boolean | null>(null);
  const busy = useSignal(false);
  const highlights = useRef(new HighlightStore(store, locale.value));
  const undoButton = useRef<HTMLButtonElement>(null);
  /** Bumped at each opening: answers that arrive for an older target are dropped. */
  const generation = useRef(0);

  const deps = (): HighlighterDeps => ({
    tabs,
    highlights: highlights.current,
    meanings: async () => allMeanings(await loadUserMeanings(localArea), locale.value),
    locale: async () => locale.value,
  });

  const reload = async () => {
    const page = url.value;
    if (!page) return;
    const list = (await highlights.current.ofPage(page)).annotations;
    // The panel may have moved to another page meanwhile.
    if (url.value === page) annotations.value = list;
  };

  /** What opening the panel does for a page; `target` given when the active tab changed. */
  const open = async (target?: number) => {
    const current = ++generation.current;
    const stale = () => current !== generation.current;
    // Nothing of the previous page stays on screen while the new one is read.
    batch(() => {
      phase.value = 'loading';
      url.value = null;
      annotations.value = [];
      reports.value = new Map();
      siteGranted.value = null;
      notice.value = null;
    });
    const id = target ?? (await platform.targetTabId());
    if (stale()) return;
    tabId.value = id;
    if (id === undefined) {
      phase.value = 'no-access';
      return;
    }
    const d = deps();
    const [result, all] = await Promise.all([ensureHighlighter(d, id), d.meanings()]);
    if (stale()) return;
    meanings.value = all;
    if (!result.ok) {
      phase.value = result.reason;
      return;
    }
    const list = (await highlights.current.ofPage(result.url)).annotations;
    if (stale()) return;
    batch(() => {
      url.value = result.url;
      reports.value = new Map(result.reply.results.map((r) => [r.id, r]));
      annotations.value = list;
      phase.value = 'ready';
    });
    const pattern = sitePattern(result.url);
    const granted = pattern
      ? await browserPermissions.granted().then(
          (o) => o.includes(pattern),
          () => null,
        )
      : null;
    if (!stale()) siteGranted.value = granted;
  };

  const openSafely = (target?: number) => {
    const current = generation.current + 1;
    void open(target).catch(() => {
      if (generation.current === current) phase.value = 'no-reply';
    });
  };

  useEffect(() => {
    openSafely();
    // Highlights saved from the page's toolbar, orphan flags reported later, edits in other views.
    const unsubscribe = store.onChange(() => void reload());
    // Another tab, or the same tab on another page: re-run the opening for it.
    const unfollow = platform.onTargetTabChange?.((id) => openSafely(id));
    // The page changed after the opening and anchored again: its results (found, orphaned, text now).
    const unreport = tabs.onReport?.((id, results) => {
      if (id !== tabId.value || phase.value !== 'ready') return;
      const next = new Map(reports.value);
      for (const result of results) next.set(result.id, result);
      reports.value = next;
    });
    return () => {
      generation.current++;
      unsubscribe();
      unfollow?.();
      unreport?.();
    };
  }, []);

  useEffect(() => {
    if (notice.value?.undo) undoButton.current?.focus();
  }, [notice.value]);

  const meaningOf = (id: string) => meanings.value.find((m) => m.id === id) ?? FALLBACK_MEANING;

  const focus = (id: string) => {
    if (tabId.value !== undefined) void sendCommand(tabs, tabId.value, { type: `${HL}focus`, id });
  };

  const reattach = async (annotation: Annotation) => {
    const tab = tabId.value;
    if (tab === undefined || busy.value) return;
    busy.value = true;
    try {
      const capture = await sendCommand(tabs, tab, { type: `${HL}capture` });
      if (!capture) {
        notice.value = { text: t.noReply, tone: 'error' };
        return;
      }
      if (!capture.ok) {
        notice.value = { text: t.captureFailed[capture.reason], tone: 'error' };
        return;
      }
      const updated = await highlights.current.reattach(annotation.id, capture.selectors);
      if (!updated) return;
      const reply = await sendCommand(tabs, tab, {
        type: `${HL}add`,
        annotation: {
          id: updated.id,
          selectors: updated.selectors,
          colour: updated.colour,
          ...(updated.note ? { note: updated.note } : {}),
        },
      });
      const next = new Map(reports.value);
      if (reply) next.set(updated.id, reply.result);
      else next.delete(updated.id);
      reports.value = next;
      if (reply) await highlights.current.setOrphanFlags([reply.result]);
      notice.value = { text: t.reattached, tone: 'success' };
      await reload();
    } catch (error) {
      notice.value = { text: t.failed(String(error)), tone: 'error' };
    } finally {
      busy.value = false;
    }
  };

  const remove = async (annotation: Annotation) => {
    try {
      const removed = await highlights.current.delete([annotation.id]);
      if (tabId.value !== undefined) void sendCommand(tabs, tabId.value, { type: `${HL}remove`, id: annotation.id });
      notice.value = { text: t.deleted, tone: 'success', undo: removed };
      await reload();
    } catch (error) {
      notice.value = { text: t.failed(String(error)), tone: 'error' };
    }
  };

  const undo = async (removed: readonly Annotation[]) => {
    await highlights.current.restore(removed);
    const tab = tabId.value;
    if (tab !== undefined)
      for (const a of removed) {
        const reply = await sendCommand(tabs, tab, {
          type: `${HL}add`,
          annotation: { id: a.id, selectors: a.selectors, colour: a.colour, ...(a.note ? { note: a.note } : {}) },
        });
        if (reply) reports.value = new Map(reports.value).set(a.id, reply.result);
      }
    notice.value = { text: t.restored, tone: 'success' };
    await reload();
  };

  const grantSite = async () => {
    const pattern = url.value ? sitePattern(url.value) : undefined;
    if (!pattern) return;
    // First call of the click handler: the browser only shows the prompt during a user gesture.
    const granted = await requestSite(browserPermissions, pattern);
    siteGranted.value = granted;
    notice.value = { text: granted ? t.autoGranted : t.autoRefused, tone: granted ? 'success' : 'error' };
    if (granted) await syncRegistrations(browserPermissions, browserScripting, HIGHLIGHTER_FILE).catch(() => undefined);
  };

  const status = (a: Annotation): AnchorReport | { status: 'orphan'; reason?: OrphanReason } => {
    const report = reports.value.get(a.id);
    if (report) return report;
    return a.orphan ? { status: 'orphan' } : { status: 'anchored', id: a.id, method: 'quote', score: 1 };
  };
  const anchored = annotations.value.filter((a) => status(a).status === 'anchored').sort((a, b) => positionOf(a) - positionOf(b));
  const orphans = annotations.value.filter((a) => status(a).status === 'orphan').sort((a, b) => positionOf(a) - positionOf(b));
  const site = url.value ? sitePattern(url.value) : undefined;

  return (
    <section class="page-highlights" aria-labelledby="page-highlights-heading" data-testid="page-highlights">
      <h2 id="page-highlights-heading">{t.heading}</h2>
      {phase.value === 'loading' ? <p class="muted">{t.loading}</p> : null}
      {phase.value === 'no-access' ? <p class="muted">{t.noAccess}</p> : null}
      {phase.value === 'not-web-page' ? <p class="muted">{t.notWebPage}</p> : null}
      {phase.value === 'no-reply' ? (
        <p>
          {t.noReply}{' '}
          <button type="button" class="button small" onClick={() => openSafely(tabId.value)}>
            {t.retry}
          </button>
        </p>
      ) : null}
      {phase.value === 'ready' ? (
        <>
          <p class="muted" data-testid="page-highlights-count">
            {annotations.value.length ? t.count(annotations.value.length) : t.empty}
          </p>
          {anchored.length ? (
            <ul class="hl-list" aria-label={t.listLabel}>
              {anchored.map((a) => {
                const meaning = meaningOf(a.colour);
                const now = textNowOf(status(a), quoteOf(a));
                const described = [now ? `hl-was-${a.id}` : '', a.note ? `hl-note-${a.id}` : ''].filter(Boolean).join(' ');
                return (
                  <li key={a.id} class={now ? 'hl-edited' : undefined}>
                    <button
                      type="button"
                      class="hl-go"
                      data-highlight-id={a.id}
                      aria-describedby={described || undefined}
                      onClick={() => focus(a.id)}
                    >
                      <Sample meaning={meaning} />
                      <span class="hl-meaning">{meaning.label}</span>
                      <span class="visually-hidden"> — </span>
                      <span class="hl-passage">
                        {now ? <span class="hl-now-label">{t.textNow} </span> : null}
                        <q class="hl-quote">{shorten(now ?? quoteOf(a), 160)}</q>
                      </span>
                    </button>
                    {now ? (
                      <p class="hl-was" id={`hl-was-${a.id}`}>
                        {t.whenHighlighted} <q>{shorten(quoteOf(a), 160)}</q>
                      </p>
                    ) : null}
                    {a.note ? <Note source={a.note} id={`hl-note-${a.id}`} /> : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
          {orphans.length ? (
            <section aria-labelledby="hl-orphans-heading" data-testid="page-orphans">
              <h3 id="hl-orphans-heading">{t.orphansHeading(orphans.length)}</h3>
              <p>{t.orphansIntro}</p>
              <ul class="hl-orphans">
                {orphans.map((a) => {
                  const meaning = meaningOf(a.colour);
                  const report = status(a);
                  const reason = 'reason' in report && report.reason ? t.reasons[report.reason] : t.reasonUnknown;
                  return (
                    <li key={a.id} data-orphan-id={a.id}>
                      <p>
                        <Sample meaning={meaning} /> <span class="hl-meaning">{meaning.label}</span>
                      </p>
                      <blockquote id={`hl-orphan-quote-${a.id}`}>{quoteOf(a)}</blockquote>
                      {a.note ? <Note source={a.note} /> : null}
                      <p class="hl-reason">{reason}</p>
                      <div class="actions">
                        <button
                          type="button"
                          class="button small"
                          aria-describedby={`hl-orphan-quote-${a.id}`}
                          title={t.reattachHint}
                          disabled={busy.value}
                          onClick={() => void reattach(a)}
                        >
                          {t.reattach}
                        </button>
                        <button
                          type="button"
                          class="button small danger"
                          aria-describedby={`hl-orphan-quote-${a.id}`}
                          onClick={() => void remove(a)}
                        >
                          {t.delete}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
          {site && siteGranted.value !== null ? (
            <section aria-labelledby="hl-auto-heading">
              <h3 id="hl-auto-heading">{t.autoHeading}</h3>
              {siteGranted.value ? (
                <p>{t.autoOn(siteLabel(site))}</p>
              ) : (
                <>
                  <p>{t.autoOff(siteLabel(site))}</p>
                  <button type="button" class="button small" onClick={() => void grantSite()}>
                    {t.autoGrant(siteLabel(site))}
                  </button>
                </>
              )}
            </section>
          ) : null}
        </>
      ) : null}
      <div role="status" aria-live="polite" data-testid="page-highlights-status">
        {notice.value ? (
          <div class={`notice ${notice.value.tone}`}>
            <p>{notice.value.text}</p>
            {notice.value.undo?.length ? (
              <button ref={undoButton} type="button" class="button small" onClick={() => void undo(notice.value?.undo ?? [])}>
                {t.undo}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
