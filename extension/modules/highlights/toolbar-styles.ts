/**
 * Styles of the in-page toolbar, inside its closed shadow root. The host resets every
 * inherited property (`all: initial`, important so that page rules on unknown elements
 * cannot reach it) and takes no room in the page. Sizes in em from the user's default
 * font size (`medium`), not the page's: the page may set html { font-size: 62.5% }.
 */
import { isSafeMeaning, type Meaning } from './meanings';

export const TOOLBAR_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important}
.panel{position:fixed;box-sizing:border-box;max-width:min(40em,calc(100vw - 1em));font:medium/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#161616;background:#fff;border:1px solid #3a3a3a;border-radius:.5em;box-shadow:0 .25em 1em rgb(0 0 0/.25);padding:.375em}
.panel[hidden]{display:none}
[role=toolbar],.meanings{display:flex;flex-wrap:wrap;gap:.25em;align-items:center}
button{font:inherit;color:inherit;background:#f6f6f6;border:1px solid #666;border-radius:.3em;padding:.25em .6em;min-height:2.25em;cursor:pointer;display:inline-flex;align-items:center;gap:.4em}
button:hover{background:#e8e8e8}
button[aria-pressed=true]{border-width:2px;border-color:#161616;font-weight:700}
button:focus-visible,textarea:focus-visible{outline:3px solid #0a5fd6;outline-offset:2px}
.sample{display:inline-block;padding:0 .2em;color:#161616;line-height:1.2}
.close{margin-inline-start:auto}
form{display:grid;gap:.375em;margin-top:.5em}
form[hidden]{display:none}
label{font-weight:600}
textarea{font:inherit;color:inherit;background:#fff;border:1px solid #666;border-radius:.3em;padding:.3em;min-height:4.5em;width:100%;box-sizing:border-box;resize:vertical}
.status{margin:.25em 0 0;font-size:.875em}
.status:empty{display:none}
.status.error{color:#b60000;font-weight:600}
@media (forced-colors:active){.panel{border-color:CanvasText}button[aria-pressed=true]{outline:2px solid Highlight}}
`;

/** One sample style per meaning: its colour and its underline pattern, as on the page. */
export function sampleCss(meanings: readonly Meaning[]): string {
  return meanings
    .filter(isSafeMeaning)
    .map((m) => `.m-${m.id}{background-color:${m.colour};text-decoration:underline ${m.pattern} #161616}`)
    .join('\n');
}
