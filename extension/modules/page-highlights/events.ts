/**
 * The background's answers to the highlighter script's events (protocol.ts), validated
 * before anything is stored:
 *   save   → the annotation and its page's item in one transaction; reply `{ ok: true, id }`
 *   edit   → meaning / note changed; reply `{ ok: true }` (`{ ok: false }` if it is gone)
 *   delete → reply `{ ok: true }`
 *   report → orphan flags stored
 *   ready  → the page's highlights are sent with `render`
 * Only events from a tab's top frame, about an http(s) page, are accepted.
 */
import { isHttpUrl } from '../../../shared/schemas/common';
import { HighlighterEventSchema, isHighlighterMessage } from '../highlights/protocol';
import { type HighlighterDeps, renderTab } from './tab-highlighter';

export interface EventSender {
  readonly tab?: { readonly id?: number; readonly url?: string };
  readonly frameId?: number;
}

export type EventReply = { ok: true; id?: string } | { ok: false; error: string } | undefined;

export async function handleHighlighterEvent(deps: HighlighterDeps, message: unknown, sender: EventSender): Promise<EventReply> {
  const parsed = HighlighterEventSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'invalid-event' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) return { ok: false, error: 'not-a-tab' };
  const event = parsed.data;
  try {
    switch (event.type) {
      case 'binome:hl:save': {
        if (!isHttpUrl(event.url)) return { ok: false, error: 'not-web-page' };
        const saved = await deps.highlights.save(event);
        return { ok: true, id: saved.annotation.id };
      }
      case 'binome:hl:edit': {
        const edited = await deps.highlights.edit(event.id, { colour: event.colour, note: event.note });
        return edited ? { ok: true } : { ok: false, error: 'unknown-highlight' };
      }
      case 'binome:hl:delete':
        await deps.highlights.delete([event.id]);
        return { ok: true };
      case 'binome:hl:report':
        await deps.highlights.setOrphanFlags(event.results);
        return { ok: true };
      case 'binome:hl:ready':
        if (isHttpUrl(event.url)) await renderTab(deps, tabId, event.url);
        return { ok: true };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a runtime message is the highlighter's (other messages are left to other listeners). */
export function isHighlighterEvent(message: unknown): boolean {
  return isHighlighterMessage(message);
}
