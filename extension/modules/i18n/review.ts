/**
 * The words of the review (« bilan ») page (projects/review/), French first: the table and
 * column names the pure model is given (shared/review/model.ts ReviewLabels), and the
 * page's own text. The guide gives no score: none is named here. Groups of people are
 * written as docs/ecriture.md says (both forms spelt out, never abbreviated).
 */
import { plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';
import type { ReviewLabels, TableId } from '../../../shared/review/model';
import { domainLabel } from './vocab-labels';

type Labels = Omit<ReviewLabels, 'locale' | 'domain'>;

const frLabels: Labels = {
  tables: {
    checklist: 'Check-list : chaque évaluation datée',
    checklistLatest: 'Check-list : première et dernière évaluation de la période',
    differences: 'Où les réponses des membres diffèrent, à chaque date',
    differenceCriteria: 'Critères aux réponses différentes (dernières réponses de chaque membre)',
    effectsByCategory: 'Effets : indicateurs et mesures par catégorie du guide',
    effects: 'Effets : chaque indicateur',
    actions: 'Actions décidées en réunion pendant la période',
    actionsByMeeting: 'Réunions : participants et actions décidées',
    charters: 'Chartes de partenariat',
    partnersByRole: 'Partenaires associés, par rôle',
    partnersByDomain: 'Partenaires associés, par domaine des projets',
    teamBySide: 'Équipes des projets, par côté',
    load: 'Sollicitation de chaque partenaire',
  } satisfies Record<TableId, string>,
  columns: {
    project: 'Projet',
    date: 'Date',
    oui: 'Oui',
    en_cours: 'En cours',
    non: 'Non',
    unanswered: 'Sans réponse',
    criteria: 'Critères',
    evaluations: 'Évaluations',
    firstDate: 'Première date',
    firstOui: 'Oui à la première',
    lastDate: 'Dernière date',
    members: 'Membres comparés',
    answersDiffer: 'Réponses différentes',
    sidesDiffer: 'Dont patients partenaires et professionnels en désaccord',
    awaiting: 'Pas encore répondu par tous',
    criterion: 'Critère',
    patientAnswers: 'Réponses des patients partenaires',
    professionalAnswers: 'Réponses des professionnels',
    otherAnswers: 'Réponses des autres personnes',
    sidesDifferWord: 'Patients partenaires et professionnels diffèrent',
    category: 'Catégorie',
    indicators: 'Indicateurs',
    measurements: 'Mesures dans la période',
    indicator: 'Indicateur',
    unit: 'Unité',
    firstValue: 'Première valeur',
    lastValue: 'Dernière valeur',
    trend: 'Entre la première et la dernière valeur',
    improved: 'Dans le sens souhaité',
    worsened: 'Dans le sens contraire',
    stable: 'Stables',
    not_comparable: 'Non comparables',
    meetings: 'Réunions',
    decided: 'Actions décidées',
    done: 'Réalisées',
    open: 'En cours',
    late: 'En retard',
    patientPartners: 'Patients partenaires présents',
    professionals: 'Professionnels présents',
    others: 'Autres personnes présentes',
    recorded: 'Enregistrée le',
    text: 'Texte',
    origin: 'Signée ou importée',
    signatures: 'Signatures',
    signedInPeriod: 'Signées dans la période',
    patientSigned: 'Par des patients partenaires',
    professionalSigned: 'Par des professionnels de santé',
    otherSigned: 'Par d’autres signataires',
    signatories: 'Signataires',
    role: 'Rôle',
    partners: 'Partenaires',
    projects: 'Projets',
    domain: 'Domaine',
    partner: 'Partenaire',
    roles: 'Rôles',
    actionsCarried: 'Actions portées (par son nom)',
    activeMissions: 'Missions en cours déclarées',
    maxMissions: 'Au plus (son souhait)',
    loadStatus: 'Sollicitation',
    side: 'Côté',
    people: 'Personnes',
  },
  answers: { oui: 'oui', en_cours: 'en cours', non: 'non', unanswered: 'sans réponse' },
  trends: {
    improved: 'dans le sens souhaité',
    worsened: 'dans le sens contraire',
    stable: 'stable',
    not_comparable: 'non comparable',
  },
  sides: {
    patient_partner: 'Patientes et patients partenaires',
    professional: 'Professionnelles et professionnels',
    other: 'Autres personnes',
  },
  charterText: { model: 'Modèle de la HAS', adapted: 'Adaptée par l’établissement' },
  charterOrigin: { signed: 'Signée ici', imported: 'Importée' },
  signatoryRole: (id) =>
    ({
      patient_partenaire: 'patiente ou patient partenaire',
      professionnel_sante: 'professionnelle ou professionnel de santé',
      direction_etablissement: 'direction de l’établissement',
      association: 'association',
    })[id] ?? 'autre',
  yes: 'oui',
  no: 'non',
  noRole: 'Rôle non indiqué',
  none: '—',
  loadStatus: {
    canTakeAnother: 'une nouvelle sollicitation reste possible',
    fullyEngaged: 'à ne pas solliciter davantage pour le moment',
    undeclared: 'non déclarée',
  },
};

const enLabels: Labels = {
  tables: {
    checklist: 'Checklist: each dated evaluation',
    checklistLatest: 'Checklist: first and last evaluation of the period',
    differences: 'Where members’ answers differ, on each date',
    differenceCriteria: 'Criteria answered differently (each member’s latest answers)',
    effectsByCategory: 'Effects: indicators and measurements by the guide’s category',
    effects: 'Effects: each indicator',
    actions: 'Actions decided at meetings during the period',
    actionsByMeeting: 'Meetings: participants and decided actions',
    charters: 'Partnership charters',
    partnersByRole: 'Partners involved, by role',
    partnersByDomain: 'Partners involved, by the projects’ domain',
    teamBySide: 'Project teams, by side',
    load: 'Load of each partner',
  },
  columns: {
    project: 'Project',
    date: 'Date',
    oui: 'Yes',
    en_cours: 'In progress',
    non: 'No',
    unanswered: 'No answer',
    criteria: 'Criteria',
    evaluations: 'Evaluations',
    firstDate: 'First date',
    firstOui: 'Yes at the first',
    lastDate: 'Last date',
    members: 'Members compared',
    answersDiffer: 'Different answers',
    sidesDiffer: 'Of which patient partners and professionals disagree',
    awaiting: 'Not answered by all yet',
    criterion: 'Criterion',
    patientAnswers: 'Patient partners’ answers',
    professionalAnswers: 'Professionals’ answers',
    otherAnswers: 'Other people’s answers',
    sidesDifferWord: 'Patient partners and professionals differ',
    category: 'Category',
    indicators: 'Indicators',
    measurements: 'Measurements in the period',
    indicator: 'Indicator',
    unit: 'Unit',
    firstValue: 'First value',
    lastValue: 'Last value',
    trend: 'Between the first and last value',
    improved: 'The wished way',
    worsened: 'The other way',
    stable: 'Stable',
    not_comparable: 'Not comparable',
    meetings: 'Meetings',
    decided: 'Actions decided',
    done: 'Done',
    open: 'Open',
    late: 'Late',
    patientPartners: 'Patient partners present',
    professionals: 'Professionals present',
    others: 'Other people present',
    recorded: 'Recorded on',
    text: 'Text',
    origin: 'Signed or imported',
    signatures: 'Signatures',
    signedInPeriod: 'Signed in the period',
    patientSigned: 'By patient partners',
    professionalSigned: 'By health professionals',
    otherSigned: 'By other signatories',
    signatories: 'Signatories',
    role: 'Role',
    partners: 'Partners',
    projects: 'Projects',
    domain: 'Domain',
    partner: 'Partner',
    roles: 'Roles',
    actionsCarried: 'Actions carried (by name)',
    activeMissions: 'Declared missions under way',
    maxMissions: 'At most (their wish)',
    loadStatus: 'Load',
    side: 'Side',
    people: 'People',
  },
  answers: { oui: 'yes', en_cours: 'in progress', non: 'no', unanswered: 'no answer' },
  trends: {
    improved: 'the wished way',
    worsened: 'the other way',
    stable: 'stable',
    not_comparable: 'not comparable',
  },
  sides: { patient_partner: 'Patient partners', professional: 'Professionals', other: 'Other people' },
  charterText: { model: 'HAS model', adapted: 'Adapted by the establishment' },
  charterOrigin: { signed: 'Signed here', imported: 'Imported' },
  signatoryRole: (id) =>
    ({
      patient_partenaire: 'patient partner',
      professionnel_sante: 'health professional',
      direction_etablissement: 'establishment management',
      association: 'association',
    })[id] ?? 'other',
  yes: 'yes',
  no: 'no',
  noRole: 'Role not given',
  none: '—',
  loadStatus: {
    canTakeAnother: 'may be asked again',
    fullyEngaged: 'not to be asked more for now',
    undeclared: 'not declared',
  },
};

/** The labels the pure model takes, in `locale`. */
export function reviewLabels(locale: Locale): ReviewLabels {
  return { ...(locale === 'en' ? enLabels : frLabels), locale, domain: (id) => domainLabel(id, locale) };
}

const fr = {
  titleProject: (title: string) => `Bilan du projet « ${title} »`,
  titleEstablishment: 'Bilan de l’établissement : tous les projets',
  intro:
    'Le guide de la HAS demande une double évaluation : les effets du projet et la dynamique du partenariat (4.4). Ce bilan rassemble ce que Binôme garde sur la période ; il ne calcule aucune note, le guide n’en donne pas.',
  period: 'Période',
  from: 'Du',
  to: 'au',
  apply: 'Afficher cette période',
  badPeriod: 'Choisissez deux dates, la seconde après la première.',
  periodText: (from: string, to: string, readOn: string) => `Du ${from} au ${to} ; états lus le ${readOn}.`,
  projectsCounted: (n: number) =>
    plural(n, { one: '# projet en cours pendant la période', other: '# projets en cours pendant la période' }, 'fr'),
  print: 'Imprimer (A4)',
  printHint:
    'Pour un PDF, choisissez « Enregistrer au format PDF » comme imprimante : la mise en page A4 est prévue pour l’impression.',
  csv: 'Télécharger CSV',
  csvNamed: (table: string) => `Télécharger CSV : ${table}`,
  loading: 'Préparation du bilan…',
  notFound: 'Ce projet n’existe pas (ou plus) dans la bibliothèque.',
  back: 'Retour aux projets',
  chartLoading: 'Graphique en préparation…',
  chartFailed: 'Le graphique n’a pas pu être dessiné ; le tableau donne les mêmes chiffres.',
  empty: 'Rien à montrer sur cette période.',
  sections: {
    checklist: 'Check-list au fil du temps',
    differences: 'Écarts entre patients partenaires et professionnels',
    effects: 'Effets',
    actions: 'Suivi des actions',
    charters: 'Charte de partenariat',
    partners: 'Partenaires associés',
    load: 'Répartition de la sollicitation',
  },
  summaries: {
    checklist: (n: number, oui: number, total: number, date: string) =>
      n === 0
        ? 'Aucune évaluation datée dans la période.'
        : `${plural(n, { one: '# évaluation datée', other: '# évaluations datées' }, 'fr')} ; à la dernière (${date}), ${plural(oui, { one: `# critère sur ${total} a`, other: `# critères sur ${total} ont` }, 'fr')} la réponse « oui ».`,
    checklistLatest: (withEval: number, all: number) =>
      `${plural(withEval, { one: `# projet sur ${all} a`, other: `# projets sur ${all} ont` }, 'fr')} au moins une évaluation datée dans la période. Barres : réponses de la dernière évaluation de chaque projet.`,
    differences: (rows: number, last: number) =>
      rows === 0
        ? 'Pas de réponses séparées d’au moins deux membres dans la période.'
        : `À la dernière comparaison, ${plural(last, { one: '# critère reçoit', other: '# critères reçoivent' }, 'fr')} des réponses différentes : c’est là que l’équipe doit en parler.`,
    effects: (indicators: number, measurements: number) =>
      `${plural(indicators, { one: '# indicateur', other: '# indicateurs' }, 'fr')}, ${plural(measurements, { one: '# mesure', other: '# mesures' }, 'fr')} dans la période.`,
    actions: (total: number, done: number, open: number, late: number) =>
      `${plural(total, { one: '# action décidée', other: '# actions décidées' }, 'fr')} : ${plural(done, { one: '# réalisée', other: '# réalisées' }, 'fr')}, ${open} en cours, ${late} en retard.`,
    charters: (records: number, signatures: number) =>
      records === 0
        ? 'Aucune charte enregistrée.'
        : `${plural(records, { one: '# charte', other: '# chartes' }, 'fr')}, ${plural(signatures, { one: '# signature', other: '# signatures' }, 'fr')}.`,
    partners: (n: number) => plural(n, { one: '# partenaire associé', other: '# partenaires associés' }, 'fr'),
    load: (fully: number) =>
      fully === 0
        ? 'Personne n’a atteint le maximum de missions qu’elle a déclaré.'
        : `${plural(fully, { one: '# partenaire a', other: '# partenaires ont' }, 'fr')} atteint le maximum de missions déclaré : à ne pas solliciter davantage pour le moment.`,
  },
  chartOf: (table: string) => `Graphique : ${table}`,
  detail: (table: string, rows: number) => `Détail : ${table} (${plural(rows, { one: '# ligne', other: '# lignes' }, 'fr')})`,
  detailNote:
    'Le détail par évaluation, par réunion et par indicateur s’affiche à la demande ; chaque tableau se télécharge en CSV.',
  openProject: 'Bilan du projet',
  openEstablishment: 'Bilan de l’établissement',
  newTab: '(s’ouvre dans un nouvel onglet)',
  fullyEngagedMark: 'maximum atteint',
};

export type ReviewMessages = typeof fr;

const en: ReviewMessages = {
  titleProject: (title: string) => `Review of the project “${title}”`,
  titleEstablishment: 'Review of the establishment: every project',
  intro:
    'The HAS guide asks for a twofold evaluation: the effects of the project and the dynamics of the partnership (4.4). This review gathers what Binôme keeps over the period; it computes no score, the guide gives none.',
  period: 'Period',
  from: 'From',
  to: 'to',
  apply: 'Show this period',
  badPeriod: 'Choose two dates, the second after the first.',
  periodText: (from: string, to: string, readOn: string) => `From ${from} to ${to}; states read on ${readOn}.`,
  projectsCounted: (n: number) =>
    plural(n, { one: '# project running during the period', other: '# projects running during the period' }, 'en'),
  print: 'Print (A4)',
  printHint: 'For a PDF, choose “Save as PDF” as the printer: the A4 layout is made for printing.',
  csv: 'Download CSV',
  csvNamed: (table: string) => `Download CSV: ${table}`,
  loading: 'Preparing the review…',
  notFound: 'This project does not exist (any more) in the library.',
  back: 'Back to the projects',
  chartLoading: 'Preparing the chart…',
  chartFailed: 'The chart could not be drawn; the table gives the same figures.',
  empty: 'Nothing to show for this period.',
  sections: {
    checklist: 'Checklist over time',
    differences: 'Differences between patient partners and professionals',
    effects: 'Effects',
    actions: 'Follow-up of actions',
    charters: 'Partnership charter',
    partners: 'Partners involved',
    load: 'Spread of the load',
  },
  summaries: {
    checklist: (n: number, oui: number, total: number, date: string) =>
      n === 0
        ? 'No dated evaluation in the period.'
        : `${plural(n, { one: '# dated evaluation', other: '# dated evaluations' }, 'en')}; at the last one (${date}), ${oui} criteria out of ${total} are answered “yes”.`,
    checklistLatest: (withEval: number, all: number) =>
      `${withEval} projects out of ${all} have at least one dated evaluation in the period. Bars: the answers of each project’s last evaluation.`,
    differences: (rows: number, last: number) =>
      rows === 0
        ? 'No separate answers from at least two members in the period.'
        : `At the last comparison, ${plural(last, { one: '# criterion gets', other: '# criteria get' }, 'en')} different answers: that is where the team has to talk.`,
    effects: (indicators: number, measurements: number) =>
      `${plural(indicators, { one: '# indicator', other: '# indicators' }, 'en')}, ${plural(measurements, { one: '# measurement', other: '# measurements' }, 'en')} in the period.`,
    actions: (total: number, done: number, open: number, late: number) =>
      `${plural(total, { one: '# action decided', other: '# actions decided' }, 'en')}: ${done} done, ${open} open, ${late} late.`,
    charters: (records: number, signatures: number) =>
      records === 0
        ? 'No charter recorded.'
        : `${plural(records, { one: '# charter', other: '# charters' }, 'en')}, ${plural(signatures, { one: '# signature', other: '# signatures' }, 'en')}.`,
    partners: (n: number) => plural(n, { one: '# partner involved', other: '# partners involved' }, 'en'),
    load: (fully: number) =>
      fully === 0
        ? 'Nobody has reached the number of missions they declared as their maximum.'
        : `${plural(fully, { one: '# partner has', other: '# partners have' }, 'en')} reached their declared maximum of missions: not to be asked more for now.`,
  },
  chartOf: (table: string) => `Chart: ${table}`,
  detail: (table: string, rows: number) => `Detail: ${table} (${plural(rows, { one: '# row', other: '# rows' }, 'en')})`,
  detailNote: 'The detail per evaluation, meeting and indicator shows on request; every table downloads as CSV.',
  openProject: 'Project review',
  openEstablishment: 'Establishment review',
  newTab: '(opens in a new tab)',
  fullyEngagedMark: 'maximum reached',
};

export const REVIEW_MESSAGES: Record<Locale, ReviewMessages> = { fr, en };
