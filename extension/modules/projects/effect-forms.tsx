/**
 * The two forms of a project's effects: a new indicator (a category of the guide, with its
 * line of help, a name, a unit and the wanted direction) and a new measurement of one
 * indicator (dated today by default; a value and/or an observation, its source, and the
 * two people who assessed it — a patient partner AND a professional, the guide's
 * participatory evaluation, 4.4 l.766). What is missing is said in the form's words before
 * anything is written; the store validates again with the shared schema. Both forms also
 * correct what was recorded (`initial`); changing an indicator's unit under figures
 * already typed is asked in words first, since the figures are not converted.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { EFFECT_CATEGORY_LIST } from '../../../shared/effects/categories';
import { localized } from '../../../shared/i18n/locale';
import {
  EFFECT_DIRECTIONS,
  type EffectCategory,
  type EffectDirection,
  type EffectMeasurement,
} from '../../../shared/schemas/effect';
import type { MeasurementProblem } from '../i18n/effects';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { IndicatorDraft, MeasurementDraft } from '../workspace/effects-store';
import { emsg, wm } from '../workspace/messages';
import { localToday } from './meeting-form';

/** « 12,5 », « 12.5 », « 1 200 » → a number; '' → undefined; anything else → NaN. */
export function readValue(typed: string): number | undefined {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!compact) return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact) ? Number(compact) : Number.NaN;
}

/** What a measurement lacks, in the form's order (nothing: it can be written). */
export function measurementProblems(fields: {
  date: string;
  value: string;
  observation: string;
  source: string;
  patientPartner: string;
  professional: string;
}): MeasurementProblem[] {
  const value = readValue(fields.value);
  const problems: MeasurementProblem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) problems.push('date');
  if (value !== undefined && !Number.isFinite(value)) problems.push('number');
  else if (value === undefined && !fields.observation.trim()) problems.push('empty');
  if (!fields.source.trim()) problems.push('source');
  if (!fields.patientPartner.trim()) problems.push('patientPartner');
  if (!fields.professional.trim()) problems.push('professional');
  return problems;
}

/** The form's alert: empty until something is refused, then focused so it is read at once. */
function useAlert() {
  const error = useSignal<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const say = (message: string | null) => {
    error.value = message;
    if (message) queueMicrotask(() => ref.current?.focus());
  };
  const node = (
    <div ref={ref} role="alert" tabIndex={-1} class={error.value ? 'notice error' : undefined}>
      {error.value ? <p>{error.value}</p> : null}
    </div>
  );
  return { say, node };
}

export interface IndicatorFormProps {
  /** Where the form's ids start: unique on the page. */
  readonly idBase: string;
  /** The indicator being edited (its measurements stay); absent for a new one. */
  readonly initial?: IndicatorDraft & { readonly label: string };
  /** How many of its measurements have a figure (read in the unit: a new unit is asked about first). */
  readonly figures?: number;
  readonly onSubmit: (draft: IndicatorDraft) => Promise<void>;
  readonly onCancel: () => void;
}

export function IndicatorForm({ idBase, initial, figures = 0, onSubmit, onCancel }: IndicatorFormProps) {
  const E = emsg.value;
  const m = wm.value;
  const category = useSignal<EffectCategory>(initial?.category ?? 'clinical');
  const label = useSignal(initial?.label ?? '');
  const unit = useSignal(initial?.unit ?? '');
  const direction = useSignal<EffectDirection>(initial?.direction ?? 'none');
  const busy = useSignal(false);
  /** The unit change being confirmed (figures typed in the old unit would be read in the new one). */
  const askingUnit = useSignal(false);
  const unitQuestion = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useAlert();
  const id = idBase;
  // A new indicator's form sits under the panel's heading (h3); an edited one inside its indicator (h5).
  const Heading = initial ? 'h6' : 'h4';
  const lang = locale.value;
  const chosen = EFFECT_CATEGORY_LIST.find((c) => c.id === category.value);

  useEffect(() => heading.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    void save(false);
  };
  const save = async (unitConfirmed: boolean) => {
    if (busy.value) return;
    if (!label.value.trim()) {
      askingUnit.value = false;
      alert.say(E.noLabel);
      return;
    }
    alert.say(null);
    if (!unitConfirmed && initial && figures > 0 && unit.value.trim() !== (initial.unit ?? '')) {
      askingUnit.value = true;
      queueMicrotask(() => unitQuestion.current?.focus());
      return;
    }
    askingUnit.value = false;
    busy.value = true;
    try {
      await onSubmit({ category: category.value, label: label.value, unit: unit.value.trim(), direction: direction.value });
    } catch (failure) {
      alert.say(describeError(failure));
    } finally {
      busy.value = false;
    }
  };

  return (
    <form class="effect-form" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <Heading id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {initial ? E.editFormHeading(initial.label) : E.indicatorFormHeading}
      </Heading>
      {alert.node}
      <div class="field">
        <label for={`${id}-category`}>{E.category}</label>
        <select
          id={`${id}-category`}
          aria-describedby={`${id}-category-help`}
          value={category.value}
          onChange={(e) => (category.value = e.currentTarget.value as EffectCategory)}
        >
          {EFFECT_CATEGORY_LIST.map((c) => (
            <option key={c.id} value={c.id}>
              {E.categoryHeading(localized(c.label, lang), c.source)}
            </option>
          ))}
        </select>
        {/* The guide's line on the chosen category, read with the field (aria-describedby). */}
        <p class="hint" id={`${id}-category-help`} data-testid="effect-category-help">
          {chosen ? localized(chosen.help, lang) : ''}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-label`}>{E.label}</label>
        <input
          id={`${id}-label`}
          type="text"
          maxLength={300}
          autocomplete="off"
          required
          aria-describedby={`${id}-label-hint`}
          value={label.value}
          onInput={(e) => (label.value = e.currentTarget.value)}
        />
        <p class="hint" id={`${id}-label-hint`}>
          {E.labelHint}
        </p>
      </div>
      <div class="field-row">
        <div class="field">
          <label for={`${id}-unit`}>{E.unit}</label>
          <input
            id={`${id}-unit`}
            type="text"
            maxLength={40}
            autocomplete="off"
            aria-describedby={`${id}-unit-hint`}
            value={unit.value}
            onInput={(e) => (unit.value = e.currentTarget.value)}
          />
          <p class="hint" id={`${id}-unit-hint`}>
            {E.unitHint}
          </p>
        </div>
        <div class="field">
          <label for={`${id}-direction`}>{E.direction}</label>
          <select
            id={`${id}-direction`}
            value={direction.value}
            onChange={(e) => (direction.value = e.currentTarget.value as EffectDirection)}
          >
            {EFFECT_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {E.directions[d]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {askingUnit.value && initial ? (
        <div class="notice" role="alert" tabIndex={-1} ref={unitQuestion} data-testid="effect-unit-question">
          <p>{E.unitChange(figures, initial.unit ?? '', unit.value.trim())}</p>
          <div class="actions">
            <button type="button" class="button primary" onClick={() => void save(true)}>
              {E.unitConfirm}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                unit.value = initial.unit ?? '';
                askingUnit.value = false;
                queueMicrotask(() => document.getElementById(`${id}-unit`)?.focus());
              }}
            >
              {E.unitKeep}
            </button>
          </div>
        </div>
      ) : null}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy.value}>
          {initial ? E.saveIndicator : E.addIndicator}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

export interface MeasurementFormProps {
  readonly indicatorId: string;
  /** The measurement being corrected (its id kept); absent for a new one. */
  readonly initial?: EffectMeasurement;
  readonly label: string;
  readonly unit: string;
  readonly onSubmit: (measurement: MeasurementDraft) => Promise<void>;
  readonly onCancel: () => void;
}

/** A stored figure as the value field shows it: the decimal separator of the language, every digit kept. */
const typedValue = (value: number | undefined, lang: string) =>
  value === undefined ? '' : lang === 'fr' ? String(value).replace('.', ',') : String(value);

export function MeasurementForm({ indicatorId, initial, label, unit, onSubmit, onCancel }: MeasurementFormProps) {
  const E = emsg.value;
  const m = wm.value;
  const fields = useSignal({
    date: initial?.date ?? localToday(),
    value: typedValue(initial?.value, locale.value),
    observation: initial?.observation ?? '',
    source: initial?.source ?? '',
    patientPartner: initial?.assessedBy.patientPartner ?? '',
    professional: initial?.assessedBy.professional ?? '',
  });
  const busy = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useAlert();
  const id = initial ? `measure-edit-${initial.id}` : `measure-${indicatorId}`;
  const set = (patch: Partial<typeof fields.value>) => (fields.value = { ...fields.value, ...patch });

  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy.value) return;
    const f = fields.value;
    const problems = measurementProblems(f);
    if (problems.length) {
      alert.say(E.refused(problems.map((p) => E.problems[p])));
      return;
    }
    alert.say(null);
    busy.value = true;
    const value = readValue(f.value);
    try {
      await onSubmit({
        date: f.date,
        ...(value === undefined ? {} : { value }),
        observation: f.observation.trim(),
        source: f.source,
        assessedBy: { patientPartner: f.patientPartner, professional: f.professional },
      });
    } catch (failure) {
      alert.say(describeError(failure));
    } finally {
      busy.value = false;
    }
  };

  const text = (key: 'source' | 'patientPartner' | 'professional', name: string, max: number, hint?: string) => (
    <div class="field">
      <label for={`${id}-${key}`}>{name}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        maxLength={max}
        autocomplete="off"
        required
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        value={fields.value[key]}
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
      {hint ? (
        <p class="hint" id={`${id}-${key}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );

  return (
    <form class="effect-form" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h6 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {initial ? E.editMeasurementHeading(m.date(initial.date), label) : E.measurementFormHeading(label)}
      </h6>
      {alert.node}
      <div class="field-row">
        <div class="field">
          <label for={`${id}-date`}>{E.date}</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={fields.value.date}
            onInput={(e) => set({ date: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-value`}>{E.valueField(unit)}</label>
          <input
            id={`${id}-value`}
            type="text"
            inputMode="decimal"
            maxLength={30}
            autocomplete="off"
            aria-describedby={`${id}-value-hint`}
            value={fields.value.value}
            onInput={(e) => set({ value: e.currentTarget.value })}
          />
          <p class="hint" id={`${id}-value-hint`}>
            {E.valueHint}
          </p>
        </div>
      </div>
      <div class="field">
        <label for={`${id}-observation`}>{E.observation}</label>
        <textarea
          id={`${id}-observation`}
          maxLength={5000}
          value={fields.value.observation}
          onInput={(e) => set({ observation: e.currentTarget.value })}
        />
      </div>
      {text('source', E.source, 300, E.sourceHint)}
      <fieldset aria-describedby={`${id}-assessors-hint`}>
        <legend>{E.assessedBy}</legend>
        <p class="hint" id={`${id}-assessors-hint`}>
          {E.assessedByHint}
        </p>
        <div class="field-row">
          {text('patientPartner', E.patientPartner, 200)}
          {text('professional', E.professional, 200)}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy.value}>
          {initial ? E.saveIndicator : E.saveMeasurement}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
