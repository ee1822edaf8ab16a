/**
 * The HAS model charter of commitment in health partnership: Annex 1 of the
 * guide (l.979–998), French text verbatim, as paragraphs and list items
 * (the 4 principles stay separate items), with one correction:
 *
 * the guide cites « l'article 261-3 du Code pénal » (l.994) while its own
 * footnote 46 (l.998) quotes article 226-13 (breach of professional secrecy);
 * there is no article 261-3 on secrecy. We show « l'article 226-13 du Code
 * pénal », export the guide's original wording, and explain the change
 * (CHARTER_CORRECTION_NOTE). Section 3.6 (l.622, note 25 l.629) cites 226-1.
 *
 * test/unit/shared/vocab-charter.test.ts checks the text against the guide.
 */
import { type Locale, type LocalizedText, localized } from '../i18n/locale';

export const CHARTER_TITLE: LocalizedText = {
  fr: "Modèle de charte d'engagement dans le partenariat en santé",
  en: 'Model charter of commitment to health partnership',
};

/** The guide's placeholder for the title of the action, programme or project (l.981). */
export const CHARTER_PLACEHOLDER = "[insérer l'intitulé de l'action, du programme ou du projet]";
export const CHARTER_PLACEHOLDER_EN = '[insert the title of the action, programme or project]';

export const CHARTER_ORIGINAL_PENAL_REFERENCE = "l'article 261-3 du Code pénal";
export const CHARTER_CORRECTED_PENAL_REFERENCE = "l'article 226-13 du Code pénal";

export type CharterBlockKind = 'paragraph' | 'item' | 'closing';

export interface CharterBlock {
  readonly kind: CharterBlockKind;
  readonly text: LocalizedText;
  /** The block carries the guide's footnote 46 (CHARTER_FOOTNOTE). */
  readonly footnote?: boolean;
}

/** The guide's paragraph on the rules of law, with its original (erroneous) reference, footnote marker removed. */
export const CHARTER_ORIGINAL_LAW_PARAGRAPH_FR =
  "Les patients partenaires comme tous les professionnels partenaires s'astreignent au respect des règles de droit, particulièrement celles qui s'attachent à la protection des secrets de la vie privée, visées à l'article 261-3 du Code pénal, et celles protégeant le secret médical, ainsi qu'au respect du principe de neutralité quand il s'agit de services publics. Ils reconnaissent ne pas avoir accès au partage des données de santé des patients, lequel est réservé aux membres professionnels de l'équipe et dans la mesure où ils sont strictement nécessaires à la prise en charge ou à l'accompagnement des personnes soignées ou accueillies (article L. 1110-4 et L. 1110-12 du Code de la santé publique et L. 312-1-I du Code de l'action sociale et des familles).";

export const CHARTER_BLOCKS: readonly CharterBlock[] = [
  {
    kind: 'paragraph',
    text: {
      fr: `Les signataires reconnaissent que la présente charte encadre une relation où les partenaires peuvent accomplir davantage en travaillant ensemble que de façon isolée. Leurs rapports sont fondés sur un engagement libre et mutuel d'acteurs aux expériences et savoirs différents mais égaux et complémentaires, qui constituent une équipe ou un groupe dans la perspective de l'action, du programme ou du projet ${CHARTER_PLACEHOLDER}. Ils élaborent à cette fin un cadre d'action adapté au projet qui les rassemble, pour agir ensemble à partir de ce cadre dans la double perspective de l'amélioration de la qualité des soins et du renforcement du pouvoir d'agir des usagers et des professionnels du système de santé.`,
      en: `The signatories recognise that this charter frames a relationship in which the partners can achieve more by working together than in isolation. Their relations rest on the free and mutual commitment of actors whose experiences and knowledge are different but equal and complementary, who form a team or a group for the action, programme or project ${CHARTER_PLACEHOLDER_EN}. To this end they draw up a framework for action suited to the project that brings them together, so as to act together on that basis with the twofold aim of improving the quality of care and of strengthening the power to act of users and of health-system professionals.`,
    },
  },
  {
    kind: 'paragraph',
    text: {
      fr: "Ce cadre d'action repose sur un constat partagé, un ou des objectifs à atteindre, un plan d'action et les critères d'évaluation des résultats à atteindre.",
      en: 'This framework for action rests on a shared assessment, one or more objectives to reach, an action plan and the criteria for evaluating the results to be achieved.',
    },
  },
  {
    kind: 'paragraph',
    text: {
      fr: "En signant cette charte, les partenaires expriment leur accord sur les principes et les modes de référence du partenariat en santé tels qu'ils ont été établis par la HAS dans le guide publié en mai 2026.",
      en: 'By signing this charter, the partners express their agreement with the principles and reference methods of health partnership as set out by the HAS in the guide published in May 2026.',
    },
  },
  {
    kind: 'paragraph',
    text: {
      fr: "À cet égard, ils s'astreignent notamment au respect des principes de :",
      en: 'In this respect, they undertake in particular to respect the principles of:',
    },
  },
  {
    kind: 'item',
    text: {
      fr: 'reconnaissance mutuelle des savoirs et de leur partage ;',
      en: 'mutual recognition of knowledge and of its sharing;',
    },
  },
  {
    kind: 'item',
    text: {
      fr: 'respect mutuel fondé sur la confiance, la transparence et le non-jugement ;',
      en: 'mutual respect based on trust, transparency and non-judgement;',
    },
  },
  {
    kind: 'item',
    text: {
      fr: 'complémentarité entre patients et professionnels pour mener ensemble les actions identifiées en commun ;',
      en: 'complementarity between patients and professionals in carrying out together the actions identified jointly;',
    },
  },
  {
    kind: 'item',
    text: {
      fr: 'soutien collectif en mobilisant une organisation, une méthode et des outils partagés au service des patients et des professionnels engagés en commun.',
      en: 'collective support, by mobilising a shared organisation, method and tools for the patients and professionals engaged together.',
    },
  },
  {
    kind: 'paragraph',
    footnote: true,
    text: {
      fr: CHARTER_ORIGINAL_LAW_PARAGRAPH_FR.replace(CHARTER_ORIGINAL_PENAL_REFERENCE, CHARTER_CORRECTED_PENAL_REFERENCE),
      en: "Patient partners, like all partner professionals, undertake to respect the rules of law, particularly those protecting the secrets of private life, referred to in article 226-13 of the French Criminal Code, and those protecting medical secrecy, as well as the principle of neutrality where public services are concerned. They acknowledge that they have no access to the sharing of patients' health data, which is reserved to the professional members of the team and only insofar as these data are strictly necessary for the care or support of the people treated or received (articles L. 1110-4 and L. 1110-12 of the French Public Health Code and L. 312-1-I of the French Code of Social Action and Families).",
    },
  },
  {
    kind: 'closing',
    text: {
      fr: "Suivent les signatures, précédées de la mention « lu et approuvé », par l'ensemble des personnes concernées, quel que soit leur statut dans le partenariat.",
      en: 'The signatures follow, preceded by the words "read and approved", by all the persons concerned, whatever their status in the partnership.',
    },
  },
];

/** The mention each signatory writes before signing (closing sentence, l.996). */
export const CHARTER_MENTION: LocalizedText = { fr: 'lu et approuvé', en: 'read and approved' };

/** Footnote 46 of the guide (l.998): the text of article 226-13 of the Code pénal. */
export const CHARTER_FOOTNOTE: LocalizedText = {
  fr: "« La révélation d'une information à caractère secret par une personne qui en est dépositaire soit par état ou par profession, soit en raison d'une fonction ou d'une mission temporaire, est punie d'un an d'emprisonnement et de 15 000 euros d'amende. »",
  en: '"The disclosure of secret information by a person who holds it either by position or profession, or by reason of a temporary function or mission, is punishable by one year\'s imprisonment and a fine of 15,000 euros."',
};

export const CHARTER_CORRECTION_NOTE: LocalizedText = {
  fr: "La charte type de la HAS (annexe 1) cite « l'article 261-3 du Code pénal », référence qui ne correspond pas au texte visé : la note 46 du guide reproduit l'article 226-13 du Code pénal (atteinte au secret professionnel). La référence est donc corrigée en « l'article 226-13 du Code pénal ». La section 3.6 du guide renvoie par ailleurs à l'article 226-1 (atteinte à l'intimité de la vie privée).",
  en: 'The HAS model charter (appendix 1) cites "article 261-3 du Code pénal", a reference that does not match the text it points to: the guide\'s footnote 46 quotes article 226-13 of the Criminal Code (breach of professional secrecy). The reference is therefore corrected to "article 226-13 du Code pénal". Section 3.6 of the guide also refers to article 226-1 (invasion of privacy).',
};

export const CHARTER_SOURCE: LocalizedText = {
  fr: 'HAS, « Partenariat en santé et patients partenaires », guide adopté le 28 mai 2026, annexe 1',
  en: 'HAS, « Partenariat en santé et patients partenaires » (Health partnership and patient partners), guide adopted on 28 May 2026, appendix 1',
};

/** The charter's blocks in a locale, the placeholder replaced by the quoted project title (kept when the title is blank). */
export function charterBlocks(
  projectTitle: string,
  locale: Locale,
): { kind: CharterBlockKind; text: string; footnote: boolean }[] {
  const title = projectTitle.trim();
  const placeholder = locale === 'en' ? CHARTER_PLACEHOLDER_EN : CHARTER_PLACEHOLDER;
  const replacement = title === '' ? placeholder : locale === 'en' ? `"${title}"` : `« ${title} »`;
  return CHARTER_BLOCKS.map((block) => ({
    kind: block.kind,
    // split/join, not replace(): a title containing "$&" must stay as typed.
    text: localized(block.text, locale).split(placeholder).join(replacement),
    footnote: block.footnote === true,
  }));
}

/** The charter's paragraphs and list items as plain strings (the text that is signed and hashed). */
export function charterText(projectTitle: string, locale: Locale): string[] {
  return charterBlocks(projectTitle, locale).map((block) => block.text);
}
