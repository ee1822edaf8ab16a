/**
 * Roles and titles a person may hold in patient partnership.
 *
 * There is no legal definition of "patient partenaire" in France (guide
 * l.155; CNOM 001:211-214) and names vary by association and field (guide
 * l.294–301). The HAS keeps "patient partenaire" as the umbrella term and
 * sorts missions by domain rather than by profile (l.303); the profiles
 * below are the names in use, each defined by how it differs from the others.
 *
 * Source references are `<document>:<line>` keys, see SOURCE_DOCUMENTS.
 *
 * This module holds the long texts (definitions, sources), for documentation
 * and for UI that explains the roles; ids and names are in role-labels.ts,
 * re-exported here.
 */
import type { GenderedText, LocalizedText } from '../i18n/locale';
import type { DomainId } from './domain-labels';
import { ROLE_LABELS, type RoleId } from './role-labels';

export * from './role-labels';

/** Documents cited by `<key>:<line>` references across the vocabularies. */
export const SOURCE_DOCUMENTS = {
  '001': 'CNOM / CORAP, rapport « Le patient partenaire » (2023) — seed 001_69aa4f6759389dad.txt',
  '002': "France Assos Santé, histoire et pratiques de l'engagement des usagers (AURA, 2023) — seed 002_141d7fb6274f5ceb.txt",
  '003':
    'HAS, « Partenariat en santé et patients partenaires », guide adopté le 28 mai 2026 — test/fixtures/has-guide-2026.txt (= seed 003_01a90eaa0ed5f6ac.txt)',
  '004': 'Page « Le partenariat en santé » (encyclopédie des patients partenaires) — seed 004_5cc590e5657b96b9.txt',
} as const;
export type SourceRef = `${keyof typeof SOURCE_DOCUMENTS}:${string}`;

/**
 * How the role engages: partnership with professionals (the guide's scope),
 * peer support (which may happen without professionals, guide l.272), or
 * regulated representation of users (outside the guide's missions, l.332).
 */
export type RoleFamily = 'partenariat' | 'pair_aidance' | 'representation';

export interface Role {
  readonly id: RoleId;
  readonly label: GenderedText;
  /** One sentence: what the role is and how it differs from the others. */
  readonly definition: LocalizedText;
  readonly family: RoleFamily;
  /** False when the role does not rest on the person's own experience of illness (RU, relatives). */
  readonly ownIllnessExperience: boolean;
  /** HAS domains where the role usually acts (empty: outside the four domains). */
  readonly typicalDomains: readonly DomainId[];
  readonly sources: readonly SourceRef[];
}

const ALL_DOMAINS = ['parcours_soins', 'offre_soins', 'formation_enseignement', 'recherche'] as const;

export const ROLES = [
  {
    id: 'patient_partenaire',
    label: ROLE_LABELS.patient_partenaire,
    definition: {
      fr: "Terme générique retenu par la HAS : personne qui, à partir des savoirs issus de son expérience de vie avec une maladie, un handicap ou une problématique de santé (y compris comme proche), œuvre avec des professionnels dans l'un des quatre domaines, les autres profils en étant des déclinaisons.",
      en: 'The umbrella term chosen by the HAS: a person who draws on the knowledge gained from living with an illness, a disability or a health problem (including as a relative) to work with professionals in one of the four domains, the other profiles being variants of it.',
    },
    family: 'partenariat',
    ownIllnessExperience: true,
    typicalDomains: ALL_DOMAINS,
    sources: ['003:177', '003:292', '003:458', '001:461-466'],
  },
  {
    id: 'patient_expert',
    label: ROLE_LABELS.patient_expert,
    // The guide's examples of the name (l.296-297): « patient expert dans le domaine de
    // l'addictologie » and « patient intervenant et parfois patient expert dans le domaine de
    // l'éducation thérapeutique du patient » — not a name tied to the 40 h training.
    definition: {
      fr: "Appellation en usage notamment en addictologie et, parfois, en éducation thérapeutique du patient, où l'on parle plus souvent de patient intervenant : une personne qui a acquis, en vivant avec sa maladie, une connaissance fine de celle-ci ; certaines associations n'emploient le titre qu'après une formation ; appellation discutée (expertise d'expérience, non médicale).",
      en: 'A name used notably in addiction care and, sometimes, in therapeutic patient education, where “patient intervenant” is more common: a person who has gained in-depth knowledge of their illness by living with it; some associations use the title only after a training; a debated name (experiential, not medical, expertise).',
    },
    family: 'partenariat',
    ownIllnessExperience: true,
    typicalDomains: ['parcours_soins'],
    sources: ['003:296-297', '003:238', '001:405-409', '001:1836-1838', '004:229'],
  },
  {
    id: 'pair_aidant',
    label: ROLE_LABELS.pair_aidant,
    definition: {
      fr: "Personne qui s'appuie sur le partage de son vécu pour accompagner et soutenir des pairs vivant des situations similaires, l'identification à l'expérience de l'autre étant au cœur du soutien ; la pair-aidance n'implique pas nécessairement de professionnels, à la différence du partenariat.",
      en: "A person who draws on their lived experience to accompany and support peers facing similar situations, identification with the other's experience being the core of the support; peer support does not necessarily involve professionals, unlike partnership.",
    },
    family: 'pair_aidance',
    ownIllnessExperience: true,
    typicalDomains: ['parcours_soins'],
    sources: ['003:253', '003:272', '003:371', '002:300-308', '004:236'],
  },
  {
    id: 'patient_ressource',
    label: ROLE_LABELS.patient_ressource,
    definition: {
      fr: "Patient partenaire engagé au niveau d'un service, d'une structure ou d'une institution pour contribuer aux décisions stratégiques ou opérationnelles sur l'organisation et la qualité des soins (terminologie des HCL et du modèle de Montréal) ; « Patient ressource » est aussi une marque déposée de la Ligue contre le cancer.",
      en: 'A patient partner engaged at the level of a service, a facility or an institution to contribute to strategic or operational decisions on the organisation and quality of care (HCL and Montreal-model terminology); « Patient ressource » is also a trademark of the Ligue contre le cancer.',
    },
    family: 'partenariat',
    ownIllnessExperience: true,
    typicalDomains: ['offre_soins'],
    sources: ['003:292', '002:360-365', '001:1496', '004:245'],
  },
  {
    id: 'patient_formateur',
    label: ROLE_LABELS.patient_formateur,
    definition: {
      fr: "Patient partenaire engagé dans la formation initiale ou continue des professionnels de santé, ou contribuant à l'éducation thérapeutique d'autres patients (appelé aussi patient enseignant ou enseignant de la perspective patient).",
      en: 'A patient partner engaged in the initial or continuing training of health professionals, or contributing to the therapeutic education of other patients (also called patient teacher).',
    },
    family: 'partenariat',
    ownIllnessExperience: true,
    typicalDomains: ['formation_enseignement'],
    sources: ['003:292', '003:299', '003:397', '002:340-350', '004:260'],
  },
  {
    id: 'patient_chercheur',
    label: ROLE_LABELS.patient_chercheur,
    definition: {
      fr: "Patient partenaire membre à part entière d'une équipe de recherche, qui participe aux décisions scientifiques à toutes les phases d'un projet, non comme sujet de la recherche mais comme acteur.",
      en: 'A patient partner who is a full member of a research team and takes part in scientific decisions at every stage of a project, not as a research subject but as an actor.',
    },
    family: 'partenariat',
    ownIllnessExperience: true,
    typicalDomains: ['recherche'],
    sources: ['003:417-419', '003:301', '002:351-359', '004:252'],
  },
  {
    id: 'mediateur_sante_pair',
    label: ROLE_LABELS.mediateur_sante_pair,
    definition: {
      fr: 'Travailleur pair du champ de la santé mentale, ayant lui-même vécu des troubles psychiques, recruté et salarié par un établissement et formé par une licence universitaire, qui relève de la pair-aidance professionnalisée plutôt que du partenariat.',
      en: 'A peer worker in mental health who has lived with mental-health disorders, recruited and employed by an establishment and trained through a university degree, belonging to professional peer support rather than to partnership.',
    },
    family: 'pair_aidance',
    ownIllnessExperience: true,
    typicalDomains: ['parcours_soins'],
    sources: ['003:273', '003:298', '001:1689-1701'],
  },
  {
    id: 'representant_usagers',
    label: ROLE_LABELS.representant_usagers,
    definition: {
      fr: "Membre d'une association agréée, mandaté par elle pour porter la parole collective des usagers dans les instances réglementées (commission des usagers, conseil de surveillance...) ; rôle institutionnel distinct du patient partenaire, qui n'exige pas d'être ou d'avoir été malade.",
      en: "A member of an approved association, mandated by it to carry the collective voice of users in regulated bodies (users' committee, supervisory board...); an institutional role distinct from the patient partner, which does not require being or having been ill.",
    },
    family: 'representation',
    ownIllnessExperience: false,
    // Representation of users is a regulated domain outside the guide's four (Table 2 remark 7, l.332).
    typicalDomains: [],
    sources: ['003:448-450', '003:454', '003:332', '001:1317-1319', '002:110-111'],
  },
  {
    id: 'proche_aidant_partenaire',
    label: ROLE_LABELS.proche_aidant_partenaire,
    definition: {
      fr: "Proche (parent, conjoint, aidant) qui mobilise les savoirs issus de l'accompagnement d'une personne malade ou handicapée pour œuvrer avec des professionnels sans être lui-même patient, la définition du patient partenaire par la HAS incluant explicitement l'accompagnement d'un proche.",
      en: 'A relative (parent, partner, carer) who draws on the knowledge gained from accompanying an ill or disabled person to work with professionals without being a patient themself, the HAS definition of the patient partner explicitly including the accompaniment of a relative.',
    },
    family: 'partenariat',
    ownIllnessExperience: false,
    typicalDomains: ALL_DOMAINS,
    sources: ['003:177', '003:167', '001:2272', '002:927-928'],
  },
  {
    id: 'patient_intervenant',
    label: ROLE_LABELS.patient_intervenant,
    // Guide l.297 (ETP), l.298 (mental health, rehabilitation, addiction care), l.228 (AFH's
    // « patients intervenants présents dans des programmes d'éducation thérapeutique »); the
    // ministry's 2014 recruitment guide is for « patients intervenants » in ETP (CNOM 001:1417-1419).
    definition: {
      fr: "Appellation la plus courante du patient partenaire qui intervient dans les programmes d'éducation thérapeutique du patient (où la formation de 40 h est exigée), employée aussi en santé mentale, en réhabilitation et en addictologie, aux côtés de pair-aidant et de médiateur de santé pair.",
      en: 'The most common name of the patient partner who takes part in therapeutic patient education programmes (where the 40-hour training is required), also used in mental health, rehabilitation and addiction care, alongside peer supporter and peer health mediator.',
    },
    family: 'partenariat',
    ownIllnessExperience: true,
    typicalDomains: ['parcours_soins'],
    sources: ['003:297-298', '003:228', '001:1417-1419', '004:161'],
  },
] as const satisfies readonly Role[];

export function roleById(id: string): Role | undefined {
  return (ROLES as readonly Role[]).find((r) => r.id === id);
}
