/**
 * The words of a project's effects (projects/effects-panel.tsx, effect-forms.tsx), French
 * first. The categories' names and help come from shared/effects/categories.ts (the guide's
 * own words); here, what the panel says around them. The participatory evaluation is quoted
 * from the guide (4.4, l.766) where the form asks for both assessors. The trend is
 * Binôme's reading and says so; it never claims the partnership caused a change.
 */
import { formatNumber, plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';
import type { EffectDirection } from '../../../shared/schemas/effect';

/** What a measurement form can lack (effect-forms.tsx checks them before anything is written). */
export type MeasurementProblem = 'date' | 'number' | 'empty' | 'source' | 'patientPartner' | 'professional';

const fr = {
  heading: 'Effets du projet',
  intro:
    'Le guide de la HAS propose d’évaluer les effets d’un projet mené en partenariat à partir de six catégories (chapitre 5), auxquelles peuvent s’ajouter des indicateurs propres au projet (4.4). Chaque mesure est datée, avec sa source et les deux personnes qui l’ont évaluée.',
  none: 'Aucun indicateur choisi.',
  categoryHeading: (label: string, source: string) =>
    source.startsWith('l.') ? `${label} (guide, 4.4)` : `${label} (guide, ${source})`,
  categorySummary: (indicators: number, measurements: number, last: string | undefined) =>
    `${plural(indicators, { one: '# indicateur', other: '# indicateurs' }, 'fr')}, ${plural(measurements, { one: '# mesure', other: '# mesures' }, 'fr')}${last ? `, la dernière le ${last}` : ''}.`,
  indicatorHeading: (label: string, unit: string) => (unit ? `${label} (${unit})` : label),
  directions: {
    increase: 'À la hausse : plus la valeur est haute, mieux c’est',
    decrease: 'À la baisse : plus la valeur est basse, mieux c’est',
    none: 'Aucun : indicateur descriptif ou qualitatif',
  } satisfies Record<EffectDirection, string>,
  directionShort: (direction: EffectDirection): string =>
    direction === 'increase'
      ? 'Sens souhaité : à la hausse.'
      : direction === 'decrease'
        ? 'Sens souhaité : à la baisse.'
        : 'Aucun sens souhaité.',
  noMeasurement: 'Aucune mesure pour l’instant.',
  tableCaption: (label: string) => `Mesures : ${label}`,
  columns: {
    date: 'Date',
    value: 'Valeur',
    observation: 'Observation',
    source: 'Source',
    assessedBy: 'Évaluée par',
    actions: 'Modifier ou supprimer',
  },
  value: (value: number, unit: string) => `${formatNumber(value, 'fr')}${unit ? ` ${unit}` : ''}`,
  noValue: 'sans valeur',
  assessors: (patientPartner: string, professional: string) =>
    `${patientPartner} (patiente ou patient partenaire) et ${professional} (professionnelle ou professionnel)`,
  // The trend in words (never by colour alone): what moved, then Binôme's reading of it.
  trend: {
    improved: (from: string, to: string, a: string, b: string) =>
      `Tendance : du ${from} au ${to}, de ${a} à ${b}, dans le sens souhaité.`,
    worsened: (from: string, to: string, a: string, b: string) =>
      `Tendance : du ${from} au ${to}, de ${a} à ${b}, dans le sens contraire de celui souhaité.`,
    stable: (from: string, to: string, a: string) => `Tendance : ${a} le ${from} comme le ${to}, stable.`,
    noDirection: (from: string, to: string, a: string, b: string, up: boolean) =>
      `Tendance : du ${from} au ${to}, de ${a} à ${b} (${up ? 'en hausse' : 'en baisse'}) ; aucun sens souhaité n’a été choisi, Binôme ne dit donc pas si c’est mieux.`,
    tooFew: 'Tendance : pas encore, il faut au moins deux mesures chiffrées.',
  },
  trendNote:
    'Lecture de Binôme, pas du guide : la première et la dernière mesure chiffrées comparées au sens souhaité. Elle ne dit pas ce qui a causé l’évolution.',
  // The indicator form.
  create: 'Nouvel indicateur',
  indicatorFormHeading: 'Nouvel indicateur',
  category: 'Catégorie',
  label: 'Intitulé de l’indicateur',
  labelHint: 'Par exemple : durée moyenne de séjour, nombre de questions posées en consultation.',
  unit: 'Unité (facultative)',
  unitHint: 'Jours, %, points sur 10… Laissez vide pour un indicateur qualitatif.',
  direction: 'Sens souhaité',
  addIndicator: 'Ajouter l’indicateur',
  noLabel: 'Rien n’a été enregistré : indiquez l’intitulé de l’indicateur.',
  indicatorAdded: (label: string) => `Indicateur « ${label} » ajouté.`,
  edit: 'Modifier',
  editNamed: (label: string) => `Modifier l’indicateur : ${label}`,
  editFormHeading: (label: string) => `Modifier l’indicateur : ${label}`,
  saveIndicator: 'Enregistrer les modifications',
  indicatorSaved: (label: string) => `Indicateur « ${label} » modifié ; ses mesures sont gardées.`,
  // The measurement form.
  addMeasurement: 'Ajouter une mesure',
  addMeasurementNamed: (label: string) => `Ajouter une mesure : ${label}`,
  measurementFormHeading: (label: string) => `Nouvelle mesure : ${label}`,
  date: 'Date de la mesure',
  valueField: (unit: string) =>
    unit
      ? `Valeur, en ${unit} (facultative si une observation est donnée)`
      : 'Valeur (facultative si une observation est donnée)',
  valueHint: 'Un nombre, par exemple 12 ou 12,5.',
  observation: 'Observation (facultative si une valeur est donnée)',
  source: 'Source',
  sourceHint: 'D’où vient la mesure : questionnaire, entretiens, PMSI, registre des plaintes…',
  assessedBy: 'Évaluée par',
  assessedByHint:
    'Le guide de la HAS demande une approche participative de l’évaluation : « il faut impliquer les personnes concernées dans l’évaluation des projets qui leur sont destinés » (4.4). Chaque mesure est donc évaluée par une patiente ou un patient partenaire et par une professionnelle ou un professionnel.',
  patientPartner: 'Patiente ou patient partenaire',
  professional: 'Professionnelle ou professionnel',
  saveMeasurement: 'Enregistrer la mesure',
  problems: {
    date: 'indiquez la date de la mesure',
    number: 'la valeur doit être un nombre, par exemple 12 ou 12,5',
    empty: 'indiquez une valeur ou une observation',
    source: 'indiquez la source',
    patientPartner: 'indiquez la patiente ou le patient partenaire qui a évalué',
    professional: 'indiquez la professionnelle ou le professionnel qui a évalué',
  } satisfies Record<MeasurementProblem, string>,
  refused: (problems: readonly string[]) => `Rien n’a été enregistré : ${problems.join(' ; ')}.`,
  measurementAdded: (label: string, date: string) => `Mesure du ${date} ajoutée à « ${label} ».`,
  // Deleting.
  deleteIndicatorNamed: (label: string) => `Supprimer l’indicateur : ${label}`,
  deleteIndicatorConfirm: (label: string) => `Supprimer l’indicateur « ${label} » et toutes ses mesures ?`,
  deleteIndicatorButton: 'Oui, supprimer l’indicateur',
  indicatorDeleted: (label: string) => `Indicateur « ${label} » supprimé.`,
  deleteMeasurementNamed: (date: string, label: string) => `Supprimer la mesure du ${date} : ${label}`,
  deleteMeasurementConfirm: (date: string, label: string) => `Supprimer la mesure du ${date} de « ${label} » ?`,
  deleteMeasurementButton: 'Oui, supprimer la mesure',
  measurementDeleted: (date: string) => `Mesure du ${date} supprimée.`,
  // Correcting a measurement, and an indicator's unit under figures already typed.
  editMeasurementNamed: (date: string, label: string) => `Modifier la mesure du ${date} : ${label}`,
  editMeasurementHeading: (date: string, label: string) => `Modifier la mesure du ${date} : ${label}`,
  measurementSaved: (label: string, date: string) => `Mesure du ${date} de « ${label} » modifiée.`,
  unitChange: (count: number, from: string, to: string) =>
    `${plural(count, { one: 'La mesure déjà saisie est', other: 'Les # mesures déjà saisies sont' }, 'fr')} ${from ? `en ${from}` : 'sans unité'} ; changer l’unité ${to ? `en « ${to} »` : 'pour aucune'} ne convertit pas ${plural(count, { one: 'sa valeur', other: 'leurs valeurs' }, 'fr')} : ${plural(count, { one: 'elle sera lue', other: 'elles seront lues' }, 'fr')} ${to ? `en ${to}` : 'sans unité'}. Changer l’unité quand même ?`,
  unitConfirm: 'Oui, changer l’unité',
  unitKeep: 'Garder l’unité d’avant',
};

export type EffectMessages = typeof fr;

const en: EffectMessages = {
  heading: 'Effects of the project',
  intro:
    'The HAS guide suggests evaluating the effects of a project led in partnership in six categories (chapter 5), to which the project’s own indicators may be added (4.4). Each measurement is dated, with its source and the two people who assessed it.',
  none: 'No indicator chosen.',
  categoryHeading: (label, source) => (source.startsWith('l.') ? `${label} (guide, 4.4)` : `${label} (guide, ${source})`),
  categorySummary: (indicators, measurements, last) =>
    `${plural(indicators, { one: '# indicator', other: '# indicators' }, 'en')}, ${plural(measurements, { one: '# measurement', other: '# measurements' }, 'en')}${last ? `, the latest on ${last}` : ''}.`,
  indicatorHeading: (label, unit) => (unit ? `${label} (${unit})` : label),
  directions: {
    increase: 'Up: the higher the value, the better',
    decrease: 'Down: the lower the value, the better',
    none: 'None: a descriptive or qualitative indicator',
  },
  directionShort: (direction) =>
    direction === 'increase'
      ? 'Wanted direction: up.'
      : direction === 'decrease'
        ? 'Wanted direction: down.'
        : 'No wanted direction.',
  noMeasurement: 'No measurement yet.',
  tableCaption: (label) => `Measurements: ${label}`,
  columns: {
    date: 'Date',
    value: 'Value',
    observation: 'Observation',
    source: 'Source',
    assessedBy: 'Assessed by',
    actions: 'Edit or delete',
  },
  value: (value, unit) => `${formatNumber(value, 'en')}${unit ? ` ${unit}` : ''}`,
  noValue: 'no value',
  assessors: (patientPartner, professional) => `${patientPartner} (patient partner) and ${professional} (professional)`,
  trend: {
    improved: (from, to, a, b) => `Trend: from ${from} to ${to}, from ${a} to ${b}, in the wanted direction.`,
    worsened: (from, to, a, b) => `Trend: from ${from} to ${to}, from ${a} to ${b}, against the wanted direction.`,
    stable: (from, to, a) => `Trend: ${a} on ${from} as on ${to}, stable.`,
    noDirection: (from, to, a, b, up) =>
      `Trend: from ${from} to ${to}, from ${a} to ${b} (${up ? 'up' : 'down'}); no wanted direction was chosen, so Binôme does not say whether it is better.`,
    tooFew: 'Trend: not yet, it takes at least two measurements with a figure.',
  },
  trendNote:
    'Binôme’s reading, not the guide’s: the first and last measurements with a figure compared with the wanted direction. It does not say what caused the change.',
  create: 'New indicator',
  indicatorFormHeading: 'New indicator',
  category: 'Category',
  label: 'Name of the indicator',
  labelHint: 'For instance: average length of stay, number of questions asked in consultation.',
  unit: 'Unit (optional)',
  unitHint: 'Days, %, points out of 10… Leave empty for a qualitative indicator.',
  direction: 'Wanted direction',
  addIndicator: 'Add the indicator',
  noLabel: 'Nothing was saved: give the indicator a name.',
  indicatorAdded: (label) => `Indicator "${label}" added.`,
  edit: 'Edit',
  editNamed: (label) => `Edit the indicator: ${label}`,
  editFormHeading: (label) => `Edit the indicator: ${label}`,
  saveIndicator: 'Save the changes',
  indicatorSaved: (label) => `Indicator "${label}" saved; its measurements are kept.`,
  addMeasurement: 'Add a measurement',
  addMeasurementNamed: (label) => `Add a measurement: ${label}`,
  measurementFormHeading: (label) => `New measurement: ${label}`,
  date: 'Date of the measurement',
  valueField: (unit) =>
    unit ? `Value, in ${unit} (optional if an observation is given)` : 'Value (optional if an observation is given)',
  valueHint: 'A number, for instance 12 or 12.5.',
  observation: 'Observation (optional if a value is given)',
  source: 'Source',
  sourceHint: 'Where the measurement comes from: questionnaire, interviews, hospital data, complaints register…',
  assessedBy: 'Assessed by',
  assessedByHint:
    'The HAS guide asks for a participatory approach to evaluation: "the people concerned must be involved in evaluating the projects meant for them" (4.4). Each measurement is therefore assessed by a patient partner and by a professional.',
  patientPartner: 'Patient partner',
  professional: 'Professional',
  saveMeasurement: 'Save the measurement',
  problems: {
    date: 'give the date of the measurement',
    number: 'the value must be a number, for instance 12 or 12.5',
    empty: 'give a value or an observation',
    source: 'give the source',
    patientPartner: 'name the patient partner who assessed it',
    professional: 'name the professional who assessed it',
  },
  refused: (problems) => `Nothing was saved: ${problems.join('; ')}.`,
  measurementAdded: (label, date) => `Measurement of ${date} added to "${label}".`,
  deleteIndicatorNamed: (label) => `Delete the indicator: ${label}`,
  deleteIndicatorConfirm: (label) => `Delete the indicator "${label}" and all its measurements?`,
  deleteIndicatorButton: 'Yes, delete the indicator',
  indicatorDeleted: (label) => `Indicator "${label}" deleted.`,
  deleteMeasurementNamed: (date, label) => `Delete the measurement of ${date}: ${label}`,
  deleteMeasurementConfirm: (date, label) => `Delete the measurement of ${date} from "${label}"?`,
  deleteMeasurementButton: 'Yes, delete the measurement',
  measurementDeleted: (date) => `Measurement of ${date} deleted.`,
  editMeasurementNamed: (date, label) => `Edit the measurement of ${date}: ${label}`,
  editMeasurementHeading: (date, label) => `Edit the measurement of ${date}: ${label}`,
  measurementSaved: (label, date) => `Measurement of ${date} of "${label}" edited.`,
  unitChange: (count, from, to) =>
    `${plural(count, { one: 'The measurement already entered is', other: 'The # measurements already entered are' }, 'en')} ${from ? `in ${from}` : 'without a unit'}; changing the unit ${to ? `to "${to}"` : 'to none'} does not convert ${plural(count, { one: 'its value', other: 'their values' }, 'en')}: ${plural(count, { one: 'it will be read', other: 'they will be read' }, 'en')} ${to ? `in ${to}` : 'without a unit'}. Change the unit all the same?`,
  unitConfirm: 'Yes, change the unit',
  unitKeep: 'Keep the former unit',
};

export const EFFECT_MESSAGES: Readonly<Record<Locale, EffectMessages>> = { fr, en };
