/**
 * The words of the checklist answered by several people (projects/checklist-members-panel.tsx,
 * issue 17.2), French first. The guide gives no score to the checklist, so none is named here.
 */

import type { DifferenceKind, MemberSide } from '../../../shared/checklist/disagreement';
import { plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';

const fr = {
  heading: 'Réponses de chaque membre',
  intro:
    'Chaque membre de l’équipe (patient partenaire, professionnel…) répond séparément à la check-list ; la comparaison montre où les réponses diffèrent, là où l’équipe doit en parler.',
  name: 'Nom (facultatif)',
  side: 'Répond en tant que',
  sides: {
    patient_partner: 'Patiente ou patient partenaire',
    professional: 'Professionnelle ou professionnel',
    other: 'Autre personne',
  } satisfies Record<MemberSide, string>,
  sidesShort: {
    patient_partner: 'Patients partenaires',
    professional: 'Professionnels',
    other: 'Autres personnes',
  } satisfies Record<MemberSide, string>,
  add: 'Ajouter ce membre',
  added: (who: string) => `Membre ajouté : ${who} — ses réponses s’ouvrent ci-dessous.`,
  none: 'Aucun membre n’a encore répondu séparément.',
  answer: (who: string) => `Répondre pour ${who}`,
  close: (who: string) => `Fermer les réponses de ${who}`,
  remove: (who: string) => `Retirer ${who}`,
  removed: (who: string) => `Membre retiré : ${who}.`,
  answersOf: (who: string) => `Réponses de ${who}`,
  notYet: 'pas encore de réponse',
  answeredOn: (date: string) => `réponses du ${date}`,
  diffHeading: 'Où nos réponses diffèrent',
  diffNeedTwo: 'Il faut les réponses d’au moins deux membres pour les comparer.',
  diffCaption: (n: number) =>
    `Réponses de chaque membre, critère par critère : ${plural(n, { one: '# critère à discuter', other: '# critères à discuter' }, 'fr')}.`,
  criterion: 'Critère',
  difference: 'Écart',
  noAnswer: 'sans réponse',
  notAsked: '—',
  kinds: {
    answers: (answers: string) => `Réponses différentes (${answers})`,
    unanswered: 'Pas encore répondu par tous',
    agree: 'Même réponse',
    nobody: 'Personne n’a répondu',
  } satisfies Record<DifferenceKind, unknown>,
  sidesDiffer: 'patients partenaires et professionnels ne disent pas la même chose',
  sep: ' : ',
  list: ' ; ',
};

export type ChecklistMembersMessages = typeof fr;

const en: ChecklistMembersMessages = {
  heading: 'Each member’s answers',
  intro:
    'Each team member (patient partner, professional…) answers the checklist separately; the comparison shows where answers differ, which is where the team has to talk.',
  name: 'Name (optional)',
  side: 'Answers as',
  sides: { patient_partner: 'Patient partner', professional: 'Professional', other: 'Other person' },
  sidesShort: { patient_partner: 'Patient partners', professional: 'Professionals', other: 'Other people' },
  add: 'Add this member',
  added: (who) => `${who} added: their answers open below.`,
  none: 'No member has answered separately yet.',
  answer: (who) => `Answer for ${who}`,
  close: (who) => `Close ${who}’s answers`,
  remove: (who) => `Remove ${who}`,
  removed: (who) => `${who} removed.`,
  answersOf: (who) => `${who}’s answers`,
  notYet: 'no answers yet',
  answeredOn: (date) => `answers of ${date}`,
  diffHeading: 'Where our answers differ',
  diffNeedTwo: 'At least two members’ answers are needed to compare them.',
  diffCaption: (n) =>
    `Each member’s answers, criterion by criterion: ${plural(n, { one: '# criterion to discuss', other: '# criteria to discuss' }, 'en')}.`,
  criterion: 'Criterion',
  difference: 'Difference',
  noAnswer: 'no answer',
  notAsked: '—',
  kinds: {
    answers: (answers) => `Different answers (${answers})`,
    unanswered: 'Not answered by everyone yet',
    agree: 'Same answer',
    nobody: 'Nobody answered',
  },
  sidesDiffer: 'patient partners and professionals do not say the same',
  sep: ': ',
  list: '; ',
};

export const CHECKLIST_MEMBERS_MESSAGES: Readonly<Record<Locale, ChecklistMembersMessages>> = { fr, en };
