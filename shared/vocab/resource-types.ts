/**
 * Types of resources a partner or a team clips into the library (guides,
 * trainings, calls for candidates... — the kinds named in the sources, see
 * notes/domain.md §7). `keywords` are French words that name each type; the
 * suggestions of the popup use their own cues, strong and weak, with the words
 * that look like a type without being one (shared/library/classify-cues.ts).
 */
import { type Locale, type LocalizedText, localized } from '../i18n/locale';

export interface ResourceType {
  readonly id: ResourceTypeId;
  readonly label: LocalizedText;
  readonly keywords: readonly string[];
}

/** The ids, in the list's order (literal, so that a schema checking them does not carry the texts). */
export const RESOURCE_TYPE_IDS = [
  'guide',
  'fiche_pratique',
  'formation',
  'appel_candidatures',
  'article_scientifique',
  'evenement',
  'annuaire',
  'charte_outil',
  'temoignage',
  'autre',
] as const;
export type ResourceTypeId = (typeof RESOURCE_TYPE_IDS)[number];

export const RESOURCE_TYPES = [
  {
    id: 'guide',
    label: { fr: 'Guide, recommandation', en: 'Guide, recommendation' },
    keywords: ['guide', 'recommandation', 'référentiel', 'bonnes pratiques', 'rapport'],
  },
  {
    id: 'fiche_pratique',
    label: { fr: 'Fiche pratique', en: 'Practical sheet' },
    keywords: ['fiche pratique', 'fiche', 'mémo', 'pas à pas', "retour d'expérience"],
  },
  {
    id: 'formation',
    label: { fr: 'Formation', en: 'Training' },
    keywords: ['formation', 'diplôme universitaire', 'DU', 'DIU', 'certificat', 'MOOC', 'module', 'ETP 40 h'],
  },
  {
    id: 'appel_candidatures',
    label: { fr: 'Appel à candidatures, appel à projets', en: 'Call for candidates or projects' },
    keywords: ['appel à candidatures', 'appel à projets', "appel à manifestation d'intérêt", 'recrutement', 'candidature'],
  },
  {
    id: 'article_scientifique',
    label: { fr: 'Article scientifique', en: 'Scientific article' },
    keywords: ['article', 'revue', 'étude', 'DOI', 'PubMed', 'résumé', 'abstract'],
  },
  {
    id: 'evenement',
    label: { fr: 'Événement', en: 'Event' },
    keywords: ['colloque', 'journée', 'congrès', 'webinaire', 'séminaire', 'conférence', 'rencontre'],
  },
  {
    id: 'annuaire',
    label: { fr: 'Annuaire, répertoire', en: 'Directory' },
    keywords: ['annuaire', 'répertoire', 'cartographie', 'carte', 'structures ressources', 'contacts'],
  },
  {
    id: 'charte_outil',
    label: { fr: 'Charte, outil', en: 'Charter, tool' },
    keywords: ['charte', 'check-list', 'outil', 'convention', 'modèle', 'grille'],
  },
  {
    id: 'temoignage',
    label: { fr: 'Témoignage', en: 'Testimony' },
    keywords: ['témoignage', 'portrait', 'récit', 'vécu', 'podcast', 'interview'],
  },
  {
    id: 'autre',
    label: { fr: 'Autre', en: 'Other' },
    keywords: [],
  },
] as const satisfies readonly ResourceType[];

export function isResourceTypeId(value: unknown): value is ResourceTypeId {
  return typeof value === 'string' && (RESOURCE_TYPE_IDS as readonly string[]).includes(value);
}
export function resourceTypeById(id: string): ResourceType | undefined {
  return (RESOURCE_TYPES as readonly ResourceType[]).find((r) => r.id === id);
}
export function resourceTypeLabel(id: string, locale: Locale): string {
  const type = resourceTypeById(id);
  return type ? localized(type.label, locale) : id;
}
