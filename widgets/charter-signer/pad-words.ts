/**
 * The drawing pad's words, in French. The English ones are in the widget's one English module
 * (messages-en.ts, `en.pad`), read through the element's messages: English pages have it by then.
 * The review of a drawn signature reads its name through the pad module (pad.ts), which is loaded
 * by then, so these words ride in the pad's chunk rather than in a chunk of their own.
 */
export const PAD_WORDS = {
  padLabel: (strokes: number) =>
    strokes === 0 ? 'Zone de signature dessinée, vide' : `Zone de signature dessinée : ${strokes} trait${strokes > 1 ? 's' : ''}`,
  padHelp: 'Signez dans le cadre (souris, doigt ou stylet). Au clavier, choisissez « Taper mon nom ».',
  undo: 'Annuler le dernier trait',
  clear: 'Effacer',
};

export type PadWords = typeof PAD_WORDS;
