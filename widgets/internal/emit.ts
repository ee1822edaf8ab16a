import type {} from '../events.js';

/** The `pp-*` events of `HTMLElementEventMap` (widgets/events.ts), each with its detail type. */
export type PpEventName = Extract<keyof HTMLElementEventMap, `pp-${string}`>;
export type PpEventDetail<K extends PpEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The one way a widget tells its host something: a `pp-*` CustomEvent that bubbles out of the
 * shadow root (composed), so a listener on any ancestor hears it. Returns false when a
 * cancelable event was cancelled.
 */
export function emit<K extends PpEventName>(el: EventTarget, type: K, detail: PpEventDetail<K>, cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
