import { expect } from 'vitest';
import { createEvaluation, withAnswer, withComment } from '../../../shared/checklist/evaluation';
import type { ChecklistEvaluation } from '../../../shared/schemas/checklist';
import { CHECKLIST_CRITERION_IDS, type ChecklistAnswer } from '../../../shared/vocab/checklist';
import '../../../widgets/checklist/index';
import type { PpChecklist } from '../../../widgets/checklist/index';

// A French hospital page (the test runner's page says lang="en").
document.documentElement.lang = 'fr';

export async function mount(
  props: Record<string, unknown> = {},
  attrs: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<PpChecklist> {
  const el = document.createElement('pp-checklist');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  parent.append(el);
  await settle(el);
  return el;
}

/** Waits for the element's update and for the modules it loads after its first render. */
export async function settle(el: PpChecklist): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

export const root = (el: PpChecklist) => el.shadowRoot as ShadowRoot;
export const $ = <T extends Element = HTMLElement>(el: PpChecklist, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: PpChecklist, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function button(el: PpChecklist, label: string | RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof label === 'string' ? text(b) === label : label.test(text(b)),
  );
  expect(found, `button ${label}`).toBeTruthy();
  return found!;
}

export function radio(el: PpChecklist, criterion: string, answer: ChecklistAnswer): HTMLInputElement {
  const input = $<HTMLInputElement>(el, `input[type="radio"][name="a-${criterion}"][value="${answer}"]`);
  expect(input, `${criterion}=${answer}`).toBeTruthy();
  return input!;
}

/** Types into an input as a person would (value then input event). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function events(el: PpChecklist, type: string): CustomEvent[] {
  const seen: CustomEvent[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent));
  return seen;
}

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A titled evaluation with the given answers (and comments). */
export function evaluation(
  date: string,
  answers: Partial<Record<string, ChecklistAnswer>> = {},
  extra: Partial<ChecklistEvaluation> = {},
): ChecklistEvaluation {
  let e = createEvaluation({ projectTitle: 'Accueil des urgences', date, id: `eval-${date}` });
  for (const [id, answer] of Object.entries(answers)) e = withAnswer(e, id, answer ?? null);
  return { ...e, ...extra };
}

export function allAnswered(date: string, answer: ChecklistAnswer = 'oui'): ChecklistEvaluation {
  let e = evaluation(date);
  for (const id of CHECKLIST_CRITERION_IDS) e = withAnswer(e, id, answer);
  return withComment(e, 'has.2', 'Trois patientes partenaires depuis mars');
}

/** Captures the next file the widget offers for download (Blob URL + a[download] click). */
export async function captureDownload(
  action: () => void,
): Promise<{ name: string; type: string; text: string; bytes: Uint8Array }> {
  const originalCreate = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return originalCreate.call(URL, b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    action();
    await expect.poll(() => name, { timeout: 3000 }).not.toBe('');
  } finally {
    URL.createObjectURL = originalCreate;
    HTMLAnchorElement.prototype.click = originalClick;
  }
  const bytes = new Uint8Array(await blob!.arrayBuffer());
  return { name, type: blob!.type, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), bytes };
}

/** Chooses a file in the widget's import field, as the file picker would. */
export function chooseFile(el: PpChecklist, content: string, name = 'check-list.json') {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
