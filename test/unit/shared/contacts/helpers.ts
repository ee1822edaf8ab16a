import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SavedContactV1 } from '../../../../shared/contacts/legacy-v1';
import { publish } from '../../../../shared/publish/publish';
import type { ContactDetail, FoundPartner, ShownPartner } from '../../../../shared/schemas/contact';
import type { PublicFeed, PublicPartnerEntry } from '../../../../shared/schemas/public-feed';
import { type Establishment, type PartnerRegistry, parsePartnerRegistry } from '../../../../shared/schemas/registry';

export const FEED_URL = 'http://127.0.0.1:4173/data/partenaires.json';
export const PAGE_URL = 'http://127.0.0.1:4173/partenaires.html';

/** The demo hospital's private registry (fictional people, every consent case). */
export function demoRegistry(): PartnerRegistry {
  const result = parsePartnerRegistry(
    readFileSync(resolve(import.meta.dirname, '../../../../demo/registry/registre.json'), 'utf8'),
  );
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

/** The feed the demo publishes from it: what its pages show. */
export function demoFeed(): PublicFeed {
  return publish(demoRegistry(), { generatedAt: '2026-06-01T08:00:00.000Z' }).feed;
}

export const demoEstablishment = (): Establishment => demoFeed().establishment;

export function demoEntry(id: string): PublicPartnerEntry {
  const entry = demoFeed().partners.find((p) => p.id === id);
  if (!entry) throw new Error(`${id} is not published`);
  return entry;
}

/**
 * What a card shows of an entry, as the widgets write it in `data-pp-shown`: a full card
 * the whole entry; a compact card its portrait, heading, roles, domains, territory,
 * load and one own route (docs/widgets/partner-card.md). The photo is never kept.
 */
export function cut(entry: PublicPartnerEntry, detail: ContactDetail = 'full'): PublicPartnerEntry {
  if (detail === 'full') return entry;
  return {
    id: entry.id,
    ...(entry.name ? { name: entry.name } : {}),
    ...(entry.gender ? { gender: entry.gender } : {}),
    ...(entry.photo ? { photo: entry.photo } : {}),
    roles: entry.roles,
    domains: entry.domains,
    missions: [],
    statuses: [],
    trainings: [],
    territory: entry.territory,
    languages: [],
    projects: [],
    abilities: [],
    availability: { slots: [], commitment: [] },
    load: entry.load,
    contact: entry.contact.slice(0, 1),
  };
}

export function shownOf(entry: PublicPartnerEntry): ShownPartner {
  const { photo: _photo, ...shown } = entry;
  return shown;
}

/** A card of the demo page as the page reader hands it over. */
export function demoFound(id: string, detail: ContactDetail = 'full'): FoundPartner {
  return { shown: shownOf(cut(demoEntry(id), detail)), detail, feedUrl: FEED_URL, establishment: demoEstablishment() };
}

/** The `data-pp-shown` value a widget writes on a card. */
export function shownAttribute(entry: PublicPartnerEntry, establishment: Establishment = demoEstablishment()): string {
  return JSON.stringify({ partner: entry, establishment });
}

/** Every string and number in a value (its leaves), to compare what two objects say. */
export function leaves(value: unknown, out: (string | number | boolean)[] = []): (string | number | boolean)[] {
  if (value === null || value === undefined) return out;
  if (typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  else out.push(value as string | number | boolean);
  return out;
}

/** A contact as version 1 stored it (vocabulary ids), before the public feed existed. */
export const V1_CONTACT: SavedContactV1 = {
  schemaVersion: 1,
  id: 'c-ancien',
  shown: {
    partnerId: 'pp-020',
    detail: 'full',
    name: 'Olivier F.',
    gender: 'm',
    roles: ['patient_partenaire'],
    domains: ['parcours_soins'],
    missions: [],
    statuses: ['benevole'],
    trainings: [{ kind: 'etp_40h', issuer: 'UTEP du CH de Valmont', year: 2022 }],
    territory: { departement: '26', commune: 'Valence', remote: true },
    languages: ['fr'],
    projects: [],
    experience: { themes: ['diabete', 'Mes propres mots'], caregiver: false },
    abilities: ['Animation de groupe'],
    availability: { slots: ['evening'], commitment: ['durable'] },
    load: { activeMissions: 1, maxMissions: 2 },
    personal: { email: 'olivier.fabre@example.org', phone: '+33 6 00 00 00 20' },
  },
  source: { pageUrl: PAGE_URL, feedUrl: FEED_URL, establishment: demoEstablishment(), seenAt: '2026-05-02T10:00:00.000Z' },
  savedAt: '2026-05-02T10:00:00.000Z',
  updatedAt: '2026-05-03T10:00:00.000Z',
  note: 'Vu au comité',
  matchingConsent: { granted: true, date: '2026-05-02' },
};
