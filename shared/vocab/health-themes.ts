/**
 * A short list of lived-experience themes to tag profiles and project needs.
 * Free-text themes stay allowed on profiles (experience.themes is string[]):
 * the list only offers common choices and a way to recognise them.
 */
import { type Locale, type LocalizedText, localized } from '../i18n/locale';
import { includesWords } from '../text/words';

export interface HealthTheme {
  readonly id: HealthThemeId;
  readonly label: LocalizedText;
  /** French cues recognising a free-text theme (compared word by word, without accents, case or plural). */
  readonly keywords: readonly string[];
}

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

export const HEALTH_THEMES = [
  { id: 'diabete', label: { fr: 'Diabète', en: 'Diabetes' }, keywords: ['diabète', 'diabétique', 'insuline'] },
  { id: 'cancer', label: { fr: 'Cancer', en: 'Cancer' }, keywords: ['cancer', 'oncologie', 'tumeur', 'leucémie', 'lymphome'] },
  {
    id: 'sante_mentale',
    label: { fr: 'Santé mentale', en: 'Mental health' },
    keywords: ['santé mentale', 'psychiatrie', 'psychique', 'dépression', 'bipolaire', 'schizophrénie'],
  },
  {
    id: 'maladies_cardiovasculaires',
    label: { fr: 'Maladies cardiovasculaires', en: 'Cardiovascular diseases' },
    keywords: ['cardiologie', 'cardiaque', 'cardiovasculaire', 'cœur', 'infarctus', 'AVC', 'hypertension'],
  },
  {
    id: 'maladies_rares',
    label: { fr: 'Maladies rares', en: 'Rare diseases' },
    keywords: ['maladie rare', 'maladies rares', 'mucoviscidose'],
  },
  {
    id: 'vih_hepatites',
    label: { fr: 'VIH, hépatites', en: 'HIV, hepatitis' },
    keywords: ['VIH', 'sida', 'hépatite', 'IST'],
  },
  { id: 'handicap', label: { fr: 'Handicap', en: 'Disability' }, keywords: ['handicap', 'situation de handicap'] },
  {
    id: 'addictions',
    label: { fr: 'Addictions', en: 'Addictions' },
    keywords: ['addiction', 'addictologie', 'alcool', 'tabac', 'drogue'],
  },
  {
    id: 'douleur_chronique',
    label: { fr: 'Douleur chronique', en: 'Chronic pain' },
    keywords: ['douleur', 'fibromyalgie', 'migraine', 'endométriose'],
  },
  {
    id: 'maladies_respiratoires',
    label: { fr: 'Maladies respiratoires', en: 'Respiratory diseases' },
    keywords: ['respiratoire', 'asthme', 'BPCO', 'pneumologie'],
  },
  {
    id: 'maladies_renales',
    label: { fr: 'Maladies rénales', en: 'Kidney diseases' },
    keywords: ['rénal', 'rénale', 'rein', 'dialyse', 'néphrologie', 'greffe'],
  },
  {
    id: 'maladies_neurologiques',
    label: { fr: 'Maladies neurologiques', en: 'Neurological diseases' },
    keywords: ['neurologique', 'sclérose en plaques', 'Parkinson', 'Alzheimer', 'épilepsie'],
  },
  {
    id: 'maladies_inflammatoires',
    label: { fr: 'Maladies inflammatoires chroniques', en: 'Chronic inflammatory diseases' },
    keywords: ['MICI', 'Crohn', 'polyarthrite', 'lupus', 'inflammatoire'],
  },
  {
    id: 'perinatalite',
    label: { fr: 'Périnatalité', en: 'Perinatal care' },
    keywords: ['périnatalité', 'grossesse', 'naissance', 'prématuré', 'maternité', 'néonatal'],
  },
  {
    id: 'vieillissement',
    label: { fr: "Vieillissement, perte d'autonomie", en: 'Ageing, loss of autonomy' },
    keywords: ['vieillissement', "perte d'autonomie", 'gériatrie', 'personnes âgées'],
  },
  {
    id: 'proche_aidant',
    label: { fr: 'Proche aidant', en: 'Family carer' },
    keywords: ['proche aidant', 'aidant', 'aidante', "parent d'enfant malade"],
  },
] as const satisfies readonly HealthTheme[];

export function isHealthThemeId(value: unknown): value is HealthThemeId {
  return typeof value === 'string' && (HEALTH_THEME_IDS as readonly string[]).includes(value);
}
export function healthThemeById(id: string): HealthTheme | undefined {
  return (HEALTH_THEMES as readonly HealthTheme[]).find((t) => t.id === id);
}

/** Label of a theme id, or the free text itself when it is not a known id. */
export function healthThemeLabel(idOrText: string, locale: Locale): string {
  const theme = healthThemeById(idOrText);
  return theme ? localized(theme.label, locale) : idOrText;
}

/**
 * The known theme a value stands for: a theme id, or free text containing a
 * label or keyword ("Diabète de type 1" → 'diabete'); the first theme of the list
 * that fits wins. Undefined when none fits.
 */
export function findHealthTheme(idOrText: string): HealthThemeId | undefined {
  if (isHealthThemeId(idOrText)) return idOrText;
  for (const theme of HEALTH_THEMES as readonly HealthTheme[]) {
    if ([theme.label.fr, ...theme.keywords].some((cue) => includesWords(idOrText, cue))) {
      return theme.id as HealthThemeId;
    }
  }
  return undefined;
}
