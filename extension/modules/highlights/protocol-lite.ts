/**
 * The injected script's side of the protocol (protocol.ts): constants and hand-written
 * guards that accept exactly what the zod schemas accept, without bundling zod into a
 * script that must stay under 15 KB gzip. test/unit/extension/highlights/protocol.test.ts checks
 * that both agree. Commands come from our own extension only (a web page cannot message
 * a content script), so these guards protect against our own bugs and stale data.
 */
import type { Selector } from '../../../shared/schemas/annotation';
import { MEANING_COLOUR, MEANING_ID, UNDERLINE_PATTERNS } from './meanings';
import type { HighlighterCommand, MeaningMessage, PageAnnotation } from './protocol';

export const HL = 'binome:hl:';
export const HIGHLIGHTER_PROTOCOL_VERSION = 1;

/** Same rule as IdSchema (shared/schemas/common.ts). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$/;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number, min = 0): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isOptionalString = (v: unknown, max: number) => v === undefined || isString(v, max);
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isMeaningId = (v: unknown): v is string => typeof v === 'string' && MEANING_ID.test(v);
const isNat = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isLocale = (v: unknown) => v === 'fr' || v === 'en';

/** Cheap routing test for a listener: is this one of ours? */
export function isHighlighterMessage(message: unknown): message is { type: string } {
  return isObject(message) && typeof message.type === 'string' && message.type.startsWith(HL);
}

function isSelector(s: unknown): s is Selector {
  if (!isObject(s)) return false;
  switch (s.type) {
    case 'TextQuoteSelector':
      return isString(s.exact, 20_000, 1) && isOptionalString(s.prefix, 500) && isOptionalString(s.suffix, 500);
    case 'TextPositionSelector':
      return isNat(s.start) && isNat(s.end) && s.end >= s.start;
    case 'CssSelector':
      return typeof s.value === 'string' && s.value.trim().length >= 1 && s.value.trim().length <= 2000;
    default:
      return false;
  }
}

function isSelectors(v: unknown): v is Selector[] {
  return Array.isArray(v) && v.length >= 1 && v.length <= 10 && v.every(isSelector);
}

export function isPageAnnotation(a: unknown): a is PageAnnotation {
  return isObject(a) && isId(a.id) && isSelectors(a.selectors) && isMeaningId(a.colour) && isOptionalString(a.note, 20_000);
}

function isMeaning(m: unknown): m is MeaningMessage {
  return (
    isObject(m) &&
    isMeaningId(m.id) &&
    isString(m.label, 60, 1) &&
    typeof m.colour === 'string' &&
    MEANING_COLOUR.test(m.colour) &&
    (UNDERLINE_PATTERNS as readonly unknown[]).includes(m.pattern)
  );
}

/** The command in `message`, or null when it does not follow the protocol. */
export function readCommand(message: unknown): HighlighterCommand | null {
  if (!isHighlighterMessage(message)) return null;
  const m = message as Json;
  const ok = (() => {
    switch (m.type) {
      case `${HL}ping`:
      case `${HL}capture`:
      case `${HL}clear`:
        return true;
      case `${HL}render`:
        return (
          Array.isArray(m.annotations) &&
          m.annotations.length <= 5000 &&
          m.annotations.every(isPageAnnotation) &&
          Array.isArray(m.meanings) &&
          m.meanings.length <= 50 &&
          m.meanings.every(isMeaning) &&
          isLocale(m.locale) &&
          (m.toolbar === undefined || m.toolbar === 'selection' || m.toolbar === 'off')
        );
      case `${HL}add`:
        return isPageAnnotation(m.annotation);
      case `${HL}update`:
        return isId(m.id) && (m.colour === undefined || isMeaningId(m.colour)) && isOptionalString(m.note, 20_000);
      case `${HL}remove`:
      case `${HL}focus`:
        return isId(m.id);
      case `${HL}toolbar`:
        return m.locale === undefined || isLocale(m.locale);
      default:
        return false;
    }
  })();
  return ok ? (message as HighlighterCommand) : null;
}

/** The extension's reply to a `save` event: the stored id, or null if it did not store it. */
export function readSaveReply(reply: unknown): string | null {
  return isObject(reply) && reply.ok === true && isId(reply.id) ? reply.id : null;
}

/** True when the extension acknowledged an `edit` or `delete` event. */
export function readAck(reply: unknown): boolean {
  return isObject(reply) && reply.ok === true;
}
