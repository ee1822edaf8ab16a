/** What a contact keeps of a card: the compact fields, unless the user chose the details the card showed (issue 20). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newContact, refreshContact } from '../../../../shared/contacts/contact';
import {
  COMPACT_PARTS,
  contactDetailParts,
  DETAIL_PARTS,
  detailParts,
  keptSummary,
  toKeep,
  withoutDetails,
} from '../../../../shared/contacts/keep';
import { SavedContactSchema } from '../../../../shared/schemas/contact';
import { demoFeed, demoFound, leaves, PAGE_URL } from './helpers';

const seen = { pageUrl: PAGE_URL, pageTitle: 'Nos patients partenaires', seenAt: '2026-06-02T10:00:00.000Z' };
const ids = demoFeed().partners.map((p) => p.id);
/** Keys a contact's `shown` may hold when it keeps the compact fields only (id and gender say nothing on their own). */
const COMPACT_KEYS = new Set<string>(['id', 'gender', ...COMPACT_PARTS]);
const EMPTY_IN_COMPACT = ['missions', 'statuses', 'trainings', 'languages', 'projects', 'abilities'] as const;

describe('what a contact keeps of a card', () => {
  it('keeps, for every person of the demo feed, exactly what their compact card shows unless the details are chosen', () => {
    for (const id of ids) {
      const full = demoFound(id, 'full');
      // The same cut as the widget's compact card (data-pp-shown of a closed directory card).
      expect(toKeep(full, false)).toEqual(demoFound(id, 'compact'));
      expect(toKeep(full, true)).toBe(full);
      const compact = demoFound(id, 'compact');
      expect(toKeep(compact, true)).toBe(compact);
      expect(toKeep(compact, false)).toBe(compact);
    }
  });

  it('leaves the health data out of a contact saved without its details', () => {
    const agnes = demoFound('pp-037', 'full');
    // The coordinator's full card: lived experience and trainings are on it.
    expect(agnes.shown.experience).toBeDefined();
    expect(agnes.shown.trainings.length).toBeGreaterThan(0);
    const contact = newContact(toKeep(agnes, false), seen, 'c-1');
    expect(SavedContactSchema.safeParse(contact).success).toBe(true);
    expect(contact.detail).toBe('compact');
    expect(contact.shown.experience).toBeUndefined();
    expect(contact.shown.association).toBeUndefined();
    for (const list of EMPTY_IN_COMPACT) expect(contact.shown[list]).toEqual([]);
    expect(contact.shown.availability).toEqual({ slots: [], commitment: [] });
    expect(contact.shown.contact.length).toBeLessThanOrEqual(1);
    // What stays: who, what, where, how loaded.
    expect(contact.shown).toMatchObject({
      name: agnes.shown.name,
      roles: agnes.shown.roles,
      domains: agnes.shown.domains,
      territory: agnes.shown.territory,
      load: agnes.shown.load,
    });
    const chosen = newContact(toKeep(agnes, true), seen, 'c-2');
    expect(chosen.detail).toBe('full');
    expect(chosen.shown.experience).toEqual(agnes.shown.experience);
  });

  it('names the details a card shows beyond the compact fields, none for a compact card', () => {
    expect(detailParts(demoFound('pp-037', 'compact'))).toEqual([]);
    const parts = detailParts(demoFound('pp-037', 'full'));
    expect(parts).toEqual(expect.arrayContaining(['trainings', 'experience']));
    // In DETAIL_PARTS order, each once.
    expect(parts).toEqual(DETAIL_PARTS.filter((p) => parts.includes(p)));
    const bare = demoFound('pp-001', 'full');
    const empty = {
      ...bare,
      shown: {
        ...bare.shown,
        ...Object.fromEntries(EMPTY_IN_COMPACT.map((k) => [k, []])),
        contact: bare.shown.contact.slice(0, 1),
      },
    };
    delete (empty.shown as { experience?: unknown }).experience;
    delete (empty.shown as { association?: unknown }).association;
    empty.shown.availability = { slots: [], commitment: [] };
    expect(detailParts(empty)).toEqual([]);
    // An association with neither name nor mandate says nothing: not a detail.
    expect(detailParts({ ...empty, shown: { ...empty.shown, association: { mandated: false } } })).toEqual([]);
    expect(detailParts({ ...empty, shown: { ...empty.shown, association: { mandated: true } } })).toEqual(['association']);
  });

  it('sums up what saving a selection keeps', () => {
    const agnes = demoFound('pp-037', 'full');
    const camille = demoFound('pp-001', 'compact');
    expect(keptSummary([])).toEqual({ people: 0, withDetails: 0, parts: [] });
    expect(
      keptSummary([
        { found: agnes, keepDetails: false },
        { found: camille, keepDetails: true },
      ]),
    ).toEqual({
      people: 2,
      withDetails: 0,
      parts: [],
    });
    const summary = keptSummary([
      { found: agnes, keepDetails: true },
      { found: camille, keepDetails: false },
    ]);
    expect(summary).toMatchObject({ people: 2, withDetails: 1 });
    expect(summary.parts).toEqual(detailParts(agnes));
  });

  it('a refresh without the details keeps those chosen earlier; choosing them later adds them', () => {
    const agnesFull = demoFound('pp-037', 'full');
    const chosen = newContact(agnesFull, seen, 'c-1');
    const later = { ...seen, seenAt: '2026-06-03T10:00:00.000Z' };
    const refreshed = refreshContact(chosen, toKeep(agnesFull, false), later);
    expect(refreshed.detail).toBe('full');
    expect(refreshed.shown.experience).toEqual(agnesFull.shown.experience);
    const compactFirst = newContact(toKeep(agnesFull, false), seen, 'c-2');
    const withDetails = refreshContact(compactFirst, toKeep(agnesFull, true), later);
    expect(withDetails.detail).toBe('full');
    expect(withDetails.shown).toEqual(agnesFull.shown);
  });

  it('drops a saved contact’s details on request, keeping its note, agreement and source', () => {
    const contact = {
      ...newContact(demoFound('pp-037', 'full'), seen, 'c-1'),
      note: 'Vu au comité',
      matchingConsent: { granted: true, date: '2026-06-01' },
    };
    expect(contactDetailParts(contact)).toEqual(detailParts(demoFound('pp-037', 'full')));
    const short = withoutDetails(contact);
    expect(SavedContactSchema.safeParse(short).success).toBe(true);
    expect(short).toEqual({ ...contact, detail: 'compact', shown: demoFound('pp-037', 'compact').shown });
    expect(contactDetailParts(short)).toEqual([]);
  });

  it('never keeps a field the compact card did not show, whatever the person and the choices (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.boolean(), fc.boolean(), (id, fullCard, keepDetails) => {
        const found = demoFound(id, fullCard ? 'full' : 'compact');
        const kept = toKeep(found, keepDetails);
        // Nothing is made up: every value kept was on the card.
        const said = new Set(leaves(found.shown));
        for (const leaf of leaves(kept.shown)) expect(said.has(leaf)).toBe(true);
        if (fullCard && keepDetails) return;
        expect(kept.detail).toBe('compact');
        for (const [key, value] of Object.entries(kept.shown)) {
          if (COMPACT_KEYS.has(key)) continue;
          expect({ key, value }).toEqual({
            key,
            value: key === 'availability' ? { slots: [], commitment: [] } : [],
          });
        }
      }),
    );
  });
});
