import { describe, expect, it } from 'vitest';
import { publicView, publicViews } from '../../../shared/publish/public-view';
import { buildPartnerIndex, filterPartners, partnerFacets, queryTerms, searchableText } from '../../../shared/partners/search';
import { PartnerProfileSchema } from '../../../shared/schemas/partner';
import { makePartner, validPartner } from '../../fixtures/partners';
import { manyPartners } from './many-partners';

const withdrawn = (profile = validPartner, field: 'experience' | 'name' = 'experience') => {
  const consents = structuredClone(profile.consents);
  consents[field] = { granted: false, date: '2026-05-01' };
  return makePartner({ ...profile, consents });
};

function idsFor(profiles: Parameters<typeof publicViews>[0], criteria: Parameters<typeof filterPartners>[1]) {
  return filterPartners(buildPartnerIndex(publicViews(profiles), 'fr'), criteria).map((v) => v.id);
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
    expect(searchableText(publicView(withdrawn())!, 'fr')).not.toMatch(/diab/);
  });
});

describe('filters', () => {
  const views = publicViews(manyPartners(40));
  const index = buildPartnerIndex(views, 'fr');

  it('by domain, mission, territory and availability, combined with the text', () => {
    const research = filterPartners(index, { domain: 'recherche' });
    expect(research.length).toBeGreaterThan(0);
    expect(research.every((v) => v.domains.includes('recherche'))).toBe(true);
    const retex = filterPartners(index, { mission: 'offre_soins.retex.1' });
    expect(retex.every((v) => v.missions.includes('offre_soins.retex.1'))).toBe(true);
    const corsica = filterPartners(index, { territory: '2A' });
    expect(corsica.length).toBe(4);
    expect(corsica.every((v) => v.territory.departement === '2A')).toBe(true);
    const available = filterPartners(index, { availableOnly: true });
    expect(available.every((v) => v.load.hasCapacity)).toBe(true);
    expect(available.length).toBeLessThan(views.length);
    const combined = filterPartners(index, { domain: 'recherche', territory: '13', query: 'corse' });
    expect(combined).toEqual([]);
  });

  it('facets list only the values present, in the HAS order', () => {
    const facets = partnerFacets(views);
    expect(facets.domains.map((f) => f.value)).toEqual(['parcours_soins', 'offre_soins', 'formation_enseignement', 'recherche']);
    expect(facets.domains.find((f) => f.value === 'recherche')?.count).toBe(20);
    expect(facets.missions.map((f) => f.domain)).toContain('offre_soins');
    expect(facets.territories.map((f) => f.value)).toEqual(['01', '07', '13', '2A', '26', '38', '69', '75', '84', '971']);
  });
});

describe('a regional directory of 1 000+ partners', () => {
  const profiles = manyPartners(1200);

  it('is valid for the shared schema', () => {
    for (const p of profiles.slice(0, 50)) expect(PartnerProfileSchema.safeParse(p).success).toBe(true);
  });

  it('filters to the same result as a naive scan over the public views', () => {
    const views = publicViews(profiles);
    const index = buildPartnerIndex(views, 'fr');
    const hits = filterPartners(index, { query: 'EMILIE', domain: 'recherche' });
    const naive = views.filter(
      (v) =>
        v.domains.includes('recherche') &&
        (v.name ?? '')
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .toLowerCase()
          .includes('emilie'),
    );
    expect(hits.map((v) => v.id)).toEqual(naive.map((v) => v.id));
    expect(hits.length).toBeGreaterThan(10);
  });
});
