/**
 * The health themes' ids and labels alone: what a form offers to choose (the matching form's first
 * render), without the keywords that recognise a theme in free text (health-themes.ts, loaded with
 * the matching engine).
 */
import type { LocalizedText } from '../i18n/locale';

/** The ids, in the list's order (literal, so that a schema checking them does not carry the texts). */
export const HEALTH_THEME_IDS = [
  'diabete',
  'cancer',
  'sante_mentale',
  'maladies_cardiovasculaires',
  'maladies_rares',
  'vih_hepatites',
  'handicap',
  'addictions',
  'douleur_chronique',
  'maladies_respiratoires',
  'maladies_renales',
  'maladies_neurologiques',
  'maladies_inflammatoires',
  'perinatalite',
  'vieillissement',
  'proche_aidant',
] as const;
export type HealthThemeId = (typeof HEALTH_THEME_IDS)[number];

export const HEALTH_THEME_LABELS = [
  { id: 'diabete', label: { fr: 'Diabète', en: 'Diabetes' } },
  { id: 'cancer', label: { fr: 'Cancer', en: 'Cancer' } },
  { id: 'sante_mentale', label: { fr: 'Santé mentale', en: 'Mental health' } },
  { id: 'maladies_cardiovasculaires', label: { fr: 'Maladies cardiovasculaires', en: 'Cardiovascular diseases' } },
  { id: 'maladies_rares', label: { fr: 'Maladies rares', en: 'Rare diseases' } },
  { id: 'vih_hepatites', label: { fr: 'VIH, hépatites', en: 'HIV, hepatitis' } },
  { id: 'handicap', label: { fr: 'Handicap', en: 'Disability' } },
  { id: 'addictions', label: { fr: 'Addictions', en: 'Addictions' } },
  { id: 'douleur_chronique', label: { fr: 'Douleur chronique', en: 'Chronic pain' } },
  { id: 'maladies_respiratoires', label: { fr: 'Maladies respiratoires', en: 'Respiratory diseases' } },
  { id: 'maladies_renales', label: { fr: 'Maladies rénales', en: 'Kidney diseases' } },
  { id: 'maladies_neurologiques', label: { fr: 'Maladies neurologiques', en: 'Neurological diseases' } },
  { id: 'maladies_inflammatoires', label: { fr: 'Maladies inflammatoires chroniques', en: 'Chronic inflammatory diseases' } },
  { id: 'perinatalite', label: { fr: 'Périnatalité', en: 'Perinatal care' } },
  { id: 'vieillissement', label: { fr: "Vieillissement, perte d'autonomie", en: 'Ageing, loss of autonomy' } },
  { id: 'proche_aidant', label: { fr: 'Proche aidant', en: 'Family carer' } },
] as const satisfies readonly { id: HealthThemeId; label: LocalizedText }[];
