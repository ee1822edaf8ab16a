import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageHighlighter } from '../modules/highlights/page-highlighter';
import { HIGHLIGHTER_PROTOCOL_VERSION, HL, isHighlighterMessage } from '../modules/highlights/protocol-lite';

// Injected on demand (activeTab + scripting: `scripting.executeScript({ files: ['/highlighter.js'] })`),
// or registered for one site once the user grants it an optional host permission. Injecting it
// twice is harmless: the second run finds the first one and stops. Protocol: modules/highlights/protocol.ts.
const KEY = '__binomeHighlighter';

export default defineUnlistedScript(() => {
  const scope = globalThis as typeof globalThis & { [KEY]?: PageHighlighter };
  if (scope[KEY]) return { ready: true, reused: true };
  const highlighter = new PageHighlighter({ send: (event) => browser.runtime.sendMessage(event) });
  scope[KEY] = highlighter;
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (!isHighlighterMessage(message)) return false;
    highlighter.handle(message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });
  // Tells the extension a page is ready for its highlights (needed when the script was
  // registered for the site and started on its own). Nobody listening is fine.
  browser.runtime.sendMessage({ type: `${HL}ready`, url: location.href, version: HIGHLIGHTER_PROTOCOL_VERSION }).catch(() => {});
  return { ready: true, reused: false };
});
