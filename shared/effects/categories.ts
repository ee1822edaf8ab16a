/**
 * The categories of a project's effects, as the HAS guide (2026) names them: its « double
 * évaluation » (4.4, l.774) takes chapter 5's six kinds of effect as « une première base
 * pour l'évaluation », to which « peuvent s'ajouter des indicateurs spécifiques à l'action,
 * au projet ou au programme » (l.776) — the seventh category here.
 *
 * Labels follow the titles of sections 5.1–5.6 (l.882–934). Each category carries one line
 * of help from the guide: quoted (« … ») where one sentence of the guide defines it (5.1,
 * 5.2, 5.3, 5.5, l.776), otherwise a list of the effects the section names, not in quotes
 * (5.4 and 5.6 open with studies, not a definition). English is our translation.
 */
import type { LocalizedText } from '../i18n/locale';
import { EFFECT_CATEGORIES, type EffectCategory } from '../schemas/effect';

export { EFFECT_CATEGORIES, type EffectCategory };

export interface EffectCategoryInfo {
  readonly id: EffectCategory;
  /** Where the guide speaks of it: a section (« 5.1 ») or a line of 4.4 (« l.776 »). */
  readonly source: string;
  readonly label: LocalizedText;
  /** One line of help, from the guide (see the module's comment for what is quoted). */
  readonly help: LocalizedText;
}

export const EFFECT_CATEGORY_INFO: Readonly<Record<EffectCategory, EffectCategoryInfo>> = {
  clinical: {
    id: 'clinical',
    source: '5.1',
    label: { fr: 'Effets cliniques', en: 'Clinical effects' },
    help: {
      fr: '« Il s’agit d’impact sur l’amélioration des états de santé des personnes, sur l’amélioration de leur qualité de vie et, plus globalement, sur leur vie avec la maladie. »',
      en: 'The impact on people’s health, on their quality of life and, more broadly, on their life with the illness.',
    },
  },
  psychosocial: {
    id: 'psychosocial',
    source: '5.2',
    label: { fr: 'Effets psychosociaux pour les patients', en: 'Psychosocial effects for patients' },
    help: {
      fr: '« Ces processus psychosociaux sont souvent regroupés sous le terme de coping (capacité à faire face), incluant par exemple la recherche d’information, la formulation de demandes de soutien, l’adaptation de son quotidien, l’expression des émotions et la prise de recul sur sa situation. »',
      en: 'Coping (the ability to face the illness): seeking information, asking for support, adapting daily life, expressing emotions, stepping back from one’s situation.',
    },
  },
  organisational: {
    id: 'organisational',
    source: '5.3',
    label: { fr: 'Effets organisationnels', en: 'Organisational effects' },
    help: {
      fr: '« Il s’agit des impacts dans l’organisation des soins ou des gouvernances, dans la qualité des pratiques professionnelles, ou encore dans l’amélioration ou l’adaptation de l’offre de soins. »',
      en: 'The impact on how care and governance are organised, on the quality of professional practice, and on improving or adapting what care is offered.',
    },
  },
  professionals: {
    id: 'professionals',
    source: '5.4',
    label: { fr: 'Effets sur les professionnels', en: 'Effects on professionals' },
    help: {
      fr: 'Charge cognitive, sentiment d’isolement et risque d’épuisement, nouvelles compétences, relation entre soignants et patients, qualité de vie au travail.',
      en: 'Cognitive load, isolation and burnout risk, new skills, the relationship between carers and patients, quality of working life.',
    },
  },
  empowerment: {
    id: 'empowerment',
    source: '5.5',
    label: { fr: 'Effets sur le pouvoir d’agir', en: 'Effects on people’s power to act' },
    help: {
      fr: '« L’exercice du pouvoir d’agir collectif débute par la capacité des patients au sein d’un partenariat à formuler leurs attentes, leurs besoins et leurs difficultés. »',
      en: 'Collective power to act begins with patients in a partnership being able to voice their expectations, their needs and their difficulties.',
    },
  },
  research: {
    id: 'research',
    source: '5.6',
    label: { fr: 'Effets sur la recherche en santé', en: 'Effects on health research' },
    help: {
      fr: 'Pertinence et qualité des études, gouvernance de la recherche, protocoles, recrutement et inclusion des participants, formation des chercheurs.',
      en: 'Relevance and quality of studies, research governance, protocols, recruiting and including participants, training researchers.',
    },
  },
  project: {
    id: 'project',
    source: 'l.776',
    label: { fr: 'Indicateurs propres au projet', en: 'The project’s own indicators' },
    help: {
      fr: '« À cette première base, générale, peuvent s’ajouter des indicateurs spécifiques à l’action, au projet ou au programme. »',
      en: 'To this first, general base may be added indicators specific to the action, the project or the programme.',
    },
  },
};

/** The seven categories in the guide's order (5.1 … 5.6, then the project's own). */
export const EFFECT_CATEGORY_LIST: readonly EffectCategoryInfo[] = EFFECT_CATEGORIES.map((id) => EFFECT_CATEGORY_INFO[id]);
