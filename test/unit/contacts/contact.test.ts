/** Saved contacts: made, keyed, refreshed, and turned back into profiles for the card and the matching form. */
import { describe, expect, it } from 'vitest';
import { contactKey, newContact, refreshContact } from '../../../shared/contacts/contact';
import { contactToProfile, mayBeProposed } from '../../../shared/contacts/profile';
import { shownFromView } from '../../../shared/contacts/shown';
import { rankPartners } from '../../../shared/matching/rank';
import { publicView } from '../../../shared/publish/public-view';
import { type FoundPartner, type SavedContact, SavedContactSchema } from '../../../shared/schemas/contact';
import { type PartnerProfile, PartnerProfileSchema } from '../../../shared/schemas/partner';
import { ProjectNeedSchema } from '../../../shared/schemas/project';
import { demoDirectory, demoView, demoViews, FEED_URL, PAGE_URL } from './helpers';

const { establishment } = demoDirectory();
const seen = { pageUrl: PAGE_URL, pageTitle: 'Nos patients partenaires', seenAt: '2026-06-02T10:00:00.000Z' };
const found = (id: string, detail: 'full' | 'compact' = 'full', locale: 'fr' | 'en' = 'fr'): FoundPartner => ({
  shown: shownFromView(demoView(id, locale), detail),
  feedUrl: FEED_URL,
  establishment,
});

describe('contacts', () => {
  it('keys a person by feed and public id, whatever the address form', () => {
    expect(contactKey(found('pp-001'), PAGE_URL)).toBe('http://127.0.0.1:4173/data/partenaires.json#pp-001');
    expect(contactKey({ ...found('pp-001'), feedUrl: `${FEED_URL}?utm_source=x#top` }, PAGE_URL)).toBe(
      contactKey(found('pp-001'), PAGE_URL),
    );
    const { feedUrl: _f, ...withoutFeed } = found('pp-001');
    expect(contactKey(withoutFeed, `${PAGE_URL}#annuaire`)).toBe('http://127.0.0.1:4173/partenaires.html#pp-001');
  });

  it('makes a valid contact with the page as source and the date', () => {
    const contact = newContact(found('pp-001'), seen, 'c-1');
    expect(SavedContactSchema.safeParse(contact).success).toBe(true);
    expect(contact.source).toEqual({
      pageUrl: PAGE_URL,
      pageTitle: 'Nos patients partenaires',
      feedUrl: FEED_URL,
      establishment,
      seenAt: seen.seenAt,
    });
    expect(contact.savedAt).toBe(seen.seenAt);
    expect(contact.matchingConsent).toBeUndefined();
  });

  it('refreshes from a new reading: what the page shows now wins, the user’s note and agreement stay', () => {
    const before: SavedContact = {
      ...newContact(found('pp-001'), seen, 'c-1'),
      note: 'Rencontrée au comité',
      matchingConsent: { granted: true, date: '2026-06-01' },
    };
    // The person withdrew the name consent since: the name disappears from the contact.
    const withdrawn = found('pp-001');
    const { name: _n, ...rest } = withdrawn.shown;
    const later = { ...seen, seenAt: '2026-07-01T10:00:00.000Z' };
    const after = refreshContact(before, { ...withdrawn, shown: rest }, later);
    expect(after.shown.name).toBeUndefined();
    expect(after.note).toBe('Rencontrée au comité');
    expect(after.matchingConsent).toEqual({ granted: true, date: '2026-06-01' });
    expect(after.savedAt).toBe(seen.seenAt);
    expect(after.updatedAt).toBe(later.seenAt);
    expect(after.source.seenAt).toBe(later.seenAt);
  });

  it('a compact card refreshes only the compact fields of a full contact', () => {
    const full = newContact(found('pp-020'), seen, 'c-2');
    const after = refreshContact(full, found('pp-020', 'compact'), seen);
    expect(after.shown.detail).toBe('full');
    expect(after.shown.missions).toEqual(full.shown.missions);
    expect(after.shown.trainings).toEqual(full.shown.trainings);
    expect(after.shown.personal).toEqual(full.shown.personal);
    expect(after.updatedAt > full.updatedAt).toBe(true); // later even within the same millisecond
    expect(SavedContactSchema.safeParse(after).success).toBe(true);
  });
});

describe('contactToProfile', () => {
  const contacts = demoViews().map((view, i) =>
    newContact({ shown: shownFromView(view, 'full'), feedUrl: FEED_URL, establishment }, seen, `contact-${i}`),
  );

  it('gives a valid profile whose public view shows the same data again (nothing invented)', () => {
    for (const contact of contacts) {
      const profile = PartnerProfileSchema.parse(contactToProfile(contact));
      const view = publicView(profile, contact.source.establishment);
      expect(view).not.toBeNull();
      const again = shownFromView(view as NonNullable<typeof view>, 'full');
      // One known loss: a mandate whose association name was withheld (the profile schema needs a name).
      const { association, ...expected } = contact.shown;
      expect({ ...again, partnerId: contact.shown.partnerId }).toEqual(association?.name ? contact.shown : expected);
    }
  });

  it('is proposed for projects only with the agreement the user recorded', () => {
    const need = ProjectNeedSchema.parse({
      title: 'Comité qualité',
      domain: 'offre_soins',
      caregiverSought: false,
      territory: { remoteAccepted: true },
      duration: 'durable',
    });
    const profiles = (list: SavedContact[]) => list.map((c) => PartnerProfileSchema.parse(contactToProfile(c)) as PartnerProfile);
    const none = rankPartners(need, profiles(contacts));
    expect(none.ranked).toHaveLength(0);
    expect(none.notConsidered).toBe(contacts.length);

    const agreed = contacts.map((c, i) => (i < 5 ? { ...c, matchingConsent: { granted: true, date: '2026-06-02' } } : c));
    expect(agreed.filter(mayBeProposed)).toHaveLength(5);
    const outcome = rankPartners(need, profiles(agreed));
    expect(outcome.notConsidered).toBe(contacts.length - 5);
    expect(outcome.ranked.length + outcome.excluded.length).toBe(5);
    for (const r of outcome.ranked) expect(agreed.slice(0, 5).map((c) => c.id)).toContain(r.partner.id);
  });
});
