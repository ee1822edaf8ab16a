import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePartnerDirectory, resolveFeedUrls } from '../../../shared/partners/directory';
import { type PublicPartner, publicViews } from '../../../shared/publish/public-view';
import type { Establishment } from '../../../shared/schemas/registry';
import type { PartnerProfile } from '../../../shared/schemas/partner';

export const FEED_URL = 'http://127.0.0.1:4173/data/partenaires.json';
export const PAGE_URL = 'http://127.0.0.1:4173/partenaires.html';

/** The demo hospital's feed (fictional people, every consent case), validated as the widgets read it. */
export function demoDirectory(): { establishment: Establishment; partners: readonly PartnerProfile[] } {
  const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../demo/registry/registre.json'), 'utf8'));
  const result = parsePartnerDirectory(resolveFeedUrls(raw, FEED_URL));
  if (!result.ok) throw new Error(result.message);
  return result;
}

export function demoViews(locale: 'fr' | 'en' = 'fr'): PublicPartner[] {
  const { establishment, partners } = demoDirectory();
  return publicViews(partners, establishment, { locale });
}

export function demoView(id: string, locale: 'fr' | 'en' = 'fr'): PublicPartner {
  const view = demoViews(locale).find((v) => v.id === id);
  if (!view) throw new Error(`${id} is not shown`);
  return view;
}

/** Every string and number in a value (its leaves), to compare what two objects say. */
export function leaves(value: unknown, out: (string | number | boolean)[] = []): (string | number | boolean)[] {
  if (value === null || value === undefined) return out;
  if (typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  else out.push(value as string | number | boolean);
  return out;
}
