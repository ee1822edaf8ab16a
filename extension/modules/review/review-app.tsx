/**
 * The review (« bilan ») page, `review.html`: one project (`?project=<id>`) or the whole
 * establishment, over a period (`&from=…&to=…`, the last twelve months by default). Opened
 * in a tab from the project page or the projects list, so that it prints on A4 without the
 * library around it (PDF: the browser's « Enregistrer au format PDF »).
 *
 * Each section says its figures in a sentence, draws a chart when looking helps, and shows
 * the chart's data as a table right beside it (caption, column and row headers) with its
 * CSV. The charts' code (Observable Plot) is fetched only here, after the tables are on
 * screen. `binome:review-rendered` marks the moment everything is drawn (bench 95).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { todayIso } from '../../../shared/checklist/evaluation';
import { formatDate } from '../../../shared/i18n/format';
import { buildReview, csvFileName, tableToCsv } from '../../../shared/review';
import type { Review, ReviewScope, ReviewTable, TableId } from '../../../shared/review/model';
import { defaultPeriod, type Period, readPeriod } from '../../../shared/review/period';
import { REVIEW_MESSAGES, type ReviewMessages, reviewLabels } from '../i18n/review';
import { downloadWithLink } from '../platform/platform';
import type { PageProps } from '../ui/boot';
import { locale } from '../ui/locale';
import { WorkspaceStore } from '../workspace/workspace-store';
import type { ChartSpec } from './charts';
import { type ReviewData, readReviewData } from './review-data';
import './review.css';

const DATE_COLUMNS = new Set(['date', 'firstDate', 'lastDate', 'recorded']);

/** What the address asks for; a bad period falls back to the default one. */
function readAddress(today: string): { projectId: string | null; period: Period } {
  const params = new URLSearchParams(location.search);
  const id = params.get('project');
  return {
    projectId: id && /^[\w.:~-]{1,128}$/.test(id) ? id : null,
    period: readPeriod(params.get('from'), params.get('to')) ?? defaultPeriod(today),
  };
}

let pendingCharts = 0;
let tablesDone = false;
function chartSettled(): void {
  pendingCharts--;
  if (pendingCharts === 0 && tablesDone) performance.mark('binome:review-rendered');
}

let plot: Promise<typeof import('./charts')> | null = null;
const loadCharts = () => {
  plot ??= import('./charts').catch((error: unknown) => {
    plot = null;
    throw error;
  });
  return plot;
};

function Chart({ spec, summary, title }: { spec: ChartSpec; summary: string; title: string }) {
  const M = REVIEW_MESSAGES[locale.value];
  const box = useRef<HTMLDivElement>(null);
  const state = useSignal<'loading' | 'drawn' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    pendingCharts++;
    loadCharts()
      .then(({ drawChart }) => {
        if (!live || !box.current) return;
        box.current.replaceChildren(drawChart(spec, summary, cellText));
        state.value = 'drawn';
      })
      .catch((error: unknown) => {
        console.error('[binome] chart not drawn', error);
        if (live) state.value = 'failed';
      })
      .finally(chartSettled);
    return () => {
      live = false;
    };
  }, [spec, summary]);
  return (
    <figure class="review-chart">
      <figcaption>{M.chartOf(title)}</figcaption>
      <div ref={box} class="review-chart-box" />
      {state.value === 'loading' ? <p class="muted">{M.chartLoading}</p> : null}
      {state.value === 'failed' ? <p class="notice">{M.chartFailed}</p> : null}
    </figure>
  );
}

/** One formatter per language and kind: building an Intl formatter per cell costs more than the whole model. */
const formatters = new Map<string, { number: Intl.NumberFormat; date: Intl.DateTimeFormat }>();
function formatterOf(): { number: Intl.NumberFormat; date: Intl.DateTimeFormat } {
  const tag = locale.value === 'en' ? 'en-GB' : 'fr-FR';
  let f = formatters.get(tag);
  if (!f) {
    f = { number: new Intl.NumberFormat(tag), date: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }) };
    formatters.set(tag, f);
  }
  return f;
}

function cellText(key: string, value: string | number, numeric: boolean): string {
  if (typeof value === 'number') return numeric ? formatterOf().number.format(value) : String(value);
  if (!DATE_COLUMNS.has(key) || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return formatterOf().date.format(new Date(`${value}T00:00:00Z`));
}

function Rows({ table }: { table: ReviewTable }) {
  return (
    <tbody>
      {table.rows.map((row, r) => (
        <tr key={r}>
          {row.map((value, i) => {
            const c = table.columns[i];
            const text = c ? cellText(c.key, value, c.numeric) : String(value);
            return i === 0 ? (
              <th key={c?.key ?? i} scope="row">
                {text}
              </th>
            ) : (
              <td key={c?.key ?? i} class={c?.numeric ? 'num' : undefined}>
                {text}
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}

interface TableViewProps {
  readonly table: ReviewTable;
  readonly subject: string;
  readonly period: Period;
  /** A detail table (an establishment's rows per meeting, per evaluation…): shown on request, always in CSV. */
  readonly detail?: boolean;
}

function TableView({ table, subject, period, detail = false }: TableViewProps) {
  const M = REVIEW_MESSAGES[locale.value];
  const open = useSignal(!detail);
  const captionId = `review-table-${table.id}`;
  const download = () =>
    void downloadWithLink(
      new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }),
      csvFileName(subject, period, table.id),
    );
  const grid = (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus (WCAG 2.1.1).
    <section class="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" class={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <Rows table={table} />
      </table>
    </section>
  );
  return (
    <div class={`review-table${detail ? ' review-detail' : ''}`} data-table={table.id}>
      {!table.rows.length ? (
        <p>
          <strong>{table.title}</strong> — {M.empty}
        </p>
      ) : detail ? (
        <details onToggle={(e) => (open.value = e.currentTarget.open)}>
          <summary>{M.detail(table.title, table.rows.length)}</summary>
          {open.value ? grid : null}
        </details>
      ) : (
        grid
      )}
      {table.rows.length ? (
        <p class="no-print">
          <button type="button" class="button small" aria-label={M.csvNamed(table.title)} onClick={download}>
            {M.csv}
          </button>
        </p>
      ) : null}
    </div>
  );
}

interface SectionProps {
  readonly id: string;
  readonly heading: string;
  readonly summary: string;
  readonly chart?: ChartSpec | null;
  readonly tables: readonly ReviewTable[];
  /** Tables shown on request (the establishment's detail). */
  readonly details?: readonly TableId[];
  readonly subject: string;
  readonly period: Period;
}

function Section({ id, heading, summary, chart, tables, details = [], subject, period }: SectionProps) {
  const headingId = `review-${id}`;
  return (
    <section class="review-section" aria-labelledby={headingId} data-section={id}>
      <h2 id={headingId}>{heading}</h2>
      <p class="review-summary">{summary}</p>
      {chart?.table.rows.length ? <Chart spec={chart} summary={summary} title={chart.table.title} /> : null}
      {tables.map((t) => (
        <TableView key={t.id} table={t} subject={subject} period={period} detail={details.includes(t.id)} />
      ))}
    </section>
  );
}

const col = (t: ReviewTable, key: string) => t.columns.findIndex((c) => c.key === key);

/** The review's sections in the page's language: the same order for a project and the establishment. */
function sections(review: Review, M: ReviewMessages) {
  const T = review.tables;
  const project = review.scope.kind === 'project';
  const pick = (...ids: TableId[]) => ids.map((id) => T[id]);
  const lastEval = T.checklist.rows.at(-1);
  const lastDiff = T.differences.rows.at(-1);
  const withEval = T.checklistLatest.rows.filter((r) => Number(r[1]) > 0);
  const answerSeries = ['oui', 'en_cours', 'non', 'unanswered'];
  // An establishment's rows per evaluation, per meeting, per indicator run to hundreds: on request, and in CSV.
  const details: TableId[] = project ? [] : ['checklist', 'differences', 'differenceCriteria', 'effects', 'actionsByMeeting'];
  const all = [
    {
      id: 'checklist',
      heading: M.sections.checklist,
      summary: project
        ? M.summaries.checklist(
            T.checklist.rows.length,
            Number(lastEval?.[col(T.checklist, 'oui')] ?? 0),
            Number(lastEval?.[col(T.checklist, 'criteria')] ?? 0),
            lastEval ? formatDate(String(lastEval[1]), locale.value) : '',
          )
        : M.summaries.checklistLatest(withEval.length, review.projects.length),
      chart: project
        ? ({ kind: 'stack', table: T.checklist, label: ['date'], series: answerSeries } as const)
        : ({
            kind: 'stack',
            table: { ...T.checklistLatest, rows: withEval },
            label: ['project'],
            series: answerSeries,
          } as const),
      tables: project ? pick('checklist') : pick('checklistLatest', 'checklist'),
    },
    {
      id: 'differences',
      heading: M.sections.differences,
      summary: M.summaries.differences(T.differences.rows.length, Number(lastDiff?.[col(T.differences, 'answersDiffer')] ?? 0)),
      chart: project ? ({ kind: 'bars', table: T.differences, label: ['date'], value: 'answersDiffer' } as const) : null,
      tables: pick('differences', 'differenceCriteria'),
    },
    {
      id: 'effects',
      heading: M.sections.effects,
      summary: M.summaries.effects(T.effects.rows.length, review.totals.measurements),
      chart: {
        kind: 'stack',
        table: T.effectsByCategory,
        label: ['category'],
        series: ['improved', 'worsened', 'stable', 'not_comparable'],
      } as const,
      tables: pick('effectsByCategory', 'effects'),
    },
    {
      id: 'actions',
      heading: M.sections.actions,
      summary: M.summaries.actions(
        review.totals.actions.total,
        review.totals.actions.done,
        review.totals.actions.open,
        review.totals.actions.late,
      ),
      chart: project
        ? ({ kind: 'stack', table: T.actionsByMeeting, label: ['date'], series: ['done', 'open', 'late'] } as const)
        : ({ kind: 'stack', table: T.actions, label: ['project'], series: ['done', 'open', 'late'] } as const),
      tables: project ? pick('actionsByMeeting', 'actions') : pick('actions', 'actionsByMeeting'),
    },
    {
      id: 'charters',
      heading: M.sections.charters,
      summary: M.summaries.charters(T.charters.rows.length, review.totals.signatures),
      chart: null,
      tables: pick('charters'),
    },
    {
      id: 'partners',
      heading: M.sections.partners,
      summary: M.summaries.partners(review.totals.partners),
      chart: { kind: 'bars', table: T.partnersByRole, label: ['role'], value: 'partners' } as const,
      tables: pick('partnersByRole', 'partnersByDomain', 'teamBySide'),
    },
    {
      id: 'load',
      heading: M.sections.load,
      summary: M.summaries.load(review.totals.fullyEngaged),
      chart: {
        kind: 'bars',
        table: T.load,
        label: ['partner'],
        value: 'projects',
        mark: { column: 'loadStatus', equals: reviewLabels(locale.value).loadStatus.fullyEngaged, word: M.fullyEngagedMark },
      } as const,
      tables: pick('load'),
    },
  ];
  return all.map((section) => ({ ...section, details }));
}

export function ReviewApp({ openStore }: PageProps) {
  const M = REVIEW_MESSAGES[locale.value];
  const today = useMemo(() => todayIso(), []);
  const address = useMemo(() => readAddress(today), [today]);
  const period = useSignal<Period>(address.period);
  const data = useSignal<ReviewData | null>(null);
  const failed = useSignal<string | null>(null);
  const draft = useSignal<{ from: string; to: string; error: boolean }>({ ...address.period, error: false });

  useEffect(() => {
    let live = true;
    performance.mark('binome:review-mounted');
    // The charts' code downloads and compiles while the database is read, not after the tables.
    void loadCharts().catch(() => undefined);
    openStore()
      // The store alone: the workspace state would read projects, contacts and registry a second time.
      .then((library) => readReviewData(new WorkspaceStore(library), locale.value))
      .then((d) => {
        performance.mark('binome:review-read');
        if (live) data.value = d;
      })
      .catch((error: unknown) => {
        if (live) failed.value = error instanceof Error ? error.message : String(error);
      });
    return () => {
      live = false;
    };
  }, [locale.value]);

  const scope: ReviewScope = address.projectId ? { kind: 'project', projectId: address.projectId } : { kind: 'establishment' };
  const review = useMemo(() => {
    if (!data.value) return null;
    const start = performance.now();
    const built = buildReview({ ...data.value, period: period.value, today }, scope, reviewLabels(locale.value));
    performance.measure('binome:review-build', { start });
    return built;
  }, [data.value, period.value, locale.value]);
  const project = address.projectId ? data.value?.projects.find((p) => p.id === address.projectId) : undefined;
  const title = project ? M.titleProject(project.title) : M.titleEstablishment;
  const subject = project ? project.title : M.titleEstablishment;

  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (!review) return;
    tablesDone = true;
    performance.mark('binome:review-tables');
    if (pendingCharts === 0) performance.mark('binome:review-rendered');
  }, [review]);

  const apply = (event: Event) => {
    event.preventDefault();
    const next = readPeriod(draft.value.from, draft.value.to);
    if (!next) {
      draft.value = { ...draft.value, error: true };
      return;
    }
    draft.value = { ...next, error: false };
    period.value = next;
    const params = new URLSearchParams(location.search);
    params.set('from', next.from);
    params.set('to', next.to);
    history.replaceState(null, '', `${location.pathname}?${params}`);
  };

  const shown = useMemo(() => (review ? sections(review, M) : []), [review, M]);
  const d = (iso: string) => formatDate(iso, locale.value);
  return (
    <main class="review" aria-labelledby="review-title">
      <header class="review-header">
        <h1 id="review-title">{title}</h1>
        <p>{M.intro}</p>
        <form class="review-period no-print" onSubmit={apply} noValidate>
          <fieldset>
            <legend>{M.period}</legend>
            <label>
              {M.from}{' '}
              <input
                type="date"
                name="from"
                value={draft.value.from}
                required
                aria-invalid={draft.value.error || undefined}
                aria-describedby={draft.value.error ? 'review-period-error' : undefined}
                onInput={(e) => (draft.value = { ...draft.value, from: e.currentTarget.value })}
              />
            </label>{' '}
            <label>
              {M.to}{' '}
              <input
                type="date"
                name="to"
                value={draft.value.to}
                required
                aria-invalid={draft.value.error || undefined}
                aria-describedby={draft.value.error ? 'review-period-error' : undefined}
                onInput={(e) => (draft.value = { ...draft.value, to: e.currentTarget.value })}
              />
            </label>{' '}
            <button type="submit" class="button small">
              {M.apply}
            </button>
          </fieldset>
          {draft.value.error ? (
            <p id="review-period-error" class="field-error" role="alert">
              {M.badPeriod}
            </p>
          ) : null}
        </form>
        {review ? (
          <p class="review-period-text">
            {M.periodText(d(review.period.from), d(review.period.to), d(review.readOn))}
            {review.scope.kind === 'establishment' ? ` ${M.projectsCounted(review.projects.length)}. ${M.detailNote}` : null}
          </p>
        ) : null}
        <p class="no-print">
          <button type="button" class="button primary" onClick={() => window.print()}>
            {M.print}
          </button>{' '}
          <span class="muted">{M.printHint}</span>
        </p>
      </header>
      {failed.value ? <p class="notice error">{failed.value}</p> : null}
      {!review && !failed.value ? <p>{M.loading}</p> : null}
      {review && address.projectId && !project ? <p class="notice error">{M.notFound}</p> : null}
      {review && (!address.projectId || project)
        ? shown.map((s) => <Section key={s.id} {...s} subject={subject} period={review.period} />)
        : null}
    </main>
  );
}
