import type { Locale } from '../../shared/i18n/locale';

/**
 * The drawing pad's words. The review of a drawn signature reads its name through the pad module
 * (pad.ts re-exports them; it is loaded by then), so they ride in the pad's chunk rather than in a
 * chunk of their own that the signing step fetched too.
 */
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
