/**
 * Search and filters over public feed entries. Consent cases come from registry profiles
 * published by publish() (feed-fixtures.ts): the index only ever sees what a feed holds.
 */
import { describe, expect, it } from 'vitest';
import { buildPartnerIndex, filterPartners, partnerFacets, queryTerms, searchableText } from '../../../../shared/partners/search';
import type { PartnerProfile } from '../../../../shared/schemas/partner';
import { type PublicPartnerEntry, PublicPartnerEntrySchema } from '../../../../shared/schemas/public-feed';
import { makePartner, validPartner } from '../../../fixtures/partners';
import { entriesOf, itemsOf, manyEntries } from '../../../helpers/feed-fixtures';

const withdrawn = (profile = validPartner, field: 'experience' | 'name' = 'experience') => {
  const consents = structuredClone(profile.consents);
  consents[field] = { granted: false, date: '2026-05-01' };
  return makePartner({ ...profile, consents });
};

function idsFor(profiles: readonly PartnerProfile[], criteria: Parameters<typeof filterPartners>[1]) {
  return filterPartners(buildPartnerIndex(itemsOf(profiles), 'fr'), criteria).map((item) => item.entry.id);
}

describe('text search is accent-, case- and ligature-insensitive', () => {
  const profiles = [
    makePartner({
      id: 'a',
      name: { display: 'Hélène Lœwy' },
      territory: { departement: '26', commune: 'Valence', remote: false },
    }),
    makePartner({
      id: 'b',
      name: { display: 'Helene Martin' },
      territory: { departement: '13', commune: 'Marseille', remote: false },
    }),
    makePartner({
      id: 'c',
      name: { display: 'Karim B.' },
      territory: { departement: '38', commune: 'Saint-Martin-d’Hères', remote: false },
    }),
  ];

  it('finds names whatever the accents and case', () => {
    expect(idsFor(profiles, { query: 'HELENE' })).toEqual(['a', 'b']);
    expect(idsFor(profiles, { query: 'hélène' })).toEqual(['a', 'b']);
    expect(idsFor(profiles, { query: 'loewy' })).toEqual(['a']);
    expect(idsFor(profiles, { query: 'LŒWY' })).toEqual(['a']);
  });

  it('needs every word (in any order), and finds partial words while typing', () => {
    expect(idsFor(profiles, { query: 'martin helene' })).toEqual(['b']);
    expect(idsFor(profiles, { query: 'mars' })).toEqual(['b']);
    expect(idsFor(profiles, { query: "martin-d'heres" })).toEqual(['c']);
    expect(idsFor(profiles, { query: '  ' })).toEqual(['a', 'b', 'c']);
    expect(queryTerms('  Île, MARSEILLE ')).toEqual(['ile', 'marseille']);
  });

  it('searches what the card shows: themes, missions, trainings, département names, languages', () => {
    expect(idsFor([validPartner], { query: 'diabete' })).toEqual(['pp-camille-ferrand']);
    expect(idsFor([validPartner], { query: 'co-animer' })).toEqual(['pp-camille-ferrand']);
    expect(idsFor([validPartner], { query: 'utep' })).toEqual(['pp-camille-ferrand']);
    expect(idsFor([validPartner], { query: 'bouches-du-rhone' })).toEqual(['pp-camille-ferrand']);
    expect(idsFor([validPartner], { query: 'anglais' })).toEqual(['pp-camille-ferrand']);
    expect(idsFor([validPartner], { query: 'patiente partenaire' })).toEqual(['pp-camille-ferrand']);
  });

  it('never finds a person through what they did not consent to show', () => {
    expect(idsFor([withdrawn()], { query: 'diabete' })).toEqual([]);
    expect(idsFor([withdrawn()], { query: 'type 1' })).toEqual([]);
    expect(idsFor([withdrawn(validPartner, 'name')], { query: 'ferrand' })).toEqual([]);
    expect(idsFor([withdrawn(validPartner, 'name')], { query: 'marseille' })).toEqual([]);
    // The self-declared, unvalidated title is not searchable either.
    expect(idsFor([validPartner], { query: 'formatrice' })).toEqual([]);
    expect(searchableText(entriesOf([withdrawn()])[0]!, 'fr')).not.toMatch(/diab/);
  });

  it('searches in the language shown: the feed’s English labels on English pages', () => {
    const [entry] = entriesOf([validPartner]);
    expect(searchableText(entry!, 'en')).toMatch(/co-design, co-lead and co-evaluate|patient partner/);
    const en = filterPartners(buildPartnerIndex(itemsOf([validPartner]), 'en'), { query: 'english' });
    expect(en).toHaveLength(1);
  });
});

describe('filters', () => {
  const entries = manyEntries(40);
  const items = entries.map((entry) => ({ entry, source: 0 }));
  const index = buildPartnerIndex(items, 'fr');
  const shown = (criteria: Parameters<typeof filterPartners>[1]) => filterPartners(index, criteria).map((i) => i.entry);

  it('by domain, mission, territory and availability (term ids), combined with the text', () => {
    const research = shown({ domain: 'recherche' });
    expect(research.length).toBeGreaterThan(0);
    expect(research.every((e) => e.domains.some((d) => d.id === 'recherche'))).toBe(true);
    const retex = shown({ mission: 'offre_soins.retex.1' });
    expect(retex.length).toBeGreaterThan(0);
    expect(retex.every((e) => e.missions.some((m) => m.id === 'offre_soins.retex.1'))).toBe(true);
    const corsica = shown({ territory: '2A' });
    expect(corsica.length).toBe(4);
    expect(corsica.every((e) => e.territory.departement.id === '2A')).toBe(true);
    const available = shown({ availableOnly: true });
    expect(available.every((e) => e.load.hasCapacity)).toBe(true);
    expect(available.length).toBeLessThan(entries.length);
    expect(shown({ domain: 'recherche', territory: '13', query: 'corse' })).toEqual([]);
  });

  it('by establishment, when a directory gathers several feeds (ids may repeat across feeds)', () => {
    const two = [...items, ...entries.map((entry) => ({ entry, source: 1 }))];
    const both = buildPartnerIndex(two, 'fr');
    expect(filterPartners(both, {})).toHaveLength(80);
    const second = filterPartners(both, { establishment: '1' });
    expect(second).toHaveLength(40);
    expect(second.every((i) => i.source === 1)).toBe(true);
  });

  it('facets list only the values present, with the feed’s labels, in the HAS order', () => {
    const facets = partnerFacets(entries, 'fr');
    expect(facets.domains.map((f) => f.value)).toEqual(['parcours_soins', 'offre_soins', 'formation_enseignement', 'recherche']);
    expect(facets.domains.map((f) => f.label)).toEqual([
      'Parcours de soins des personnes',
      "Adaptation de l'offre de soins",
      'Formation et enseignement',
      'Recherche',
    ]);
    expect(facets.domains.find((f) => f.value === 'recherche')?.count).toBe(20);
    expect(facets.missions.map((f) => f.domain)).toContain('offre_soins');
    // Grouped by domain in the domains' order, alphabetical within one.
    const research = facets.missions.filter((f) => f.domain === 'recherche').map((f) => f.label);
    expect(research).toEqual([...research].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(facets.territories.map((f) => f.value)).toEqual(['01', '07', '13', '2A', '26', '38', '69', '75', '84', '971']);
    expect(facets.territories.find((f) => f.value === '2A')?.label).toBe('Corse-du-Sud (2A)');
    expect(partnerFacets(entries, 'en').domains[0]?.label).toBe("People's care pathways");
  });
});

describe('facet counts', () => {
  it('count people: a domain or a mission repeated within one entry counts once', () => {
    const [a, b] = entriesOf([
      makePartner({ id: 'a', domains: ['recherche', 'offre_soins'] }),
      makePartner({ id: 'b', domains: ['recherche'] }),
    ]);
    const twice = (e: PublicPartnerEntry) => ({
      ...e,
      domains: [...e.domains, ...e.domains],
      missions: [...e.missions, ...e.missions],
    });
    const facets = partnerFacets([twice(a!), b!, twice(a!)], 'fr');
    const count = (list: readonly { value: string; count: number }[], value: string) =>
      list.find((f) => f.value === value)?.count;
    expect(count(facets.domains, 'recherche')).toBe(3);
    expect(count(facets.domains, 'offre_soins')).toBe(2);
    for (const mission of a!.missions) {
      const holders = [a!, b!, a!].filter((e) => e.missions.some((m) => m.id === mission.id)).length;
      expect(count(facets.missions, mission.id)).toBe(holders);
    }
    expect(partnerFacets([a!, b!, a!], 'fr')).toEqual(facets);
  });
});

describe('a regional directory of 1 000+ partners', () => {
  const entries = manyEntries(1200);

  it('is a valid public feed', () => {
    for (const entry of entries.slice(0, 50)) expect(PublicPartnerEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('filters to the same result as a naive scan over the entries', () => {
    const index = buildPartnerIndex(
      entries.map((entry) => ({ entry, source: 0 })),
      'fr',
    );
    const hits = filterPartners(index, { query: 'EMILIE', domain: 'recherche' });
    const naive = entries.filter(
      (e) =>
        e.domains.some((d) => d.id === 'recherche') &&
        (e.name ?? '')
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .toLowerCase()
          .includes('emilie'),
    );
    expect(hits.map((i) => i.entry.id)).toEqual(naive.map((e) => e.id));
    expect(hits.length).toBeGreaterThan(10);
  });
});
