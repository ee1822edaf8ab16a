/**
 * The 4 HAS domains of patient partnership, their modes of intervention and
 * the missions of each mode.
 *
 * Source: HAS, « Partenariat en santé et patients partenaires » (28 mai 2026),
 * BODY Tables 3, 4, 5 and 6 (test/fixtures/has-guide-2026.txt l.351–436).
 * We use the body tables, not the per-domain sheets of Annexes 3–6, whose
 * wording differs slightly (e.g. the annex says "Certification des
 * établissements" without "de santé" and drops "(PREMs)"). French text is
 * verbatim; footnote markers (¹⁶ ¹⁷ ¹⁹) and HTML tags (<i>focus groups</i>)
 * are removed, their words kept. Where one table cell holds several missions
 * (the guide separates them by line breaks, lost in the text copy), each
 * sentence starting with a verb in the infinitive is one mission.
 * test/unit/shared/vocab-domains.test.ts checks this file against the guide.
 *
 * Ids are stable and must never change: `<domain>` for a domain,
 * `<domain>.<slug>` for a mode, `<domain>.<slug>.<n>` for the n-th mission
 * of the mode (1-based, in the guide's order).
 */
import type { LocalizedText } from '../i18n/locale';
import type { TrainingKind } from './trainings';

export interface Mission {
  readonly id: string;
  readonly label: LocalizedText;
}

export interface InterventionMode {
  readonly id: string;
  readonly label: LocalizedText;
  /** Line of the guide (test/fixtures/has-guide-2026.txt) where the row starts. */
  readonly line: number;
  readonly missions: readonly Mission[];
  /** A training required by regulation to act in this mode (only ETP programmes: 40 h). */
  readonly requiresTraining?: TrainingKind;
  /** The guide's footnote attached to the row, verbatim. */
  readonly note?: LocalizedText;
}

export interface Domain {
  readonly id: string;
  readonly label: LocalizedText;
  /** The guide's table for the domain and its line. */
  readonly table: { readonly name: string; readonly line: number };
  readonly modes: readonly InterventionMode[];
}

export const DOMAINS = [
  {
    id: 'parcours_soins',
    // Section 2.1 (l.343) and Table 3 title (l.351).
    label: { fr: 'Parcours de soins des personnes', en: "People's care pathways" },
    table: { name: 'Tableau 3', line: 351 },
    modes: [
      {
        id: 'parcours_soins.soutien',
        label: { fr: 'Soutien accompagnement', en: 'Support and accompaniment' },
        line: 354,
        missions: [
          {
            id: 'parcours_soins.soutien.1',
            label: {
              fr: "Apporter un soutien aux personnes à partir de son expérience vécue dans le respect de l'autodétermination des personnes",
              en: "Support people on the basis of one's lived experience, respecting their self-determination",
            },
          },
        ],
      },
      {
        id: 'parcours_soins.aide_parcours',
        label: { fr: 'Aide au parcours de soins', en: 'Help along the care pathway' },
        line: 355,
        missions: [
          {
            id: 'parcours_soins.aide_parcours.1',
            label: {
              fr: 'Repérer des obstacles au parcours et au bien-être des personnes',
              en: "Identify obstacles to people's care pathway and well-being",
            },
          },
          {
            id: 'parcours_soins.aide_parcours.2',
            label: {
              fr: 'Expliquer les différentes étapes du parcours de soins',
              en: 'Explain the different stages of the care pathway',
            },
          },
          {
            id: 'parcours_soins.aide_parcours.3',
            label: {
              fr: 'Renforcer les capacités des personnes à agir pour elles-mêmes dans leur parcours de soins',
              en: "Strengthen people's ability to act for themselves in their care pathway",
            },
          },
        ],
      },
      {
        id: 'parcours_soins.pouvoir_agir',
        label: { fr: "Renforcement du pouvoir d'agir des patients", en: 'Patient empowerment' },
        line: 356,
        missions: [
          {
            id: 'parcours_soins.pouvoir_agir.1',
            label: {
              fr: "Motiver des patients à l'engagement pour leur propre parcours de soins ou dans l'établissement ou le service",
              en: 'Encourage patients to engage in their own care pathway or in the establishment or service',
            },
          },
          {
            id: 'parcours_soins.pouvoir_agir.2',
            label: {
              fr: "Accompagner les personnes dans l'expression et le traitement de leurs plaintes le cas échéant",
              en: 'Support people in voicing and handling their complaints, where appropriate',
            },
          },
        ],
      },
      {
        id: 'parcours_soins.pratiques_pro',
        label: { fr: 'Amélioration des pratiques professionnelles', en: 'Improving professional practice' },
        line: 357,
        missions: [
          {
            id: 'parcours_soins.pratiques_pro.1',
            label: {
              fr: "Participer aux groupes d'analyse de pratiques et aux retours d'expérience, avec un impact potentiel sur les organisations",
              en: 'Take part in practice-analysis groups and experience-feedback reviews, with a potential impact on organisations',
            },
          },
        ],
        // Footnote 16 (l.359).
        note: {
          fr: "Le groupe de travail en charge de l'élaboration de ce guide a bien conscience que ce faisant, ce domaine se rapproche de celui de l'adaptation de l'offre de soins.",
          en: 'The working group that drafted the guide is aware that, in doing so, this domain comes close to that of adapting the provision of care.',
        },
      },
      {
        id: 'parcours_soins.recueil_parole',
        label: {
          fr: 'Facilitation et analyse du recueil de la parole des personnes (satisfaction, expérience, résultats)',
          en: "Facilitating and analysing the collection of people's views (satisfaction, experience, outcomes)",
        },
        line: 361,
        missions: [
          {
            id: 'parcours_soins.recueil_parole.1',
            label: {
              fr: "Contribuer à l'élaboration et à la diffusion des outils de recueil de la parole des personnes",
              en: "Contribute to designing and distributing tools for collecting people's views",
            },
          },
          {
            id: 'parcours_soins.recueil_parole.2',
            label: {
              fr: 'Motiver des patients à répondre aux recueils et enquêtes',
              en: 'Encourage patients to respond to questionnaires and surveys',
            },
          },
          {
            id: 'parcours_soins.recueil_parole.3',
            label: {
              fr: 'Expliquer des contenus des recueils et enquêtes',
              en: 'Explain the content of questionnaires and surveys',
            },
          },
        ],
      },
      {
        id: 'parcours_soins.etp',
        label: { fr: 'Éducation thérapeutique du patient (ETP)', en: 'Therapeutic patient education (TPE)' },
        line: 362,
        missions: [
          {
            id: 'parcours_soins.etp.1',
            label: {
              fr: "Co-élaborer, co-animer et co-évaluer des programmes d'ETP (bilan éducatif partagé, co-animation ou animation d'ateliers...)",
              en: 'Co-design, co-facilitate and co-evaluate TPE programmes (shared educational assessment, co-facilitating or facilitating workshops...)',
            },
          },
        ],
        // Intervening in an ETP programme is the one case where regulation
        // requires a training: 40 h (note 23, l.588; Table 2 remark 2, l.324
        // places ETP programmes in the care-pathway domain).
        requiresTraining: 'etp_40h',
      },
      {
        id: 'parcours_soins.prevention',
        label: { fr: 'Prévention et promotion de la santé', en: 'Prevention and health promotion' },
        line: 363,
        missions: [
          {
            id: 'parcours_soins.prevention.1',
            label: {
              fr: "Proposer et construire des actions visant l'adoption de comportements favorables à la santé (messages, méthodes et outils, etc.)",
              en: 'Propose and build actions that encourage health-promoting behaviours (messages, methods and tools, etc.)',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'offre_soins',
    // Section 2.2 (l.373) and Table 4 title (l.379).
    label: { fr: "Adaptation de l'offre de soins", en: 'Adapting the provision of care' },
    table: { name: 'Tableau 4', line: 379 },
    modes: [
      {
        id: 'offre_soins.deploiement_partenariat',
        label: {
          fr: 'Déploiement du partenariat en santé dans un établissement de santé ou un service de soins',
          en: 'Deploying health partnership in a health establishment or care service',
        },
        line: 382,
        missions: [
          {
            id: 'offre_soins.deploiement_partenariat.1',
            label: {
              fr: "Piloter ou co-piloter la politique de développement et d'animation du partenariat en santé",
              en: 'Lead or co-lead the policy for developing and running health partnership',
            },
          },
        ],
      },
      {
        id: 'offre_soins.experience_patient',
        label: { fr: "Amélioration de l'expérience patient", en: 'Improving patient experience' },
        // The row continues on l.385 after a page break.
        line: 383,
        missions: [
          {
            id: 'offre_soins.experience_patient.1',
            label: {
              fr: "Co-construire des outils de recueil de l'expérience patient et co-analyser les retours",
              en: 'Co-design tools for collecting patient experience and co-analyse the feedback',
            },
          },
          {
            id: 'offre_soins.experience_patient.2',
            label: {
              fr: "Proposer des synthèses et des actions, à la suite de l'analyse des réponses aux questionnaires de recueil de l'expérience (PREMs), à l'analyse des verbatims e-Satis, etc.",
              en: 'Propose summaries and actions following the analysis of answers to patient-experience questionnaires (PREMs), the analysis of e-Satis verbatim comments, etc.',
            },
          },
          {
            id: 'offre_soins.experience_patient.3',
            label: {
              fr: "Co-construire des actions et programmes en faveur de l'amélioration de l'expérience patient",
              en: 'Co-design actions and programmes to improve patient experience',
            },
          },
        ],
        // Footnote 17 (l.399), without the italics marks.
        note: {
          fr: "PREMs : Patient-Reported Experience Measures ou mesures de l'expérience rapportée par les patients.",
          en: 'PREMs: Patient-Reported Experience Measures.',
        },
      },
      {
        id: 'offre_soins.parcours',
        label: { fr: 'Co-construction ou amélioration des parcours de soins', en: 'Co-designing or improving care pathways' },
        line: 386,
        missions: [
          {
            id: 'offre_soins.parcours.1',
            label: {
              fr: 'Identifier des étapes de prises en soins à améliorer et aider à les améliorer',
              en: 'Identify stages of care that need improving and help improve them',
            },
          },
        ],
      },
      {
        id: 'offre_soins.retex',
        label: { fr: "Retour d'expérience", en: 'Experience feedback' },
        line: 387,
        missions: [
          {
            id: 'offre_soins.retex.1',
            label: {
              fr: "Participer aux comités de retour d'expérience (CREX)",
              en: 'Take part in experience-feedback committees (CREX)',
            },
          },
        ],
      },
      {
        id: 'offre_soins.risques',
        label: { fr: 'Analyse des risques et actions de prévention', en: 'Risk analysis and prevention actions' },
        line: 388,
        missions: [
          {
            id: 'offre_soins.risques.1',
            label: {
              fr: 'Participer aux groupes de travail dans le domaine de la sécurité des soins',
              en: 'Take part in working groups on patient safety',
            },
          },
          {
            id: 'offre_soins.risques.2',
            label: {
              fr: "Participer à l'information des usagers sur la prévention et la maîtrise de ces risques, y compris dans les situations de crise sanitaire",
              en: 'Take part in informing users about preventing and controlling these risks, including during public-health crises',
            },
          },
        ],
      },
      {
        id: 'offre_soins.pratiques_pro',
        label: { fr: 'Analyse des pratiques professionnelles', en: 'Analysis of professional practice' },
        line: 389,
        missions: [
          {
            id: 'offre_soins.pratiques_pro.1',
            label: { fr: 'Participer aux groupes de travail', en: 'Take part in working groups' },
          },
        ],
      },
      {
        id: 'offre_soins.certification',
        label: { fr: 'Certification des établissements de santé', en: 'Certification of health establishments' },
        line: 390,
        missions: [
          {
            id: 'offre_soins.certification.1',
            label: {
              fr: 'Préparer, suivre et participer aux actions en vue de la certification',
              en: 'Prepare, follow and take part in the actions leading to certification',
            },
          },
        ],
      },
      {
        id: 'offre_soins.accessibilite',
        label: { fr: 'Accessibilité', en: 'Accessibility' },
        line: 391,
        missions: [
          {
            id: 'offre_soins.accessibilite.1',
            label: { fr: "Veiller à l'accessibilité des locaux", en: 'See to the accessibility of the premises' },
          },
        ],
      },
    ],
  },
  {
    id: 'formation_enseignement',
    // Section 2.3 title (l.393): « l'enseignement et de la formation »
    // (Table 5 and Annex 4 say « formation et enseignement »).
    label: { fr: 'Enseignement et formation', en: 'Teaching and training' },
    table: { name: 'Tableau 5', line: 403 },
    modes: [
      {
        id: 'formation_enseignement.conception',
        label: { fr: 'Conception pédagogique', en: 'Course design' },
        line: 406,
        missions: [
          {
            id: 'formation_enseignement.conception.1',
            label: {
              fr: 'Co-élaborer des programmes, participer à la rédaction et à la planification des enseignements',
              en: 'Co-develop curricula, take part in writing and planning the teaching',
            },
          },
        ],
      },
      {
        id: 'formation_enseignement.intervention',
        label: { fr: 'Intervention en formation', en: 'Teaching in training sessions' },
        line: 407,
        missions: [
          {
            id: 'formation_enseignement.intervention.1',
            label: {
              fr: 'Co-animer des cours/ateliers, témoignages pédagogiques, participation aux simulations',
              en: 'Co-teach classes/workshops, educational testimonies, taking part in simulations',
            },
          },
        ],
      },
      {
        id: 'formation_enseignement.transfert_savoirs',
        label: { fr: 'Transfert de savoirs expérientiels', en: 'Passing on experiential knowledge' },
        line: 408,
        missions: [
          {
            id: 'formation_enseignement.transfert_savoirs.1',
            label: {
              fr: 'Partager du vécu, mise en perspective, analyses réflexives nécessaires aux étudiants',
              en: 'Sharing lived experience, putting it in perspective, the reflective analyses students need',
            },
          },
        ],
      },
      {
        id: 'formation_enseignement.modelisation',
        label: { fr: 'Modélisation du partenariat', en: 'Modelling partnership' },
        line: 409,
        missions: [
          {
            id: 'formation_enseignement.modelisation.1',
            label: {
              fr: 'Démontrer des postures collaboratives, des bonnes pratiques sur la communication patient-soignant',
              en: 'Demonstrate collaborative attitudes and good practice in patient–caregiver communication',
            },
          },
        ],
      },
      {
        id: 'formation_enseignement.evaluation',
        label: { fr: 'Évaluation', en: 'Evaluation' },
        line: 410,
        missions: [
          {
            id: 'formation_enseignement.evaluation.1',
            label: {
              fr: "Participer aux évaluations, retours d'expérience, participer aux comités pédagogiques",
              en: 'Take part in evaluations and feedback, take part in teaching committees',
            },
          },
        ],
      },
      {
        id: 'formation_enseignement.accompagnement_enseignants',
        label: { fr: 'Accompagnement des enseignants', en: 'Supporting teachers' },
        line: 411,
        missions: [
          {
            id: 'formation_enseignement.accompagnement_enseignants.1',
            label: {
              fr: 'Former des équipes, soutenir la mise en œuvre du partenariat',
              en: 'Train teams, support the implementation of partnership',
            },
          },
          {
            id: 'formation_enseignement.accompagnement_enseignants.2',
            label: {
              fr: 'Faciliter la création de communautés de pratiques',
              en: 'Facilitate the creation of communities of practice',
            },
          },
        ],
      },
      {
        id: 'formation_enseignement.innovation',
        label: { fr: 'Recherche et innovation pédagogique', en: 'Research and innovation in teaching' },
        line: 412,
        missions: [
          {
            id: 'formation_enseignement.innovation.1',
            label: {
              fr: 'Contribuer à des projets innovants en pédagogie de la santé',
              en: 'Contribute to innovative projects in health education',
            },
          },
        ],
      },
      {
        // No `requiresTraining` here: in this domain partners design and teach
        // the ETP training itself (« quand ils participent à la formation
        // exigée pour y intervenir », Table 2 remark 2, l.324); the 40 h
        // obligation of note 23 (l.588) binds those who intervene in ETP
        // programmes, i.e. the parcours_soins.etp mode.
        id: 'formation_enseignement.etp',
        label: { fr: 'Éducation thérapeutique', en: 'Therapeutic education' },
        line: 413,
        missions: [
          {
            id: 'formation_enseignement.etp.1',
            label: {
              fr: "Co-construire des formations à l'ETP et y intervenir",
              en: 'Co-design TPE training courses and teach in them',
            },
          },
        ],
        // Footnote 19 (l.425).
        note: {
          fr: 'Dans le cadre des réglementations publiques (articles L. 1161-1 et suivants du Code de la santé publique) et des recommandations de bonnes pratiques de la HAS.',
          en: 'Within the framework of public regulations (articles L. 1161-1 et seq. of the French Public Health Code) and of the HAS good-practice recommendations.',
        },
      },
    ],
  },
  {
    id: 'recherche',
    // Section 2.4 (l.415) and Table 6 title (l.427).
    label: { fr: 'Recherche', en: 'Research' },
    table: { name: 'Tableau 6', line: 427 },
    modes: [
      {
        id: 'recherche.impulsion',
        label: { fr: 'Impulsion', en: 'Initiating research' },
        line: 430,
        missions: [
          {
            id: 'recherche.impulsion.1',
            label: { fr: 'Identifier des problématiques de recherche', en: 'Identify research questions' },
          },
        ],
      },
      {
        id: 'recherche.conception',
        label: { fr: 'Conception', en: 'Design' },
        line: 431,
        missions: [
          {
            id: 'recherche.conception.1',
            label: { fr: 'Co-définir des objectifs et protocoles', en: 'Co-define objectives and protocols' },
          },
        ],
      },
      {
        id: 'recherche.ethique_methodo',
        label: { fr: 'Éthique et méthodologie', en: 'Ethics and methodology' },
        line: 432,
        missions: [
          {
            id: 'recherche.ethique_methodo.1',
            label: {
              fr: 'Donner son point de vue sur la qualité et la pertinence de la recherche',
              en: "Give one's view on the quality and relevance of the research",
            },
          },
          {
            id: 'recherche.ethique_methodo.2',
            label: {
              fr: 'Soutenir les exigences éthiques et légales dans les comités dédiés',
              en: 'Uphold ethical and legal requirements in the dedicated committees',
            },
          },
        ],
      },
      {
        id: 'recherche.recueil_parole',
        label: { fr: 'Recueil de la parole des personnes', en: "Collecting people's views" },
        line: 433,
        missions: [
          {
            id: 'recherche.recueil_parole.1',
            label: { fr: 'Animer des entretiens ou des focus groups', en: 'Conduct interviews or focus groups' },
          },
        ],
      },
      {
        id: 'recherche.analyse',
        label: { fr: 'Analyse', en: 'Analysis' },
        line: 434,
        missions: [
          {
            id: 'recherche.analyse.1',
            label: { fr: 'Co-analyser et formaliser les résultats', en: 'Co-analyse and formalise the results' },
          },
        ],
      },
      {
        id: 'recherche.gouvernance',
        label: { fr: 'Gouvernance', en: 'Governance' },
        line: 435,
        missions: [
          {
            id: 'recherche.gouvernance.1',
            label: { fr: 'Participer aux comités de pilotage', en: 'Take part in steering committees' },
          },
        ],
      },
      {
        id: 'recherche.publications',
        label: { fr: 'Publications et diffusion des résultats', en: 'Publications and dissemination of results' },
        line: 436,
        missions: [
          {
            id: 'recherche.publications.1',
            label: {
              fr: "Contribuer à la communication scientifique (signatures d'articles, intervention dans des congrès, etc.)",
              en: 'Contribute to scientific communication (co-authoring articles, speaking at conferences, etc.)',
            },
          },
          {
            id: 'recherche.publications.2',
            label: {
              fr: 'Information vers le public et les participants à la recherche',
              en: 'Informing the public and research participants',
            },
          },
        ],
      },
    ],
  },
] as const satisfies readonly Domain[];

type DomainData = (typeof DOMAINS)[number];
export type DomainId = DomainData['id'];
export type ModeId = DomainData['modes'][number]['id'];
export type MissionId = DomainData['modes'][number]['missions'][number]['id'];

interface MissionEntry {
  readonly mission: Mission;
  readonly mode: InterventionMode;
  readonly domain: Domain;
}

// Lookup tables built once; the data is small (4 domains, 30 modes, 41 missions).
const domainsById = new Map<string, Domain>();
const modesById = new Map<string, { mode: InterventionMode; domain: Domain }>();
const missionsById = new Map<string, MissionEntry>();
for (const domain of DOMAINS as readonly Domain[]) {
  domainsById.set(domain.id, domain);
  for (const mode of domain.modes) {
    modesById.set(mode.id, { mode, domain });
    for (const mission of mode.missions) missionsById.set(mission.id, { mission, mode, domain });
  }
}

export const DOMAIN_IDS: readonly DomainId[] = DOMAINS.map((d) => d.id);
export const MODE_IDS = [...modesById.keys()] as readonly ModeId[];
export const MISSION_IDS = [...missionsById.keys()] as readonly MissionId[];

export function isDomainId(value: unknown): value is DomainId {
  return typeof value === 'string' && domainsById.has(value);
}
export function isModeId(value: unknown): value is ModeId {
  return typeof value === 'string' && modesById.has(value);
}
export function isMissionId(value: unknown): value is MissionId {
  return typeof value === 'string' && missionsById.has(value);
}

export function domainById(id: string): Domain | undefined {
  return domainsById.get(id);
}
export function modeById(id: string): InterventionMode | undefined {
  return modesById.get(id)?.mode;
}
export function missionById(id: string): Mission | undefined {
  return missionsById.get(id)?.mission;
}

export function modesOfDomain(domainId: string): readonly InterventionMode[] {
  return domainsById.get(domainId)?.modes ?? [];
}
export function missionsOfDomain(domainId: string): readonly Mission[] {
  return modesOfDomain(domainId).flatMap((mode) => mode.missions);
}
export function missionsOfMode(modeId: string): readonly Mission[] {
  return modeById(modeId)?.missions ?? [];
}

export function domainOfMode(modeId: string): DomainId | undefined {
  return modesById.get(modeId)?.domain.id as DomainId | undefined;
}
export function domainOfMission(missionId: string): DomainId | undefined {
  return missionsById.get(missionId)?.domain.id as DomainId | undefined;
}
export function modeOfMission(missionId: string): InterventionMode | undefined {
  return missionsById.get(missionId)?.mode;
}

/** Trainings required by regulation for a set of missions (today: only 'etp_40h' for parcours_soins.etp). */
export function trainingsRequiredFor(missionIds: readonly string[]): TrainingKind[] {
  const kinds = new Set<TrainingKind>();
  for (const id of missionIds) {
    const kind = missionsById.get(id)?.mode.requiresTraining;
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}
