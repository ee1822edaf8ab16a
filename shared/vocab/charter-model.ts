/**
 * The HAS model charter of commitment in health partnership: Annex 1 of the
 * guide (l.979–998), French text verbatim, as paragraphs and list items
 * (the 4 principles stay separate items), with one correction:
 *
 * the guide cites « l'article 261-3 du Code pénal » (l.994) while its own
 * footnote 46 (l.998) quotes article 226-13 (breach of professional secrecy);
 * there is no article 261-3 on secrecy. We show « l'article 226-13 du Code
 * pénal », export the guide's original wording, and explain the change
 * (correctionNote). Section 3.6 (l.622, note 25 l.629) cites 226-1.
 *
 * This module holds the French paragraphs, the ones signed, and the short
 * texts around them in both languages; the English translation of the
 * paragraphs (charter-en.ts) is loaded only where it is shown, and charter.ts
 * pairs both for code that wants them together. test/unit/shared/vocab/domains-guide.test.ts
 * checks the text against the guide.
 */
import type { Locale, LocalizedText } from '../i18n/locale';

/** The guide's placeholder for the title of the action, programme or project (l.981). */
export const CHARTER_PLACEHOLDER = "[insérer l'intitulé de l'action, du programme ou du projet]";

export const CHARTER_ORIGINAL_PENAL_REFERENCE = "l'article 261-3 du Code pénal";
export const CHARTER_CORRECTED_PENAL_REFERENCE = "l'article 226-13 du Code pénal";

export type CharterBlockKind = 'paragraph' | 'item' | 'closing';

/** How the model's blocks are laid out, the same in every language. */
export interface CharterBlockLayout {
  readonly kind: CharterBlockKind;
  /** The block carries the guide's footnote 46. */
  readonly footnote?: boolean;
}

/** The charter's paragraphs in one language. */
export interface CharterTexts {
  readonly placeholder: string;
  /** One text per block of CHARTER_LAYOUT, in its order. */
  readonly blocks: readonly string[];
  /** Footnote 46 of the guide (l.998): the text of article 226-13 of the Code pénal. */
  readonly footnote: string;
  /** Why the penal-code reference differs from the guide's. */
  readonly correctionNote: string;
  /** Citation of the model. */
  readonly source: string;
}

export const CHARTER_TITLE: LocalizedText = {
  fr: "Modèle de charte d'engagement dans le partenariat en santé",
  en: 'Model charter of commitment to health partnership',
};

/** The mention each signatory writes before signing (closing sentence, l.996). */
export const CHARTER_MENTION: LocalizedText = { fr: 'lu et approuvé', en: 'read and approved' };

/** The guide's paragraph on the rules of law, with its original (erroneous) reference, footnote marker removed. */
export const CHARTER_ORIGINAL_LAW_PARAGRAPH_FR =
  "Les patients partenaires comme tous les professionnels partenaires s'astreignent au respect des règles de droit, particulièrement celles qui s'attachent à la protection des secrets de la vie privée, visées à l'article 261-3 du Code pénal, et celles protégeant le secret médical, ainsi qu'au respect du principe de neutralité quand il s'agit de services publics. Ils reconnaissent ne pas avoir accès au partage des données de santé des patients, lequel est réservé aux membres professionnels de l'équipe et dans la mesure où ils sont strictement nécessaires à la prise en charge ou à l'accompagnement des personnes soignées ou accueillies (article L. 1110-4 et L. 1110-12 du Code de la santé publique et L. 312-1-I du Code de l'action sociale et des familles).";

export const CHARTER_LAYOUT: readonly CharterBlockLayout[] = [
  { kind: 'paragraph' },
  { kind: 'paragraph' },
  { kind: 'paragraph' },
  { kind: 'paragraph' },
  { kind: 'item' },
  { kind: 'item' },
  { kind: 'item' },
  { kind: 'item' },
  { kind: 'paragraph', footnote: true },
  { kind: 'closing' },
];

export const CHARTER_FR: CharterTexts = {
  placeholder: CHARTER_PLACEHOLDER,
  blocks: [
    `Les signataires reconnaissent que la présente charte encadre une relation où les partenaires peuvent accomplir davantage en travaillant ensemble que de façon isolée. Leurs rapports sont fondés sur un engagement libre et mutuel d'acteurs aux expériences et savoirs différents mais égaux et complémentaires, qui constituent une équipe ou un groupe dans la perspective de l'action, du programme ou du projet ${CHARTER_PLACEHOLDER}. Ils élaborent à cette fin un cadre d'action adapté au projet qui les rassemble, pour agir ensemble à partir de ce cadre dans la double perspective de l'amélioration de la qualité des soins et du renforcement du pouvoir d'agir des usagers et des professionnels du système de santé.`,
    "Ce cadre d'action repose sur un constat partagé, un ou des objectifs à atteindre, un plan d'action et les critères d'évaluation des résultats à atteindre.",
    "En signant cette charte, les partenaires expriment leur accord sur les principes et les modes de référence du partenariat en santé tels qu'ils ont été établis par la HAS dans le guide publié en mai 2026.",
    "À cet égard, ils s'astreignent notamment au respect des principes de :",
    'reconnaissance mutuelle des savoirs et de leur partage ;',
    'respect mutuel fondé sur la confiance, la transparence et le non-jugement ;',
    'complémentarité entre patients et professionnels pour mener ensemble les actions identifiées en commun ;',
    'soutien collectif en mobilisant une organisation, une méthode et des outils partagés au service des patients et des professionnels engagés en commun.',
    CHARTER_ORIGINAL_LAW_PARAGRAPH_FR.replace(CHARTER_ORIGINAL_PENAL_REFERENCE, CHARTER_CORRECTED_PENAL_REFERENCE),
    "Suivent les signatures, précédées de la mention « lu et approuvé », par l'ensemble des personnes concernées, quel que soit leur statut dans le partenariat.",
  ],
  footnote:
    "« La révélation d'une information à caractère secret par une personne qui en est dépositaire soit par état ou par profession, soit en raison d'une fonction ou d'une mission temporaire, est punie d'un an d'emprisonnement et de 15 000 euros d'amende. »",
  correctionNote:
    "La charte type de la HAS (annexe 1) cite « l'article 261-3 du Code pénal », référence qui ne correspond pas au texte visé : la note 46 du guide reproduit l'article 226-13 du Code pénal (atteinte au secret professionnel). La référence est donc corrigée en « l'article 226-13 du Code pénal ». La section 3.6 du guide renvoie par ailleurs à l'article 226-1 (atteinte à l'intimité de la vie privée).",
  source: 'HAS, « Partenariat en santé et patients partenaires », guide adopté le 28 mai 2026, annexe 1',
};

/** The charter's blocks in `texts`' language, the placeholder replaced by the quoted project title (kept when the title is blank). */
export function charterBlocksIn(
  texts: CharterTexts,
  projectTitle: string,
  locale: Locale,
): { kind: CharterBlockKind; text: string; footnote: boolean }[] {
  const title = projectTitle.trim();
  const replacement = title === '' ? texts.placeholder : locale === 'en' ? `"${title}"` : `« ${title} »`;
  return CHARTER_LAYOUT.map((block, i) => ({
    kind: block.kind,
    // split/join, not replace(): a title containing "$&" must stay as typed.
    text: (texts.blocks[i] ?? '').split(texts.placeholder).join(replacement),
    footnote: block.footnote === true,
  }));
}
