/**
 * The drawing pad, fetched when someone chooses « Dessiner ma signature »: the typed
 * signature is the default path (RGAA 13.10), so pages where nobody draws never download
 * the recorder, its words or its styles (notes/widgets.md: load drawing only when chosen).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { PAD_HEIGHT, PAD_VIEW_BOX, PAD_WIDTH, type StrokeRecorder } from './drawing';
import type { CharterMessages } from './messages';
import { PAD_WORDS, type PadWords } from './pad-words';

export { PAD_VIEW_BOX, StrokeRecorder } from './drawing';
export { adoptDetailStyles } from './lazy-styles';

/** The pad's words: the English table carries them (an English page has it by then), the French ones are here. */
export const padWords = (t: CharterMessages): PadWords => t.pad ?? PAD_WORDS;

/** The pad (an SVG image named by its number of strokes), its help, its error, undo and clear. */
export function renderPad(pad: StrokeRecorder, error: string | undefined, t: CharterMessages): TemplateResult {
  const w = padWords(t);
  return html`<div class="field">
    <p class="hint" id="pad-help">${w.padHelp}</p>
    <svg class="pad" part="pad" viewBox=${PAD_VIEW_BOX} role="img" aria-label=${w.padLabel(pad.strokes.length)}
      aria-describedby=${error ? 'pad-help drawing-error' : 'pad-help'}
      @pointerdown=${pad.down} @pointermove=${pad.move} @pointerup=${pad.up} @pointercancel=${pad.up}>
      <line class="baseline" x1="30" x2=${PAD_WIDTH - 30} y1=${PAD_HEIGHT * 0.75} y2=${PAD_HEIGHT * 0.75}></line>
      ${pad.strokes.map((d) => svg`<path d=${d}></path>`)}${pad.current ? svg`<path d=${pad.current}></path>` : nothing}
    </svg>
    ${error ? html`<p class="error" id="drawing-error">${error}</p>` : nothing}
    <div class="buttons">
      <button type="button" ?disabled=${!pad.strokes.length} @click=${() => pad.undo()}>${w.undo}</button>
      <button type="button" ?disabled=${!pad.strokes.length} @click=${() => pad.clear()}>${w.clear}</button>
    </div>
  </div>`;
}
