import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Signatory } from '../../../shared/schemas/charter';
import '../../../widgets/charter-signer/index';
import type { PpCharterSigner } from '../../../widgets/charter-signer/index';

export const patient: Signatory = { name: 'Jeanne Martin', role: 'patient_partenaire', organisation: 'Association Vivre avec' };
export const doctor: Signatory = { name: 'Dr Karim Benali', role: 'professionnel_sante', organisation: 'CH de Valmont' };
export const director: Signatory = { name: 'Élise Roussel', role: 'direction_etablissement' };

export async function mount(
  props: Partial<PpCharterSigner> & Record<string, unknown> = {},
  attrs: Record<string, string> = {},
  parent: HTMLElement = document.body,
) {
  const el = document.createElement('pp-charter-signer');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  parent.append(el);
  await settle(el);
  return el;
}

/** Waits for the element's pending update (and the lazily loaded modules it awaits). */
export async function settle(el: PpCharterSigner): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

export const root = (el: PpCharterSigner) => el.shadowRoot as ShadowRoot;
export const $ = <T extends Element = HTMLElement>(el: PpCharterSigner, selector: string) => root(el).querySelector<T>(selector);
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (real key events) until `match` holds for the focused element; fails after `max` presses. */
export async function tabTo(match: (el: Element) => boolean, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active && match(active)) return active;
    await userEvent.tab();
  }
  throw new Error(`focus never reached the expected control (last: ${deepActive()?.outerHTML.slice(0, 120)})`);
}

export async function until(condition: () => unknown, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Fills the form with the typed signature and goes through review and confirmation, with clicks. */
export async function signTyped(
  el: PpCharterSigner,
  options: { who?: Signatory; mention?: string; typed?: string } = {},
): Promise<void> {
  const r = root(el);
  if (options.who) {
    const other = [...r.querySelectorAll<HTMLInputElement>('input[name=who]')].at(-1);
    if (other) await userEvent.click(other);
    await userEvent.fill($(el, '#name') as HTMLInputElement, options.who.name);
    await userEvent.selectOptions($(el, '#role') as HTMLSelectElement, options.who.role);
    if (options.who.organisation) await userEvent.fill($(el, '#organisation') as HTMLInputElement, options.who.organisation);
  }
  await userEvent.fill($(el, '#mention') as HTMLInputElement, options.mention ?? 'lu et approuvé');
  await userEvent.fill($(el, '#typedName') as HTMLInputElement, options.typed ?? options.who?.name ?? 'Signature');
  await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
  await until(() => $(el, '#review-title'));
  const before = el.record?.signatures.length ?? 0;
  const confirm = [...r.querySelectorAll('button')].find((b) => text(b) === 'Signer la charte') as HTMLButtonElement;
  await userEvent.click(confirm);
  await until(() => (el.record?.signatures.length ?? 0) > before);
  await settle(el);
}

/** A stroke made of pointer events of the given type across the pad, from (x0,y0) to (x1,y1) in pad fractions. */
export function stroke(
  pad: Element,
  pointerType: 'mouse' | 'pen' | 'touch',
  from: [number, number],
  to: [number, number],
  steps = 12,
  pointerId = 7,
): void {
  const rect = pad.getBoundingClientRect();
  const at = (f: [number, number]) => ({ clientX: rect.left + f[0] * rect.width, clientY: rect.top + f[1] * rect.height });
  const base = { pointerId, pointerType, bubbles: true, composed: true, cancelable: true, isPrimary: true };
  pad.dispatchEvent(new PointerEvent('pointerdown', { ...base, ...at(from), button: 0, buttons: 1 }));
  for (let i = 1; i <= steps; i++) {
    const f: [number, number] = [from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps];
    pad.dispatchEvent(new PointerEvent('pointermove', { ...base, ...at(f), buttons: 1 }));
  }
  pad.dispatchEvent(new PointerEvent('pointerup', { ...base, ...at(to), button: 0, buttons: 0 }));
}

export function expectIsoWithOffset(value: string | undefined): void {
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
}
