import { describe, expect, it } from 'vitest';
import { referencedProfiles } from '../../../../extension/modules/projects/matching-references';
import { newContact } from '../../../../shared/contacts/contact';
import { demoEstablishment, demoFeed, FEED_URL, PAGE_URL, shownOf } from '../../shared/contacts/helpers';

const seen = { pageUrl: PAGE_URL, seenAt: '2026-06-02T08:00:00.000Z' };
const establishment = demoEstablishment();
const entries = demoFeed().partners.slice(0, 3);
const contactOf = (entry: (typeof entries)[number], id: string, shownId = entry.id) =>
  newContact({ shown: { ...shownOf(entry), id: shownId }, detail: 'full', feedUrl: FEED_URL, establishment }, seen, id);

describe('contacts offered to matching, named by their card’s reference', () => {
  it('uses the card’s id, not the library’s key, and maps the selection back to contacts', () => {
    const contacts = entries.map((e, i) => contactOf(e, `a365cddf-0000-4000-8000-00000000000${i}`));
    const { profiles, contactIdOf } = referencedProfiles(contacts);
    expect(profiles.map((p) => p.id)).toEqual(entries.map((e) => e.id));
    expect(profiles.some((p) => p.id.startsWith('a365cddf'))).toBe(false);
    expect(contactIdOf.get(entries[1]!.id)).toBe(contacts[1]!.id);
  });

  it('keeps one reference per person when two establishments number alike', () => {
    const [a, b, c] = entries;
    const contacts = [contactOf(a!, 'k1', 'pp-001'), contactOf(b!, 'k2', 'pp-001'), contactOf(c!, 'k3', 'pp-001~2')];
    const { profiles, contactIdOf } = referencedProfiles(contacts);
    // The third card's own id is already taken by the second person: the library key is used, never a duplicate.
    expect(profiles.map((p) => p.id)).toEqual(['pp-001', 'pp-001~2', 'k3']);
    expect([...contactIdOf.values()]).toEqual(['k1', 'k2', 'k3']);
  });
});
