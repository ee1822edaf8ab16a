/**
 * A project's effects (HAS guide 2026, 4.4 l.764–776 and chapter 5): the indicators the
 * team chose, grouped by the guide's categories (5.1 … 5.6, then the project's own), each
 * with its measurements as a table (date, value, observation, source, who assessed it) and
 * its trend said in words — Binôme's reading (shared/effects/indicators.ts), said as such
 * under it, never by colour alone and never as a cause. New indicators and measurements
 * come from effect-forms.tsx, and so do their corrections (« Modifier »).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { EFFECT_CATEGORY_INFO } from '../../../shared/effects/categories';
import { effectTrend, groupByCategory, measurementSeries, summarizeEffects } from '../../../shared/effects/indicators';
import { localized } from '../../../shared/i18n/locale';
import type { EffectIndicatorRecord, EffectMeasurement } from '../../../shared/schemas/effect';
import type { EffectMessages } from '../i18n/effects';
import type { ProjectRecord } from '../store/records';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import type { IndicatorDraft, MeasurementDraft } from '../workspace/effects-store';
import { emsg, wm } from '../workspace/messages';
import { useProjectRecords } from '../workspace/use-project-records';
import type { WorkspaceState } from '../workspace/workspace-state';
import { IndicatorForm, MeasurementForm } from './effect-forms';
import './effects.css';

/** The trend of one indicator in a sentence. */
function trendText(indicator: EffectIndicatorRecord, E: EffectMessages, date: (iso: string) => string): string {
  const trend = effectTrend(indicator);
  if (!trend.first || !trend.last) return E.trend.tooFew;
  const from = date(trend.first.date);
  const to = date(trend.last.date);
  const a = E.value(trend.first.value, indicator.unit);
  const b = E.value(trend.last.value, indicator.unit);
  if (trend.reading === 'improved') return E.trend.improved(from, to, a, b);
  if (trend.reading === 'worsened') return E.trend.worsened(from, to, a, b);
  if (trend.reading === 'stable') return E.trend.stable(from, to, a);
  return E.trend.noDirection(from, to, a, b, trend.movement === 'up');
}

/** What is being confirmed: an indicator's deletion, or one of its measurements'. */
type Confirming = { readonly indicator: string; readonly measurement?: string } | null;

export function EffectsPanel({ workspace, project, say }: { workspace: WorkspaceState; project: ProjectRecord; say: Say }) {
  const E = emsg.value;
  const m = wm.value;
  const lang = locale.value;
  const indicators = useSignal<EffectIndicatorRecord[]>([]);
  const creating = useSignal(false);
  /** The indicator whose measurement form is open. */
  const measuring = useSignal<string | null>(null);
  /** The indicator being edited (name, unit, direction, category). */
  const editing = useSignal<string | null>(null);
  /** The measurement being corrected. */
  const correcting = useSignal<{ readonly indicator: string; readonly measurement: string } | null>(null);
  const confirming = useSignal<Confirming>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const headingId = `effects-${project.id}`;

  useProjectRecords(
    workspace,
    project.id,
    'effects',
    () => workspace.store.effects.listEffects(project.id),
    (list) => (indicators.value = list),
  );

  useEffect(() => {
    if (confirming.value) confirmButton.current?.focus();
  }, [confirming.value]);

  const reload = async () => {
    indicators.value = await workspace.store.effects.listEffects(project.id);
  };
  /** Back to the button that opened a form (by id: it may have been drawn again). */
  const focusLater = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());
  const measureButtonId = (indicatorId: string) => `${headingId}-measure-${indicatorId}`;
  const editButtonId = (indicatorId: string) => `${headingId}-edit-${indicatorId}`;

  const closeEdit = (indicatorId: string) => {
    editing.value = null;
    focusLater(editButtonId(indicatorId));
  };
  const saveIndicator = async (indicator: EffectIndicatorRecord, draft: IndicatorDraft) => {
    const saved = await workspace.store.effects.updateIndicator(indicator.id, draft);
    await reload();
    say({ text: E.indicatorSaved(saved?.label ?? draft.label), tone: 'success' });
    closeEdit(indicator.id);
  };

  const correctButtonId = (measurementId: string) => `${headingId}-correct-${measurementId}`;
  const closeCorrect = (measurementId: string) => {
    correcting.value = null;
    focusLater(correctButtonId(measurementId));
  };
  const saveMeasurement = async (indicator: EffectIndicatorRecord, measurementId: string, measurement: MeasurementDraft) => {
    await workspace.store.effects.updateMeasurement(indicator.id, measurementId, measurement);
    await reload();
    say({ text: E.measurementSaved(indicator.label, m.date(measurement.date)), tone: 'success' });
    closeCorrect(measurementId);
  };

  const closeCreate = () => {
    creating.value = false;
    queueMicrotask(() => createButton.current?.focus());
  };
  const addIndicator = async (draft: IndicatorDraft) => {
    const added = await workspace.store.effects.addIndicator(project.id, draft);
    await reload();
    say({ text: E.indicatorAdded(added.label), tone: 'success' });
    creating.value = false;
    // The next step is its first measurement.
    focusLater(measureButtonId(added.id));
  };

  const closeMeasure = (indicatorId: string) => {
    measuring.value = null;
    focusLater(measureButtonId(indicatorId));
  };
  const addMeasurement = async (indicator: EffectIndicatorRecord, measurement: MeasurementDraft) => {
    await workspace.store.effects.addMeasurement(indicator.id, measurement);
    await reload();
    say({ text: E.measurementAdded(indicator.label, m.date(measurement.date)), tone: 'success' });
    closeMeasure(indicator.id);
  };

  const removeIndicator = async (indicator: EffectIndicatorRecord) => {
    try {
      await workspace.store.effects.deleteIndicator(indicator.id);
      confirming.value = null;
      await reload();
      say({ text: E.indicatorDeleted(indicator.label), tone: 'success' });
      queueMicrotask(() => createButton.current?.focus());
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };
  const removeMeasurement = async (indicator: EffectIndicatorRecord, measurement: EffectMeasurement) => {
    try {
      await workspace.store.effects.deleteMeasurement(indicator.id, measurement.id);
      confirming.value = null;
      await reload();
      say({ text: E.measurementDeleted(m.date(measurement.date)), tone: 'success' });
      focusLater(measureButtonId(indicator.id));
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const confirmBox = (text: string, button: string, run: () => void) => (
    <div class="notice error" role="alert">
      <p>{text}</p>
      <div class="actions">
        <button type="button" class="button danger primary" ref={confirmButton} onClick={run}>
          {button}
        </button>
        <button type="button" class="button" onClick={() => (confirming.value = null)}>
          {m.cancel}
        </button>
      </div>
    </div>
  );

  const table = (indicator: EffectIndicatorRecord, captionId: string) => {
    const series = measurementSeries(indicator);
    return (
      // Focusable so that keyboard users can scroll a table wider than a narrow side panel.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus (WCAG 2.1.1).
      <section class="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table class="effect-table" data-testid="effect-measurements">
          <caption id={captionId}>{E.tableCaption(indicator.label)}</caption>
          <thead>
            <tr>
              <th scope="col">{E.columns.date}</th>
              <th scope="col">{E.columns.value}</th>
              <th scope="col">{E.columns.observation}</th>
              <th scope="col">{E.columns.source}</th>
              <th scope="col">{E.columns.assessedBy}</th>
              <th scope="col">
                <span class="visually-hidden">{E.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {series.map((measurement) => {
              const day = m.date(measurement.date);
              const open = confirming.value?.indicator === indicator.id && confirming.value.measurement === measurement.id;
              return (
                <tr key={measurement.id}>
                  <th scope="row">{day}</th>
                  <td>{measurement.value === undefined ? E.noValue : E.value(measurement.value, indicator.unit)}</td>
                  <td class="pre">{measurement.observation}</td>
                  <td>{measurement.source}</td>
                  <td>{E.assessors(measurement.assessedBy.patientPartner, measurement.assessedBy.professional)}</td>
                  <td class="row-actions">
                    <button
                      type="button"
                      class="button small"
                      id={correctButtonId(measurement.id)}
                      aria-label={E.editMeasurementNamed(day, indicator.label)}
                      aria-expanded={
                        correcting.value?.indicator === indicator.id && correcting.value.measurement === measurement.id
                      }
                      onClick={() => {
                        confirming.value = null;
                        correcting.value = { indicator: indicator.id, measurement: measurement.id };
                      }}
                    >
                      {E.edit}
                    </button>
                    <button
                      type="button"
                      class="button small danger"
                      aria-label={E.deleteMeasurementNamed(day, indicator.label)}
                      aria-expanded={open}
                      onClick={() => (confirming.value = { indicator: indicator.id, measurement: measurement.id })}
                    >
                      {m.delete}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    );
  };

  const list = indicators.value;
  const summary = new Map(summarizeEffects(list).map((s) => [s.category, s]));

  return (
    <section class="panel effects" aria-labelledby={headingId}>
      <h3 id={headingId}>{E.heading}</h3>
      <p class="hint">{E.intro}</p>
      {list.length ? (
        groupByCategory(list).map(({ category, indicators: group }) => {
          const info = EFFECT_CATEGORY_INFO[category];
          const line = summary.get(category);
          const groupId = `${headingId}-${category}`;
          return (
            <section key={category} class="effect-category" aria-labelledby={groupId} data-category={category}>
              <h4 id={groupId}>{E.categoryHeading(localized(info.label, lang), info.source)}</h4>
              {line ? (
                <p class="muted">
                  {E.categorySummary(line.indicators, line.measurements, line.lastDate && m.date(line.lastDate))}
                </p>
              ) : null}
              {group.map((indicator) => {
                const titleId = `${headingId}-indicator-${indicator.id}`;
                const confirmingThis = confirming.value?.indicator === indicator.id;
                const corrected =
                  correcting.value?.indicator === indicator.id
                    ? indicator.measurements.find((x) => x.id === correcting.value?.measurement)
                    : undefined;
                const confirmedMeasurement = confirmingThis
                  ? indicator.measurements.find((x) => x.id === confirming.value?.measurement)
                  : undefined;
                return (
                  <article key={indicator.id} class="effect-indicator" aria-labelledby={titleId} data-testid="effect-indicator">
                    <h5 id={titleId}>{E.indicatorHeading(indicator.label, indicator.unit)}</h5>
                    <p class="muted">{E.directionShort(indicator.direction)}</p>
                    {indicator.measurements.length ? (
                      <>
                        {table(indicator, `${titleId}-caption`)}
                        <p class="effect-trend" data-testid="effect-trend">
                          {trendText(indicator, E, m.date)}
                        </p>
                        <p class="hint">{E.trendNote}</p>
                      </>
                    ) : (
                      <p class="muted">{E.noMeasurement}</p>
                    )}
                    {confirmedMeasurement
                      ? confirmBox(
                          E.deleteMeasurementConfirm(m.date(confirmedMeasurement.date), indicator.label),
                          E.deleteMeasurementButton,
                          () => void removeMeasurement(indicator, confirmedMeasurement),
                        )
                      : null}
                    {corrected ? (
                      <MeasurementForm
                        key={corrected.id}
                        indicatorId={indicator.id}
                        initial={corrected}
                        label={indicator.label}
                        unit={indicator.unit}
                        onSubmit={(measurement) => saveMeasurement(indicator, corrected.id, measurement)}
                        onCancel={() => closeCorrect(corrected.id)}
                      />
                    ) : null}
                    {editing.value === indicator.id ? (
                      <IndicatorForm
                        idBase={`effect-edit-${indicator.id}`}
                        initial={indicator}
                        figures={indicator.measurements.filter((x) => x.value !== undefined).length}
                        onSubmit={(draft) => saveIndicator(indicator, draft)}
                        onCancel={() => closeEdit(indicator.id)}
                      />
                    ) : null}
                    {measuring.value === indicator.id ? (
                      <MeasurementForm
                        indicatorId={indicator.id}
                        label={indicator.label}
                        unit={indicator.unit}
                        onSubmit={(measurement) => addMeasurement(indicator, measurement)}
                        onCancel={() => closeMeasure(indicator.id)}
                      />
                    ) : (
                      <div class="actions tight">
                        <button
                          type="button"
                          class="button small"
                          id={measureButtonId(indicator.id)}
                          aria-label={E.addMeasurementNamed(indicator.label)}
                          onClick={() => (measuring.value = indicator.id)}
                        >
                          {E.addMeasurement}
                        </button>
                        <button
                          type="button"
                          class="button small"
                          id={editButtonId(indicator.id)}
                          aria-label={E.editNamed(indicator.label)}
                          aria-expanded={editing.value === indicator.id}
                          onClick={() => (editing.value = indicator.id)}
                        >
                          {E.edit}
                        </button>
                        <button
                          type="button"
                          class="button small danger"
                          aria-label={E.deleteIndicatorNamed(indicator.label)}
                          aria-expanded={confirmingThis && !confirming.value?.measurement}
                          onClick={() => (confirming.value = { indicator: indicator.id })}
                        >
                          {m.delete}
                        </button>
                      </div>
                    )}
                    {confirmingThis && !confirming.value?.measurement
                      ? confirmBox(
                          E.deleteIndicatorConfirm(indicator.label),
                          E.deleteIndicatorButton,
                          () => void removeIndicator(indicator),
                        )
                      : null}
                  </article>
                );
              })}
            </section>
          );
        })
      ) : (
        <p class="muted">{E.none}</p>
      )}
      {creating.value ? (
        <IndicatorForm idBase={`effect-new-${project.id}`} onSubmit={addIndicator} onCancel={closeCreate} />
      ) : (
        <div class="actions">
          <button type="button" class="button" ref={createButton} onClick={() => (creating.value = true)}>
            {E.create}
          </button>
        </div>
      )}
    </section>
  );
}
