/**
 * French cues for the four HAS domains (guide §2, Tables 3–6, test/fixtures/has-guide-2026.txt
 * l.343–436; Figure 4 l.333). The domain vocabulary (shared/vocab/domains.ts) gives the
 * labels of domains and modes; these cues add the words pages actually use for them.
 * Each cue is a word or phrase compared word by word, without accents, case or plural;
 * a cue in capitals (ETP, CREX, DU) is an acronym and must appear in capitals.
 */
import type { DomainId } from '../vocab/domains';

export const DOMAIN_CUES: Record<DomainId, readonly string[]> = {
  // §2.1 (l.343–356): accompaniment, pair-aidance, ETP within the care pathway (l.318), prevention.
  parcours_soins: [
    'parcours de soins',
    'parcours patient',
    'pair-aidance',
    'pair-aidant',
    'pair aidant',
    'accompagnement',
    'accompagner',
    'éducation thérapeutique',
    'ETP',
    "pouvoir d'agir",
    'autodétermination',
    'médiateur de santé pair',
    'prévention',
    'soutien',
  ],
  // §2.2: deployment of partnership, patient experience, CREX, risks, certification, accessibility (Table 4).
  offre_soins: [
    'offre de soins',
    'expérience patient',
    'qualité des soins',
    'sécurité des soins',
    'certification',
    'CREX',
    "retour d'expérience",
    'e-Satis',
    'gestion des risques',
    'accessibilité',
    'gouvernance',
    'commission des usagers',
    'représentant des usagers',
    'organisation des soins',
    'établissement de santé',
    'démarche qualité',
  ],
  // §2.3: initial and continuing training of professionals, teaching at university (Table 5).
  formation_enseignement: [
    'formation',
    'enseignement',
    'enseignant',
    'étudiant',
    'faculté',
    'université',
    'universitaire',
    'pédagogie',
    'pédagogique',
    'cours',
    'diplôme universitaire',
    'DU',
    'DIU',
    'formation continue',
    'formation initiale',
    'simulation',
    'patient formateur',
    'patient enseignant',
  ],
  // §2.4: research, patient researchers, ethics committees, publications (Table 6).
  recherche: [
    'recherche',
    'chercheur',
    'patient chercheur',
    'co-chercheur',
    'essai clinique',
    'protocole',
    'publication',
    'étude',
    "comité d'éthique",
    'méthodologie',
    'projet de recherche',
    'recherche participative',
    'investigateur',
  ],
};

/**
 * Structural hints (schema.org types, og:type, scholarly identifiers) that say more
 * about the resource type than any word: a page declaring itself an Event is an event.
 */
export const KIND_HINTS: Readonly<Record<string, string>> = {
  ScholarlyArticle: 'article_scientifique',
  MedicalScholarlyArticle: 'article_scientifique',
  Event: 'evenement',
  EducationEvent: 'evenement',
  BusinessEvent: 'evenement',
  Course: 'formation',
  EducationalOccupationalProgram: 'formation',
  JobPosting: 'appel_candidatures',
  Report: 'guide',
};
