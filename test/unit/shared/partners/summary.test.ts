/** The presence summary, counted from published entries (registry → publish() → feed: feed-fixtures.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntryWords } from '../../../../shared/partners/labels';
import { presenceCounts, presenceSummary } from '../../../../shared/partners/summary';
import { makePartner } from '../../../fixtures/partners';
import { entriesOf } from '../../../helpers/feed-fixtures';

const publicViews = entriesOf;
beforeAll(() => loadEntryWords('en'));

const people = [
  makePartner({ id: 'a', gender: 'f', domains: ['recherche'], missions: [] }),
  makePartner({ id: 'b', gender: 'm', domains: ['recherche', 'parcours_soins'], missions: [] }),
  makePartner({ id: 'c', gender: 'f', domains: ['offre_soins'], missions: [], load: { activeMissions: 2, maxMissions: 2 } }),
];

describe('presence summary', () => {
  it('counts listed partners by domain and availability', () => {
    const counts = presenceCounts(publicViews(people));
    expect(counts.total).toBe(3);
    expect(counts.available).toBe(2);
    expect(Object.fromEntries([...counts.byDomain].map(([id, { count }]) => [id, count]))).toEqual({
      parcours_soins: 1,
      offre_soins: 1,
      recherche: 2,
    });
    // In the HAS order, whatever the order of the feed.
    expect([...counts.byDomain.keys()]).toEqual(['parcours_soins', 'offre_soins', 'recherche']);
  });

  it('« 3 patientes et patients partenaires, dont 2 en recherche »', () => {
    const counts = presenceCounts(publicViews(people));
    expect(presenceSummary(counts, 'fr', ['recherche'])).toBe('3 patientes et patients partenaires, dont 2 en recherche');
    expect(presenceSummary(counts, 'fr')).toBe(
      "3 patientes et patients partenaires, dont 1 dans les parcours de soins, 1 dans l'adaptation de l'offre de soins et 2 en recherche",
    );
    expect(presenceSummary(counts, 'en', ['recherche', 'offre_soins'])).toBe(
      '3 patient partners, including 2 in research and 1 in adapting the care offer',
    );
  });

  it('agrees in gender and number, and says when there is nobody', () => {
    const women = presenceCounts(publicViews([people[0]!, people[2]!]));
    expect(presenceSummary(women, 'fr', [])).toBe('2 patientes partenaires');
    expect(presenceSummary(presenceCounts(publicViews([people[1]!])), 'fr', ['recherche'])).toBe(
      '1 patient partenaire, dont 1 en recherche',
    );
    const men = [people[1]!, makePartner({ id: 'd', gender: 'm', domains: ['recherche'], missions: [] })];
    expect(presenceSummary(presenceCounts(publicViews(men)), 'fr', [])).toBe('2 patients partenaires');
    // Someone who chose neither form, or gave none: both forms, spelt out (docs/ecriture.md).
    const neither = makePartner({ id: 'e', gender: 'x', domains: ['recherche'], missions: [] });
    expect(presenceSummary(presenceCounts(publicViews([neither])), 'fr', [])).toBe('1 patiente ou patient partenaire');
    expect(presenceSummary(presenceCounts(publicViews([people[0]!, neither])), 'fr', [])).toBe(
      '2 patientes et patients partenaires',
    );
    expect(presenceSummary(presenceCounts([]), 'fr')).toBe('Aucun patient partenaire pour le moment');
    expect(presenceSummary(presenceCounts([]), 'en')).toBe('No patient partner listed yet');
  });

  it('counts a person once in a domain their entry names twice', () => {
    const entries = publicViews(people);
    const repeated = entries.map((e) => ({ ...e, domains: [...e.domains, ...e.domains] }));
    expect(presenceCounts(repeated)).toEqual(presenceCounts(entries));
    expect(presenceCounts([...repeated, ...repeated]).byDomain.get('recherche')?.count).toBe(4);
    // Nothing of the counting itself is left in what the summary reads.
    for (const value of presenceCounts(repeated).byDomain.values()) expect(Object.keys(value).sort()).toEqual(['count', 'short']);
  });

  it('never counts a person who withdrew from the listing', () => {
    const gone = makePartner({ id: 'd', domains: ['recherche'], missions: [] });
    gone.consents.listing = { granted: false, date: '2026-06-01' };
    expect(presenceCounts(publicViews([...people, gone])).byDomain.get('recherche')?.count).toBe(2);
  });

  it('names a domain outside the HAS four by the feed’s own short label', () => {
    const [entry] = publicViews([people[0]!]);
    const other = {
      ...entry!,
      domains: [{ id: 'vie_sociale', fr: 'Vie sociale', en: 'Social life', short: { fr: 'vie sociale', en: 'social life' } }],
    };
    expect(presenceSummary(presenceCounts([other]), 'fr')).toBe('1 patiente partenaire, dont 1 en vie sociale');
    expect(presenceSummary(presenceCounts([other]), 'en')).toBe('1 patient partner, including 1 in social life');
  });
});
