/** Saved contacts: made, keyed, refreshed, named with the card's own words, and turned into profiles for the matching form. */
import { describe, expect, it } from 'vitest';
import { contactKey, newContact, refreshContact } from '../../../../shared/contacts/contact';
import { shownTerritory, shownTitle } from '../../../../shared/contacts/labels';
import { contactToProfile, mayBeProposed } from '../../../../shared/contacts/profile';
import { rankPartners } from '../../../../shared/matching/rank';
import { type FoundPartner, type SavedContact, SavedContactSchema } from '../../../../shared/schemas/contact';
import { ProjectNeedSchema } from '../../../../shared/schemas/project';
import { cut, demoEntry, demoEstablishment, demoFeed, demoFound, FEED_URL, PAGE_URL, shownOf } from './helpers';

const establishment = demoEstablishment();
const seen = { pageUrl: PAGE_URL, pageTitle: 'Nos patients partenaires', seenAt: '2026-06-02T10:00:00.000Z' };

describe('contacts', () => {
  it('keys a person by feed and public id, whatever the address form; without a single feed, by page and establishment', () => {
    expect(contactKey(demoFound('pp-001'), PAGE_URL)).toBe('http://127.0.0.1:4173/data/partenaires.json#pp-001');
    expect(contactKey({ ...demoFound('pp-001'), feedUrl: `${FEED_URL}?utm_source=x#top` }, PAGE_URL)).toBe(
      contactKey(demoFound('pp-001'), PAGE_URL),
    );
    const { feedUrl: _f, ...withoutFeed } = demoFound('pp-001');
    expect(contactKey(withoutFeed, `${PAGE_URL}#annuaire`)).toBe(
      'http://127.0.0.1:4173/partenaires.html#Centre%20hospitalier%20de%20Valmont%20(fictif)#pp-001',
    );
    // Two establishments of one directory may use the same id: two people, two keys.
    expect(contactKey({ ...withoutFeed, establishment: { name: 'CH des Trois Rivières' } }, PAGE_URL)).not.toBe(
      contactKey(withoutFeed, PAGE_URL),
    );
  });

  it('makes a valid contact with what the card showed, the page as source and the date — no photo', () => {
    const contact = newContact(demoFound('pp-001'), seen, 'c-1');
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
    expect(contact.shown).toEqual(shownOf(demoEntry('pp-001')));
    expect(demoEntry('pp-001').photo).toBeDefined();
    expect(contact.shown).not.toHaveProperty('photo');
    // The schema drops a photo even if a caller passed one.
    const parsed = SavedContactSchema.parse({ ...contact, shown: demoEntry('pp-001') });
    expect(parsed.shown).not.toHaveProperty('photo');
  });

  it('refreshes from a new reading: what the page shows now wins, the user’s note and agreement stay', () => {
    const before: SavedContact = {
      ...newContact(demoFound('pp-001'), seen, 'c-1'),
      note: 'Rencontrée au comité',
      matchingConsent: { granted: true, date: '2026-06-01' },
    };
    // The person withdrew the name consent since: the name disappears from the contact.
    const withdrawn = demoFound('pp-001');
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
    const full = newContact(demoFound('pp-020'), seen, 'c-2');
    expect(full.shown.contact.length).toBe(2);
    const after = refreshContact(full, demoFound('pp-020', 'compact'), seen);
    expect(after.detail).toBe('full');
    expect(after.shown.missions).toEqual(full.shown.missions);
    expect(after.shown.trainings).toEqual(full.shown.trainings);
    expect(after.shown.contact).toHaveLength(2); // the compact card's one route, and the other one kept
    expect(after.updatedAt > full.updatedAt).toBe(true); // later even within the same millisecond
    expect(SavedContactSchema.safeParse(after).success).toBe(true);
    // A compact card without any own route now: the contact consent was withdrawn.
    const noRoute = demoFound('pp-020', 'compact');
    const withdrawn = refreshContact(full, { ...noRoute, shown: { ...noRoute.shown, contact: [] } }, seen);
    expect(withdrawn.shown.contact).toEqual([]);
  });

  it('names a contact with the card’s words: the consented name, else role and domains; its territory', () => {
    expect(shownTitle(demoFound('pp-001').shown, 'fr')).toBe('Camille F.');
    const unnamed = demoFound('pp-005').shown;
    expect(unnamed.name).toBeUndefined();
    expect(shownTitle(unnamed, 'fr')).toMatch(/^Patiente partenaire — /);
    expect(shownTitle(unnamed, 'en')).toMatch(/^Patient partner — /);
    const territory = demoFound('pp-001').shown.territory;
    expect(shownTerritory(demoFound('pp-001').shown, 'fr')).toContain(`(${territory.departement.id})`);
  });
});

describe('contactToProfile', () => {
  const contacts = demoFeed().partners.map((entry, i) =>
    newContact({ shown: shownOf(entry), detail: 'full', feedUrl: FEED_URL, establishment }, seen, `contact-${i}`),
  );

  it('gives a valid profile of every demo card, with the card’s ids and nothing it did not show', () => {
    for (const contact of contacts) {
      const profile = contactToProfile(contact);
      expect(profile, contact.shown.id).not.toBeNull();
      if (!profile) continue;
      expect(profile.domains).toEqual(contact.shown.domains.map((d) => d.id));
      expect(profile.titles.map((t) => t.role)).toEqual(contact.shown.roles.map((r) => r.id));
      expect(profile.titles.every((t) => t.validatedBy?.by === establishment.name)).toBe(true);
      expect(profile.consents.name?.granted).toBe(Boolean(contact.shown.name));
      expect(profile.consents.experience?.granted).toBe(contact.shown.experience !== undefined);
      expect(profile.consents.photo?.granted).toBe(false);
      expect(profile.consents.matching?.granted).toBe(false); // never assumed
      if (!contact.shown.experience) expect(profile.experience.themes).toEqual([]);
    }
  });

  it('leaves out ids our vocabulary does not know (another site’s words), keeps unknown themes as words, refuses an unknown département', () => {
    const entry = demoEntry('pp-001');
    const foreign: FoundPartner = {
      shown: shownOf({
        ...entry,
        roles: [...entry.roles, { id: 'ambassadeur_sante', fr: 'Ambassadrice santé', en: 'Health ambassador' }],
        statuses: [
          { id: 'benevole', fr: 'Bénévole', en: 'Volunteer' },
          { id: 'stagiaire', fr: 'Stagiaire', en: 'Intern' },
        ],
        domains: [...entry.domains, { id: 'vie_associative', fr: 'Vie associative', en: 'Community life' }],
        missions: [...entry.missions, { id: 'vie_associative.accueil', fr: 'Accueil', en: 'Welcome', domain: 'vie_associative' }],
        experience: { themes: [{ id: 'theme-autre-site', fr: 'Maladie de Lyme' }], caregiver: false },
        availability: {
          slots: [{ id: 'nuit', fr: 'La nuit', en: 'At night' }],
          commitment: [{ id: 'durable', fr: 'Dans la durée', en: 'Long-term' }],
        },
      }),
      detail: 'full',
      establishment: { name: 'Autre site' },
    };
    const contact = newContact(foreign, { ...seen, pageUrl: 'https://autre.example.org/annuaire' }, 'c-foreign');
    // The contact keeps what the card showed, with the other site's labels.
    expect(SavedContactSchema.safeParse(contact).success).toBe(true);
    expect(contact.shown.roles.map((r) => r.fr)).toContain('Ambassadrice santé');
    const profile = contactToProfile(contact);
    expect(profile).not.toBeNull();
    expect(profile?.titles.map((t) => t.role)).toEqual(entry.roles.map((r) => r.id));
    expect(profile?.statuses).toEqual(['benevole']);
    expect(profile?.domains).toEqual(entry.domains.map((d) => d.id));
    expect(profile?.missions).toEqual(entry.missions.map((m) => m.id));
    expect(profile?.experience.themes).toEqual(['Maladie de Lyme']);
    expect(profile?.availability).toEqual({ slots: [], commitment: ['durable'] });

    const elsewhere = newContact(
      {
        ...foreign,
        shown: { ...foreign.shown, territory: { departement: { id: 'BE-BRU', fr: 'Bruxelles', en: 'Brussels' }, remote: false } },
      },
      seen,
      'c-elsewhere',
    );
    expect(contactToProfile(elsewhere)).toBeNull();
  });

  it('is proposed for projects only with the agreement the user recorded', () => {
    const need = ProjectNeedSchema.parse({
      title: 'Comité qualité',
      domain: 'offre_soins',
      caregiverSought: false,
      territory: { remoteAccepted: true },
      duration: 'durable',
    });
    const profiles = (list: SavedContact[]) => list.map(contactToProfile).filter((p) => p !== null);
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

  it('a compact card’s contact is a profile of its compact fields only', () => {
    const compact = newContact({ ...demoFound('pp-020', 'compact') }, seen, 'c-compact');
    expect(compact.shown).toEqual(shownOf(cut(demoEntry('pp-020'), 'compact')));
    const profile = contactToProfile(compact);
    expect(profile?.missions).toEqual([]);
    expect(profile?.contact).toEqual({ email: 'olivier.fabre@example.org' });
  });
});
