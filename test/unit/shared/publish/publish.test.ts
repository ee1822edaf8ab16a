import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publish } from '../../../../shared/publish/publish';
import { describeOmission, describePerson, describeReport } from '../../../../shared/publish/report-messages';
import type { Consent } from '../../../../shared/schemas/common';
import { CONSENT_FIELDS, type ConsentField, type PartnerProfile } from '../../../../shared/schemas/partner';
import { PublicFeedSchema } from '../../../../shared/schemas/public-feed';
import { type PartnerRegistry, PartnerRegistrySchema } from '../../../../shared/schemas/registry';
import { makePartner } from '../../../fixtures/partners';

const establishment = { name: 'CH de Valmont (fictif)', contactEmail: 'partenariat@ch-valmont.example.org' };
const generatedAt = '2026-12-07T09:00:00+01:00';

/** Markers that may only reach the feed with the named consent. */
const SECRETS = {
  name: ['Zéphyrine', 'Quassolt'],
  photo: ['zq-portrait.jpg'],
  experience: ['mucoviscidose', 'Histoire-secrete-XK'],
  contact: ['zq@example.org', '0611223344'],
  commune: ['Saint-Quassolt-les-Bains'],
} as const;

function secretPartner(id: string, consents: PartnerProfile['consents'], managesEstablishment = false): PartnerProfile {
  return makePartner({
    id,
    name: { given: 'Zéphyrine', family: 'Quassolt' },
    photo: { url: 'https://example.org/zq-portrait.jpg', alt: 'Zéphyrine au jardin' },
    territory: { departement: '13', commune: 'Saint-Quassolt-les-Bains', remote: false },
    experience: { themes: ['Mucoviscidose'], caregiver: true, text: 'Histoire-secrete-XK de ma mucoviscidose.' },
    association: { name: 'Vaincre la mucoviscidose (fictive)', mandated: true },
    projects: [{ title: 'Groupe mucoviscidose adultes' }, { title: 'Comité des usagers' }],
    abilities: ['écoute', 'témoignage sur la mucoviscidose'],
    contact: { email: 'zq@example.org', phone: '06 11 22 33 44' },
    managesEstablishment,
    consents,
  });
}

/** A consent absent, refused/withdrawn, or granted — each with its own date. */
const consentArb: fc.Arbitrary<Consent | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ granted: fc.boolean(), date: fc.constantFrom('2025-01-10', '2026-03-02', '2026-11-30') }),
);
const consentsArb = fc.record(
  Object.fromEntries(CONSENT_FIELDS.map((f) => [f, consentArb])) as Record<ConsentField, typeof consentArb>,
);
const registryArb: fc.Arbitrary<PartnerRegistry> = fc
  .array(fc.tuple(consentsArb, fc.boolean()), { minLength: 1, maxLength: 12 })
  .map((people) => ({
    establishment,
    partners: people.map(([consents, manager], i) => {
      const clean = Object.fromEntries(Object.entries(consents).filter(([, c]) => c !== undefined));
      return secretPartner(`p-${i}`, clean, manager && i % 3 === 0);
    }),
  }));

const granted = (p: PartnerProfile, f: ConsentField) => p.consents[f]?.granted === true && p.consents.keepData?.granted === true;

describe('publish(registry): the feed holds only what each person consented to show', () => {
  it('for random registries: no withheld field, nobody unlistable, and the feed is a valid v2 feed', () => {
    fc.assert(
      fc.property(registryArb, (registry) => {
        const { feed, report } = publish(registry, { generatedAt });
        expect(PublicFeedSchema.safeParse(feed).success).toBe(true);
        const json = JSON.stringify(feed);
        expect(json).not.toMatch(/"consents"|"keepData"|"managesEstablishment"|"validatedBy"|"matching"/);
        const published = new Set(feed.partners.map((p) => p.id));
        for (const profile of registry.partners) {
          const listable = granted(profile, 'listing') && !profile.managesEstablishment;
          expect(published.has(profile.id)).toBe(listable);
          const entry = feed.partners.find((p) => p.id === profile.id);
          if (!entry) continue;
          const text = JSON.stringify(entry);
          if (!granted(profile, 'name')) for (const s of [...SECRETS.name, ...SECRETS.commune]) expect(text).not.toContain(s);
          if (!granted(profile, 'photo')) for (const s of SECRETS.photo) expect(text).not.toContain(s);
          if (!granted(profile, 'experience')) {
            for (const s of SECRETS.experience) expect(text.toLowerCase()).not.toContain(s.toLowerCase());
            expect(entry.experience).toBeUndefined();
          }
          if (!granted(profile, 'contact')) for (const s of SECRETS.contact) expect(text.replace(/\s/g, '')).not.toContain(s);
        }
        expect(report.total).toBe(registry.partners.length);
        expect(report.published).toBe(feed.partners.length);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('for random registries: the report explains every omission, in French and English', () => {
    fc.assert(
      fc.property(registryArb, (registry) => {
        const { feed, report } = publish(registry, { generatedAt });
        for (const person of report.people) {
          const profile = registry.partners.find((p) => p.id === person.id) as PartnerProfile;
          const entry = feed.partners.find((p) => p.id === person.id);
          if (!person.published) {
            expect(person.omissions).toHaveLength(1);
            expect(person.omissions[0]?.field).toBe('*');
          }
          // Each piece of the secret profile that the entry lacks is explained.
          if (entry) {
            const fields = new Set(person.omissions.map((o) => o.field.replace(/\[\d+\]$/, '')));
            if (!entry.name) expect(fields.has('name')).toBe(true);
            if (!entry.photo) expect(fields.has('photo')).toBe(true);
            if (!entry.experience) expect(fields.has('experience')).toBe(true);
            if (entry.contact.length === 0) expect(fields.has('contact')).toBe(true);
            if (!entry.territory.commune) expect(fields.has('territory.commune')).toBe(true);
            if (entry.projects.length < profile.projects.length) expect(fields.has('projects')).toBe(true);
            if (!entry.association?.name) expect(fields.has('association.name')).toBe(true);
          }
          for (const o of person.omissions) {
            for (const locale of ['fr', 'en'] as const) {
              const words = describeOmission(o, locale);
              expect(words.length).toBeGreaterThan(10);
              expect(words).not.toMatch(/undefined|\[object/);
            }
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('publish(registry): examples', () => {
  const all = (date = '2026-01-05') =>
    Object.fromEntries(CONSENT_FIELDS.map((f) => [f, { granted: true, date }])) as PartnerProfile['consents'];

  it('labels every id in French and English, with the person’s grammatical gender', () => {
    const registry = { establishment, partners: [makePartner({ consents: all() })] };
    const { feed } = publish(registry, { generatedAt });
    const [entry] = feed.partners;
    expect(feed.schemaVersion).toBe(2);
    expect(feed.generatedAt).toBe(generatedAt);
    expect(feed.$schema).toBe('public-feed.schema.json');
    expect(entry?.roles).toEqual([{ id: 'patient_partenaire', fr: 'Patiente partenaire', en: 'Patient partner' }]);
    expect(entry?.domains[0]).toMatchObject({ id: 'parcours_soins', fr: 'Parcours de soins des personnes' });
    expect(entry?.missions[0]).toMatchObject({ id: 'parcours_soins.etp.1', domain: 'parcours_soins' });
    expect(entry?.missions[0]?.en).toMatch(/TPE/);
    expect(entry?.territory.departement).toEqual({ id: '13', fr: 'Bouches-du-Rhône', en: 'Bouches-du-Rhône' });
    expect(entry?.languages[1]).toEqual({ id: 'en', fr: 'anglais', en: 'English' });
    expect(entry?.trainings[0]?.kind).toEqual({ id: 'etp_40h', fr: 'ETP 40 h', en: 'TPE 40 h' });
    expect(entry?.experience?.themes[0]).toEqual({ id: 'diabete', fr: 'Diabète', en: 'Diabetes' });
    // The person's own words are kept as they wrote them, without an id.
    expect(entry?.experience?.themes[1]).toEqual({ fr: 'Diabète de type 1 depuis 18 ans' });
  });

  it('leaves out a withdrawn person at once and says so with the date', () => {
    const consents = { ...all(), listing: { granted: false, date: '2026-11-02' } };
    const { feed, report } = publish({ establishment, partners: [makePartner({ consents })] }, { generatedAt });
    expect(feed.partners).toEqual([]);
    expect(describePerson(report.people[0]!, 'fr')).toBe(
      "pp-camille-ferrand (Camille F.) — profil non publié : consentement « présence dans l'annuaire » non donné ou retiré le 2 novembre 2026",
    );
    expect(describePerson(report.people[0]!, 'en')).toMatch(
      /profile not published: consent "appearing in the directory" not given or withdrawn on 2 November 2026/,
    );
  });

  it('treats a consent never recorded as not given (v1 registries without the newer consents stay valid)', () => {
    const { projectExperience: _, ...v1 } = all();
    expect(PartnerRegistrySchema.safeParse({ establishment, partners: [makePartner({ consents: v1 })] }).success).toBe(true);
    const { keepData, listing } = all();
    const { feed, report } = publish(
      { establishment, partners: [makePartner({ consents: { keepData, listing } })] },
      { generatedAt },
    );
    expect(feed.partners[0]?.name).toBeUndefined();
    expect(report.people[0]?.omissions.map((o) => describeOmission(o, 'fr'))).toContain(
      'sans le nom (aucun consentement « nom » enregistré)',
    );
  });

  it('leaves out a manager, wording it as the establishment’s rule after the guide’s example', () => {
    const { report } = publish(
      { establishment, partners: [makePartner({ managesEstablishment: true, consents: all() })] },
      { generatedAt },
    );
    expect(describePerson(report.people[0]!, 'fr')).toMatch(
      /profil non publié : gestionnaire de l'établissement \(règle de l'établissement/,
    );
  });

  it('says why an unvalidated title and a health-revealing association name were left out', () => {
    const consents = { ...all(), experience: { granted: false, date: '2026-01-05' } };
    const { report } = publish({ establishment, partners: [makePartner({ consents })] }, { generatedAt });
    const lines = report.people[0]!.omissions.map((o) => describeOmission(o, 'fr'));
    expect(lines).toContain("sans le titre n° 2 (validation de l'établissement manquante)");
    expect(lines).toContain(
      "sans le nom de l'association (le libellé révélerait une pathologie sans le consentement « expérience vécue »)",
    );
    expect(describeReport(publish({ establishment, partners: [] }, { generatedAt }).report, 'en')[0]).toMatch(
      /^0 of 0 people published/,
    );
  });
});

describe('describeReport', () => {
  it('agrees in number in French (« 1 personne publiée », « 0 personne publiée »)', () => {
    const one = publish({ establishment, partners: [makePartner()] }, { generatedAt }).report;
    expect(describeReport(one, 'fr')[0]).toMatch(/^1 personne publiée sur 1 \(/);
    const none = publish({ establishment, partners: [] }, { generatedAt }).report;
    expect(describeReport(none, 'fr')[0]).toMatch(/^0 personne publiée sur 0 \(/);
  });
});
