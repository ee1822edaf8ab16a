/**
 * What the page-reader tests share: the feed published from the demo registry (no request
 * anywhere), its entries by id, and a host element in the page, removed when the test ends.
 */
import { onTestFinished } from 'vitest';
import registryJson from '../../../../demo/registry/registre.json';
import { publish } from '../../../../shared/publish/publish';
import type { PublicPartnerEntry } from '../../../../shared/schemas/public-feed';
import { parsePartnerRegistry } from '../../../../shared/schemas/registry';

const parsed = parsePartnerRegistry(registryJson);
if (!parsed.ok) throw new Error(parsed.message);
/** The demo registry: private, never given to a page (a test may hand it to one to see it refused). */
export const registry = parsed.data;
export const { feed } = publish(registry, { generatedAt: '2026-06-01T08:00:00.000Z' });
export const entry = (id: string) => feed.partners.find((p) => p.id === id) as PublicPartnerEntry;
export const establishment = feed.establishment;

/** A host element holding `html`, in the document for this test only. */
export function page(html = ''): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  onTestFinished(() => host.remove());
  return host;
}
