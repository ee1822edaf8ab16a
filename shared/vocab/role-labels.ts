/**
 * Ids and names of the roles and titles a person may hold in patient
 * partnership: what a schema checks and what a card shows. The definition of
 * each role, its sources and its usual domains are in roles.ts (which
 * re-exports this module); a widget that only names roles imports this one.
 */
import { genderedLabel } from '../i18n/gender';
import type { Gender, GenderedText, Locale } from '../i18n/locale';

export const ROLE_IDS = [
  'patient_partenaire',
  'patient_expert',
  'pair_aidant',
  'patient_ressource',
  'patient_formateur',
  'patient_chercheur',
  'mediateur_sante_pair',
  'representant_usagers',
  'proche_aidant_partenaire',
  // Added after the others: ids are stored in registries, new ones go last.
  'patient_intervenant',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/**
 * Names, agreeing with the person's grammatical gender in French; `x` (the person
 * chose neither form) gives both, feminine first, without abbreviation (docs/ecriture.md).
 */
export const ROLE_LABELS: Readonly<Record<RoleId, GenderedText>> = {
  patient_partenaire: {
    fr: { m: 'Patient partenaire', f: 'Patiente partenaire', x: 'Patiente ou patient partenaire' },
    en: 'Patient partner',
  },
  patient_expert: {
    fr: { m: 'Patient expert', f: 'Patiente experte', x: 'Patiente experte ou patient expert' },
    en: 'Expert patient',
  },
  pair_aidant: { fr: { m: 'Pair-aidant', f: 'Pair-aidante', x: 'Pair-aidante ou pair-aidant' }, en: 'Peer supporter' },
  patient_ressource: {
    fr: { m: 'Patient ressource', f: 'Patiente ressource', x: 'Patiente ou patient ressource' },
    en: 'Resource patient',
  },
  patient_formateur: {
    fr: { m: 'Patient formateur', f: 'Patiente formatrice', x: 'Patiente formatrice ou patient formateur' },
    en: 'Patient trainer',
  },
  patient_chercheur: {
    fr: { m: 'Patient chercheur', f: 'Patiente chercheuse', x: 'Patiente chercheuse ou patient chercheur' },
    en: 'Patient researcher',
  },
  mediateur_sante_pair: {
    fr: { m: 'Médiateur de santé pair', f: 'Médiatrice de santé paire', x: 'Médiatrice ou médiateur de santé paire ou pair' },
    en: 'Peer health mediator',
  },
  representant_usagers: {
    fr: { m: 'Représentant des usagers', f: 'Représentante des usagers', x: 'Représentante ou représentant des usagers' },
    en: "Users' representative",
  },
  proche_aidant_partenaire: {
    fr: { m: 'Proche aidant partenaire', f: 'Proche aidante partenaire', x: 'Proche aidante ou aidant partenaire' },
    en: 'Partner family carer',
  },
  patient_intervenant: {
    fr: { m: 'Patient intervenant', f: 'Patiente intervenante', x: 'Patiente intervenante ou patient intervenant' },
    en: 'Patient contributor',
  },
};

/**
 * Roles whose name alone discloses a health condition: a « médiateur de santé pair »
 * is by definition a peer worker with lived experience of psychiatric disorders
 * (CNOM 001:1689-1701). Publishing the role without the person's lived-experience
 * consent would publish the diagnosis (RGPD art. 9).
 */
export const ROLES_REVEALING_HEALTH: ReadonlySet<RoleId> = new Set<RoleId>(['mediateur_sante_pair']);

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);
}

/** Label of a role in the locale, agreeing with the person's gender in French; the id itself if unknown. */
export function roleLabel(id: string, locale: Locale, gender?: Gender | null): string {
  return isRoleId(id) ? genderedLabel(ROLE_LABELS[id], locale, gender) : id;
}
