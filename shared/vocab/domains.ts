/**
 * The 4 HAS domains of patient partnership, their modes of intervention and
 * the missions of each mode, as the full tree of the guide's Tables 3–6: the
 * names of domains and missions (domain-labels.ts, re-exported here), and here
 * the names of the modes, each row's line in the guide, its footnote and the
 * training regulation requires.
 *
 * Source: HAS, « Partenariat en santé et patients partenaires » (28 mai 2026),
 * BODY Tables 3, 4, 5 and 6 (test/fixtures/has-guide-2026.txt l.351–436); see
 * domain-labels.ts for how the text was taken. test/unit/shared/vocab/domains-guide.test.ts
 * checks this tree against the guide.
 */
import type { LocalizedText } from '../i18n/locale';
import { DOMAIN_IDS, DOMAIN_LABELS, type DomainId, MISSION_IDS, type MissionId, modeIdOfMission } from './domain-labels';
import { MISSION_LABELS_FR } from './mission-labels';
import { MISSION_LABELS_EN } from './mission-labels-en';
import type { TrainingKind } from './trainings';

export * from './domain-labels';
export * from './mission-labels';
export * from './mission-labels-en';

/** The modes of intervention (the tables' rows), in the guide's order: `<domain>.<slug>`. */
export const MODE_IDS = [
  'parcours_soins.soutien',
  'parcours_soins.aide_parcours',
  'parcours_soins.pouvoir_agir',
  'parcours_soins.pratiques_pro',
  'parcours_soins.recueil_parole',
  'parcours_soins.etp',
  'parcours_soins.prevention',
  'offre_soins.deploiement_partenariat',
  'offre_soins.experience_patient',
  'offre_soins.parcours',
  'offre_soins.retex',
  'offre_soins.risques',
  'offre_soins.pratiques_pro',
  'offre_soins.certification',
  'offre_soins.accessibilite',
  'formation_enseignement.conception',
  'formation_enseignement.intervention',
  'formation_enseignement.transfert_savoirs',
  'formation_enseignement.modelisation',
  'formation_enseignement.evaluation',
  'formation_enseignement.accompagnement_enseignants',
  'formation_enseignement.innovation',
  'formation_enseignement.etp',
  'recherche.impulsion',
  'recherche.conception',
  'recherche.ethique_methodo',
  'recherche.recueil_parole',
  'recherche.analyse',
  'recherche.gouvernance',
  'recherche.publications',
] as const;
export type ModeId = (typeof MODE_IDS)[number];

export function isModeId(value: unknown): value is ModeId {
  return typeof value === 'string' && (MODE_IDS as readonly string[]).includes(value);
}
/** The domain of a mode id, read from the id itself (`<domain>.<slug>`); undefined for an unknown mode. */
export function domainOfMode(modeId: string): DomainId | undefined {
  return isModeId(modeId) ? (modeId.slice(0, modeId.indexOf('.')) as DomainId) : undefined;
}

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

/** Names of the modes of intervention (the table rows): only the full tree shows them. */
export const MODE_LABELS: Readonly<Record<ModeId, LocalizedText>> = {
  'parcours_soins.soutien': { fr: 'Soutien accompagnement', en: 'Support and accompaniment' },
  'parcours_soins.aide_parcours': { fr: 'Aide au parcours de soins', en: 'Help along the care pathway' },
  'parcours_soins.pouvoir_agir': { fr: "Renforcement du pouvoir d'agir des patients", en: 'Patient empowerment' },
  'parcours_soins.pratiques_pro': { fr: 'Amélioration des pratiques professionnelles', en: 'Improving professional practice' },
  'parcours_soins.recueil_parole': {
    fr: 'Facilitation et analyse du recueil de la parole des personnes (satisfaction, expérience, résultats)',
    en: "Facilitating and analysing the collection of people's views (satisfaction, experience, outcomes)",
  },
  'parcours_soins.etp': { fr: 'Éducation thérapeutique du patient (ETP)', en: 'Therapeutic patient education (TPE)' },
  'parcours_soins.prevention': { fr: 'Prévention et promotion de la santé', en: 'Prevention and health promotion' },
  'offre_soins.deploiement_partenariat': {
    fr: 'Déploiement du partenariat en santé dans un établissement de santé ou un service de soins',
    en: 'Deploying health partnership in a health establishment or care service',
  },
  'offre_soins.experience_patient': { fr: "Amélioration de l'expérience patient", en: 'Improving patient experience' },
  'offre_soins.parcours': {
    fr: 'Co-construction ou amélioration des parcours de soins',
    en: 'Co-designing or improving care pathways',
  },
  'offre_soins.retex': { fr: "Retour d'expérience", en: 'Experience feedback' },
  'offre_soins.risques': { fr: 'Analyse des risques et actions de prévention', en: 'Risk analysis and prevention actions' },
  'offre_soins.pratiques_pro': { fr: 'Analyse des pratiques professionnelles', en: 'Analysis of professional practice' },
  'offre_soins.certification': { fr: 'Certification des établissements de santé', en: 'Certification of health establishments' },
  'offre_soins.accessibilite': { fr: 'Accessibilité', en: 'Accessibility' },
  'formation_enseignement.conception': { fr: 'Conception pédagogique', en: 'Course design' },
  'formation_enseignement.intervention': { fr: 'Intervention en formation', en: 'Teaching in training sessions' },
  'formation_enseignement.transfert_savoirs': {
    fr: 'Transfert de savoirs expérientiels',
    en: 'Passing on experiential knowledge',
  },
  'formation_enseignement.modelisation': { fr: 'Modélisation du partenariat', en: 'Modelling partnership' },
  'formation_enseignement.evaluation': { fr: 'Évaluation', en: 'Evaluation' },
  'formation_enseignement.accompagnement_enseignants': { fr: 'Accompagnement des enseignants', en: 'Supporting teachers' },
  'formation_enseignement.innovation': { fr: 'Recherche et innovation pédagogique', en: 'Research and innovation in teaching' },
  'formation_enseignement.etp': { fr: 'Éducation thérapeutique', en: 'Therapeutic education' },
  'recherche.impulsion': { fr: 'Impulsion', en: 'Initiating research' },
  'recherche.conception': { fr: 'Conception', en: 'Design' },
  'recherche.ethique_methodo': { fr: 'Éthique et méthodologie', en: 'Ethics and methodology' },
  'recherche.recueil_parole': { fr: 'Recueil de la parole des personnes', en: "Collecting people's views" },
  'recherche.analyse': { fr: 'Analyse', en: 'Analysis' },
  'recherche.gouvernance': { fr: 'Gouvernance', en: 'Governance' },
  'recherche.publications': { fr: 'Publications et diffusion des résultats', en: 'Publications and dissemination of results' },
};
/** Names of the missions in both languages. */
export const MISSION_LABELS: Readonly<Record<MissionId, LocalizedText>> = /* @__PURE__ */ Object.fromEntries(
  MISSION_IDS.map((id) => [id, { fr: MISSION_LABELS_FR[id], en: MISSION_LABELS_EN[id] }]),
) as Record<MissionId, LocalizedText>;

const TABLES: Readonly<Record<DomainId, Domain['table']>> = {
  parcours_soins: { name: 'Tableau 3', line: 351 },
  offre_soins: { name: 'Tableau 4', line: 379 },
  formation_enseignement: { name: 'Tableau 5', line: 403 },
  recherche: { name: 'Tableau 6', line: 427 },
};

type ModeDetails = Pick<InterventionMode, 'line' | 'requiresTraining' | 'note'>;

const MODE_DETAILS: Readonly<Record<ModeId, ModeDetails>> = {
  'parcours_soins.soutien': { line: 354 },
  'parcours_soins.aide_parcours': { line: 355 },
  'parcours_soins.pouvoir_agir': { line: 356 },
  // Footnote 16 (l.359).
  'parcours_soins.pratiques_pro': {
    line: 357,
    note: {
      fr: "Le groupe de travail en charge de l'élaboration de ce guide a bien conscience que ce faisant, ce domaine se rapproche de celui de l'adaptation de l'offre de soins.",
      en: 'The working group that drafted the guide is aware that, in doing so, this domain comes close to that of adapting the provision of care.',
    },
  },
  'parcours_soins.recueil_parole': { line: 361 },
  // Intervening in an ETP programme is the one case where regulation
  // requires a training: 40 h (note 23, l.588; Table 2 remark 2, l.324
  // places ETP programmes in the care-pathway domain).
  'parcours_soins.etp': { line: 362, requiresTraining: 'etp_40h' },
  'parcours_soins.prevention': { line: 363 },
  'offre_soins.deploiement_partenariat': { line: 382 },
  // The row continues on l.385 after a page break; footnote 17 (l.399), without the italics marks.
  'offre_soins.experience_patient': {
    line: 383,
    note: {
      fr: "PREMs : Patient-Reported Experience Measures ou mesures de l'expérience rapportée par les patients.",
      en: 'PREMs: Patient-Reported Experience Measures.',
    },
  },
  'offre_soins.parcours': { line: 386 },
  'offre_soins.retex': { line: 387 },
  'offre_soins.risques': { line: 388 },
  'offre_soins.pratiques_pro': { line: 389 },
  'offre_soins.certification': { line: 390 },
  'offre_soins.accessibilite': { line: 391 },
  'formation_enseignement.conception': { line: 406 },
  'formation_enseignement.intervention': { line: 407 },
  'formation_enseignement.transfert_savoirs': { line: 408 },
  'formation_enseignement.modelisation': { line: 409 },
  'formation_enseignement.evaluation': { line: 410 },
  'formation_enseignement.accompagnement_enseignants': { line: 411 },
  'formation_enseignement.innovation': { line: 412 },
  // No `requiresTraining` here: in this domain partners design and teach
  // the ETP training itself (« quand ils participent à la formation
  // exigée pour y intervenir », Table 2 remark 2, l.324); the 40 h
  // obligation of note 23 (l.588) binds those who intervene in ETP
  // programmes, i.e. the parcours_soins.etp mode. Footnote 19 (l.425).
  'formation_enseignement.etp': {
    line: 413,
    note: {
      fr: 'Dans le cadre des réglementations publiques (articles L. 1161-1 et suivants du Code de la santé publique) et des recommandations de bonnes pratiques de la HAS.',
      en: 'Within the framework of public regulations (articles L. 1161-1 et seq. of the French Public Health Code) and of the HAS good-practice recommendations.',
    },
  },
  'recherche.impulsion': { line: 430 },
  'recherche.conception': { line: 431 },
  'recherche.ethique_methodo': { line: 432 },
  'recherche.recueil_parole': { line: 433 },
  'recherche.analyse': { line: 434 },
  'recherche.gouvernance': { line: 435 },
  'recherche.publications': { line: 436 },
};

function modeOf(id: ModeId): InterventionMode {
  const { line, requiresTraining, note } = MODE_DETAILS[id];
  return {
    id,
    label: MODE_LABELS[id],
    line,
    missions: MISSION_IDS.filter((m) => modeIdOfMission(m) === id).map((m) => ({ id: m, label: MISSION_LABELS[m] })),
    ...(requiresTraining ? { requiresTraining } : {}),
    ...(note ? { note } : {}),
  };
}

/** The full tree, in the guide's order. */
export const DOMAINS: readonly Domain[] = /* @__PURE__ */ buildDomains();

function buildDomains(): readonly Domain[] {
  return DOMAIN_IDS.map((id) => ({
    id,
    label: DOMAIN_LABELS[id],
    table: TABLES[id],
    modes: MODE_IDS.filter((m) => m.startsWith(`${id}.`)).map(modeOf),
  }));
}

interface MissionEntry {
  readonly mission: Mission;
  readonly mode: InterventionMode;
  readonly domain: Domain;
}

interface Lookups {
  readonly domains: Map<string, Domain>;
  readonly modes: Map<string, { mode: InterventionMode; domain: Domain }>;
  readonly missions: Map<string, MissionEntry>;
}

// Lookup tables built on first use (the data is small: 4 domains, 30 modes, 41 missions). Nothing
// runs when the module is only imported, so code that needs the ids alone never pays for the tree.
let lookups: Lookups | undefined;
function index(): Lookups {
  if (lookups) return lookups;
  const built: Lookups = { domains: new Map(), modes: new Map(), missions: new Map() };
  for (const domain of DOMAINS) {
    built.domains.set(domain.id, domain);
    for (const mode of domain.modes) {
      built.modes.set(mode.id, { mode, domain });
      for (const mission of mode.missions) built.missions.set(mission.id, { mission, mode, domain });
    }
  }
  lookups = built;
  return built;
}

export function domainById(id: string): Domain | undefined {
  return index().domains.get(id);
}
export function modeById(id: string): InterventionMode | undefined {
  return index().modes.get(id)?.mode;
}
export function missionById(id: string): Mission | undefined {
  return index().missions.get(id)?.mission;
}

export function modesOfDomain(domainId: string): readonly InterventionMode[] {
  return index().domains.get(domainId)?.modes ?? [];
}
export function missionsOfDomain(domainId: string): readonly Mission[] {
  return modesOfDomain(domainId).flatMap((mode) => mode.missions);
}
export function missionsOfMode(modeId: string): readonly Mission[] {
  return modeById(modeId)?.missions ?? [];
}

export function modeOfMission(missionId: string): InterventionMode | undefined {
  return index().missions.get(missionId)?.mode;
}

/** Trainings required by regulation for a set of missions (today: only 'etp_40h' for parcours_soins.etp). */
export function trainingsRequiredFor(missionIds: readonly string[]): TrainingKind[] {
  const kinds = new Set<TrainingKind>();
  for (const id of missionIds) {
    const kind = index().missions.get(id)?.mode.requiresTraining;
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}
