import type { Locale } from '../../shared/i18n/locale';

/** The drawing pad's words, shared by the pad and the review of a drawn signature (both loaded on demand). */
export const PAD_WORDS = {
  fr: {
    padLabel: (strokes: number) =>
      strokes === 0
        ? 'Zone de signature dessinée, vide'
        : `Zone de signature dessinée : ${strokes} trait${strokes > 1 ? 's' : ''}`,
    padHelp: 'Signez dans le cadre (souris, doigt ou stylet). Au clavier, choisissez « Taper mon nom ».',
    undo: 'Annuler le dernier trait',
    clear: 'Effacer',
  },
  en: {
    padLabel: (strokes: number) =>
      strokes === 0 ? 'Signature drawing area, empty' : `Signature drawing area: ${strokes} stroke${strokes > 1 ? 's' : ''}`,
    padHelp: 'Sign inside the frame with a mouse, a finger or a pen. With a keyboard, choose “Type my name” instead.',
    undo: 'Undo last stroke',
    clear: 'Clear',
  },
} satisfies Record<Locale, unknown>;
