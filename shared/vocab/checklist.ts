/**
 * The HAS partnership checklist: Annex 2 of the guide (l.1000–1020), whose 10
 * criteria are identical to Table 8 (l.848–859). French text verbatim;
 * test/unit/shared/vocab/domains-guide.test.ts checks it against both places.
 * Ids `has.1` … `has.10` follow the guide's order and never change; criteria
 * a team adds must not use the `has.` prefix (schemas/checklist.ts).
 */
import { type Locale, type LocalizedText, localized } from '../i18n/locale';

export interface ChecklistCriterion {
  readonly id: ChecklistCriterionId;
  readonly label: LocalizedText;
}

export const CHECKLIST_TITLE: LocalizedText = {
  fr: 'Check-list du partenariat',
  en: 'Partnership checklist',
};

/** The definition heading Annex 2 (l.1002), verbatim, with its attribution. */
export const CHECKLIST_DEFINITION: LocalizedText = {
  fr: "Le partenariat en santé est le fait d'agir ensemble pour le bien-être physique, mental et social de chacun, en reconnaissant et en s'appuyant sur la complémentarité des expériences, savoirs et compétences des patients/proches aidants/personnes accompagnées et des professionnels du système de santé, par la co-construction, co-décision, co-mise en œuvre des projets de santé de chacun et de tous. (Savoirs Patients)",
  en: 'Health partnership means acting together for the physical, mental and social well-being of each and every one, recognising and drawing on the complementarity of the experiences, knowledge and skills of patients/family carers/people supported and of health-system professionals, through the co-construction, co-decision and co-implementation of the health projects of each and all. (Savoirs Patients)',
};

/** Annex 2, l.1004. */
export const CHECKLIST_INTRO: LocalizedText = {
  fr: 'La liste suivante permet de vérifier la conformité des actions aux principes du partenariat.',
  en: 'The following list makes it possible to check that actions comply with the principles of partnership.',
};

/** The ids, in the list's order (literal, so that a schema checking them does not carry the texts). */
export const CHECKLIST_CRITERION_IDS = [
  'has.1',
  'has.2',
  'has.3',
  'has.4',
  'has.5',
  'has.6',
  'has.7',
  'has.8',
  'has.9',
  'has.10',
] as const;
export type ChecklistCriterionId = (typeof CHECKLIST_CRITERION_IDS)[number];

export const CHECKLIST_CRITERIA = [
  {
    id: 'has.1',
    label: { fr: 'Y a-t-il un diagnostic partagé ?', en: 'Is there a shared diagnosis?' },
  },
  {
    id: 'has.2',
    label: {
      fr: 'Y a-t-il au moins 2 patients partenaires impliqués ?',
      en: 'Are at least 2 patient partners involved?',
    },
  },
  {
    id: 'has.3',
    label: {
      fr: 'Y a-t-il un organe de pilotage incluant au moins un patient partenaire ?',
      en: 'Is there a steering body that includes at least one patient partner?',
    },
  },
  {
    id: 'has.4',
    label: {
      fr: 'Les patients partenaires ont-ils une voix délibérative ?',
      en: 'Do the patient partners have a deliberative vote?',
    },
  },
  {
    id: 'has.5',
    label: {
      fr: "Un document d'orientation (fiche action, feuille de route, clarification des rôles et missions des partenaires...) est-il établi ?",
      en: "Has a guiding document (action sheet, roadmap, clarification of the partners' roles and missions...) been drawn up?",
    },
  },
  {
    id: 'has.6',
    label: {
      fr: 'Les réunions ou actions sont-elles menées par un(e) professionnel(le) et un(e) patient(e) ?',
      en: 'Are the meetings or actions led by a professional and a patient?',
    },
  },
  {
    id: 'has.7',
    label: {
      fr: "Les relevés de conclusions des réunions font-ils l'objet d'une validation par l'ensemble des partenaires ?",
      en: 'Are the written conclusions of meetings validated by all the partners?',
    },
  },
  {
    id: 'has.8',
    label: {
      fr: "Les objectifs précis et les critères d'évaluation sont-ils discutés et adoptés ensemble au départ ?",
      en: 'Are the precise objectives and the evaluation criteria discussed and adopted together at the outset?',
    },
  },
  {
    id: 'has.9',
    label: {
      fr: "La promotion des résultats de l'action est-elle faite en commun ?",
      en: 'Are the results of the action promoted jointly?',
    },
  },
  {
    id: 'has.10',
    label: {
      fr: "Les bénéficiaires de l'action, du projet ou du programme sont-ils informés des résultats ?",
      en: 'Are the beneficiaries of the action, project or programme informed of the results?',
    },
  },
] as const satisfies readonly ChecklistCriterion[];

/** Prefix reserved to the HAS criteria. */
export const HAS_CRITERION_PREFIX = 'has.';

export function isChecklistCriterionId(value: unknown): value is ChecklistCriterionId {
  return typeof value === 'string' && (CHECKLIST_CRITERION_IDS as readonly string[]).includes(value);
}
export function criterionById(id: string): ChecklistCriterion | undefined {
  return (CHECKLIST_CRITERIA as readonly ChecklistCriterion[]).find((c) => c.id === id);
}

/** The ids, in the list's order (literal, so that a schema checking them does not carry the texts). */
export const CHECKLIST_ANSWER_IDS = ['oui', 'non', 'en_cours'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWER_IDS)[number];

/** The three answers of the guide's grid (« Oui / Non / En cours », Annex 2 l.1008). */
export const CHECKLIST_ANSWERS = [
  { id: 'oui', label: { fr: 'Oui', en: 'Yes' } },
  { id: 'non', label: { fr: 'Non', en: 'No' } },
  { id: 'en_cours', label: { fr: 'En cours', en: 'In progress' } },
] as const satisfies readonly { id: string; label: LocalizedText }[];

export function answerLabel(answer: ChecklistAnswer, locale: Locale): string {
  const entry = CHECKLIST_ANSWERS.find((a) => a.id === answer);
  return entry ? localized(entry.label, locale) : answer;
}

export const CHECKLIST_SOURCE: LocalizedText = {
  fr: 'HAS, « Partenariat en santé et patients partenaires », guide adopté le 28 mai 2026, annexe 2',
  en: 'HAS, « Partenariat en santé et patients partenaires » (Health partnership and patient partners), guide adopted on 28 May 2026, appendix 2',
};
