/**
 * Ids of the 4 HAS domains of patient partnership and of the missions of
 * their modes of intervention, and the domains' names: what a schema checks
 * (the missions' names are in mission-labels.ts). The rest of the guide's tables (the modes, lines, footnotes, the
 * training required by regulation) is in domains.ts, which builds the full DOMAINS tree; a
 * widget that only shows names imports this module alone.
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
 * test/unit/shared/vocab/domains-guide.test.ts checks the names against the guide.
 *
 * Ids are stable and must never change: `<domain>` for a domain,
 * `<domain>.<slug>` for a mode, `<domain>.<slug>.<n>` for the n-th mission
 * of the mode (1-based, in the guide's order). Lists are in the guide's order.
 */
import type { LocalizedText } from '../i18n/locale';
import type { ModeId } from './domains';

// Section titles: 2.1 (l.343), 2.2 (l.373), 2.3 (l.393: « l'enseignement et de la
// formation »), 2.4 (l.415). The guide names the third domain both ways; Binôme uses one
// name everywhere, Table 5's (l.403: « en formation et enseignement », as Annex 4 l.1153
// « de la formation et de l'enseignement »). The other order is still read in registries
// (shared/registry/vocab-match.ts), where files written before kept it.
export const DOMAIN_IDS = ['parcours_soins', 'offre_soins', 'formation_enseignement', 'recherche'] as const;
export const MISSION_IDS = [
  'parcours_soins.soutien.1',
  'parcours_soins.aide_parcours.1',
  'parcours_soins.aide_parcours.2',
  'parcours_soins.aide_parcours.3',
  'parcours_soins.pouvoir_agir.1',
  'parcours_soins.pouvoir_agir.2',
  'parcours_soins.pratiques_pro.1',
  'parcours_soins.recueil_parole.1',
  'parcours_soins.recueil_parole.2',
  'parcours_soins.recueil_parole.3',
  'parcours_soins.etp.1',
  'parcours_soins.prevention.1',
  'offre_soins.deploiement_partenariat.1',
  'offre_soins.experience_patient.1',
  'offre_soins.experience_patient.2',
  'offre_soins.experience_patient.3',
  'offre_soins.parcours.1',
  'offre_soins.retex.1',
  'offre_soins.risques.1',
  'offre_soins.risques.2',
  'offre_soins.pratiques_pro.1',
  'offre_soins.certification.1',
  'offre_soins.accessibilite.1',
  'formation_enseignement.conception.1',
  'formation_enseignement.intervention.1',
  'formation_enseignement.transfert_savoirs.1',
  'formation_enseignement.modelisation.1',
  'formation_enseignement.evaluation.1',
  'formation_enseignement.accompagnement_enseignants.1',
  'formation_enseignement.accompagnement_enseignants.2',
  'formation_enseignement.innovation.1',
  'formation_enseignement.etp.1',
  'recherche.impulsion.1',
  'recherche.conception.1',
  'recherche.ethique_methodo.1',
  'recherche.ethique_methodo.2',
  'recherche.recueil_parole.1',
  'recherche.analyse.1',
  'recherche.gouvernance.1',
  'recherche.publications.1',
  'recherche.publications.2',
] as const;

export type DomainId = (typeof DOMAIN_IDS)[number];
export type MissionId = (typeof MISSION_IDS)[number];

export function isDomainId(value: unknown): value is DomainId {
  return typeof value === 'string' && (DOMAIN_IDS as readonly string[]).includes(value);
}
export function isMissionId(value: unknown): value is MissionId {
  return typeof value === 'string' && (MISSION_IDS as readonly string[]).includes(value);
}

/** The domain of a mission id (`<domain>.<slug>.<n>`); undefined for an unknown mission. */
export function domainOfMission(missionId: string): DomainId | undefined {
  return isMissionId(missionId) ? (missionId.slice(0, missionId.indexOf('.')) as DomainId) : undefined;
}
/** The mode id of a mission id; undefined for an unknown mission. */
export function modeIdOfMission(missionId: string): ModeId | undefined {
  return isMissionId(missionId) ? (missionId.slice(0, missionId.lastIndexOf('.')) as ModeId) : undefined;
}

export const DOMAIN_LABELS: Readonly<Record<DomainId, LocalizedText>> = {
  parcours_soins: { fr: 'Parcours de soins des personnes', en: "People's care pathways" },
  offre_soins: { fr: "Adaptation de l'offre de soins", en: 'Adapting the provision of care' },
  formation_enseignement: { fr: 'Formation et enseignement', en: 'Training and teaching' },
  recherche: { fr: 'Recherche', en: 'Research' },
};
