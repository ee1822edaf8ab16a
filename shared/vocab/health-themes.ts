/**
 * A short list of lived-experience themes to tag profiles and project needs.
 * Free-text themes stay allowed on profiles (experience.themes is string[]):
 * the list only offers common choices and a way to recognise them.
 */
import { type Locale, type LocalizedText, localized } from '../i18n/locale';
import { includesWords } from '../text/words';
import { HEALTH_THEME_IDS, HEALTH_THEME_LABELS, type HealthThemeId } from './health-theme-labels';

export interface HealthTheme {
  readonly id: HealthThemeId;
  readonly label: LocalizedText;
  /** French cues recognising a free-text theme (compared word by word, without accents, case or plural). */
  readonly keywords: readonly string[];
}

export { HEALTH_THEME_IDS, type HealthThemeId } from './health-theme-labels';

/** French cues of each theme, compared word by word (findHealthTheme). */
const KEYWORDS: Record<HealthThemeId, readonly string[]> = {
  diabete: ['diabète', 'diabétique', 'insuline'],
  cancer: ['cancer', 'oncologie', 'tumeur', 'leucémie', 'lymphome'],
  sante_mentale: ['santé mentale', 'psychiatrie', 'psychique', 'dépression', 'bipolaire', 'schizophrénie'],
  maladies_cardiovasculaires: ['cardiologie', 'cardiaque', 'cardiovasculaire', 'cœur', 'infarctus', 'AVC', 'hypertension'],
  maladies_rares: ['maladie rare', 'maladies rares', 'mucoviscidose'],
  vih_hepatites: ['VIH', 'sida', 'hépatite', 'IST'],
  handicap: ['handicap', 'situation de handicap'],
  addictions: ['addiction', 'addictologie', 'alcool', 'tabac', 'drogue'],
  douleur_chronique: ['douleur', 'fibromyalgie', 'migraine', 'endométriose'],
  maladies_respiratoires: ['respiratoire', 'asthme', 'BPCO', 'pneumologie'],
  maladies_renales: ['rénal', 'rénale', 'rein', 'dialyse', 'néphrologie', 'greffe'],
  maladies_neurologiques: ['neurologique', 'sclérose en plaques', 'Parkinson', 'Alzheimer', 'épilepsie'],
  maladies_inflammatoires: ['MICI', 'Crohn', 'polyarthrite', 'lupus', 'inflammatoire'],
  perinatalite: ['périnatalité', 'grossesse', 'naissance', 'prématuré', 'maternité', 'néonatal'],
  vieillissement: ['vieillissement', "perte d'autonomie", 'gériatrie', 'personnes âgées'],
  proche_aidant: ['proche aidant', 'aidant', 'aidante', "parent d'enfant malade"],
};

/** The themes with their keywords, in the list's order. */
export const HEALTH_THEMES: readonly HealthTheme[] = HEALTH_THEME_LABELS.map((theme) => ({
  ...theme,
  keywords: KEYWORDS[theme.id],
}));

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
