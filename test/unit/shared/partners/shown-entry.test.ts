/**
 * What one card displays (shared/partners/shown-entry.ts), the `partner` of each card's
 * `data-pp-shown`: a valid public entry, and for the compact card nothing the compact
 * card does not display.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shownEntry } from '../../../../shared/partners/shown-entry';
import { publish } from '../../../../shared/publish/publish';
import { type PublicPartnerEntry, PublicPartnerEntrySchema } from '../../../../shared/schemas/public-feed';
import { parsePartnerRegistry } from '../../../../shared/schemas/registry';
import { makePartner, validPartner } from '../../../fixtures/partners';
import { entriesOf, GENERATED_AT, manyEntries } from '../../../helpers/feed-fixtures';

const root = resolve(import.meta.dirname, '../../../..');
const registry = parsePartnerRegistry(readFileSync(resolve(root, 'demo/registry/registre.json'), 'utf8'));
if (!registry.ok) throw new Error(registry.message);
/** Real entries: the published demo feed and a varied published directory. */
const entries: PublicPartnerEntry[] = [
  ...publish(registry.data, { generatedAt: GENERATED_AT }).feed.partners,
  ...manyEntries(60),
  ...entriesOf([makePartner({ contact: { email: 'c@example.org', phone: '+33 6 00 00 00 01' } })]).map((e) => e),
];

/** What the compact card displays of an entry (render.ts, compact variant): nothing else may be in its cut. */
const COMPACT_KEYS = ['id', 'name', 'gender', 'photo', 'roles', 'domains', 'territory', 'load', 'contact'];
const EMPTIED = {
  missions: [],
  statuses: [],
  trainings: [],
  languages: [],
  projects: [],
  abilities: [],
  availability: { slots: [], commitment: [] },
};

describe('shownEntry', () => {
  it('compact: only the compact card’s fields — no missions, trainings, story, association; one contact route', () => {
    const withContact = entriesOf([
      makePartner({
        contact: { email: 'c@example.org', phone: '+33 6 00 00 00 01' },
        consents: { ...validPartner.consents, contact: { granted: true, date: '2026-01-01' } },
      }),
    ])[0]!;
    expect(withContact.contact).toHaveLength(2);
    expect(withContact.experience).toBeDefined();
    const cut = shownEntry(withContact, 'compact');
    expect(cut).toEqual({
      id: withContact.id,
      name: withContact.name,
      gender: withContact.gender,
      photo: withContact.photo,
      roles: withContact.roles,
      domains: withContact.domains,
      territory: withContact.territory,
      load: withContact.load,
      contact: [withContact.contact[0]],
      ...EMPTIED,
    });
    expect(JSON.stringify(cut)).not.toMatch(/diab|ETP|Ateliers|animation de groupe|Diabète Entraide/i);
  });

  it('full: the entry, less what the card leaves unsaid', () => {
    const entry = entries[0]!;
    expect(shownEntry(entry, 'full')).toEqual(entry);
    const silent = { ...entry, association: { mandated: false }, experience: { themes: [], caregiver: false } };
    const cut = shownEntry(silent, 'full');
    expect(cut.association).toBeUndefined();
    expect(cut.experience).toBeUndefined();
    expect(shownEntry({ ...entry, association: { mandated: true } }, 'full').association).toEqual({ mandated: true });
  });

  it('data-pp-shown text: the cuts keep the entry’s key order, so a full cut with nothing to leave out is the entry’s own JSON', () => {
    const said = entries.filter(
      (e) =>
        (e.association === undefined || e.association.mandated || e.association.name !== undefined) &&
        (e.experience === undefined ||
          e.experience.themes.length > 0 ||
          e.experience.caregiver ||
          e.experience.text !== undefined),
    );
    expect(said.length).toBeGreaterThan(10);
    for (const entry of said) expect(JSON.stringify(shownEntry(entry, 'full'))).toBe(JSON.stringify(entry));
    // The schema's order, which a published or checked entry follows.
    const order = Object.keys(PublicPartnerEntrySchema.shape);
    for (const entry of entries) {
      for (const variant of ['compact', 'full'] as const) {
        const keys = Object.keys(shownEntry(entry, variant));
        expect(keys).toEqual(order.filter((key) => keys.includes(key)));
      }
    }
  });

  it('fast-check: both cuts are valid entries; the compact one holds only the compact card’s fields, the full one nothing the entry lacks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), (entry) => {
        const compact = shownEntry(entry, 'compact');
        const full = shownEntry(entry, 'full');
        expect(PublicPartnerEntrySchema.safeParse(compact).success).toBe(true);
        expect(PublicPartnerEntrySchema.safeParse(full).success).toBe(true);
        const filled = Object.entries(compact)
          .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
          .filter(([key]) => key !== 'availability')
          .map(([key]) => key);
        for (const key of filled) expect(COMPACT_KEYS).toContain(key);
        expect(compact.availability).toEqual({ slots: [], commitment: [] });
        expect(compact.contact.length).toBeLessThanOrEqual(1);
        expect(compact.contact).toEqual(entry.contact.slice(0, 1));
        for (const [key, value] of Object.entries(full)) expect(value).toEqual(entry[key as keyof PublicPartnerEntry]);
      }),
      { numRuns: 200 },
    );
  });
});
