import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, establishmentRoutes } from '../../../../shared/publish/contact-routes';
import { publicView, publicViews } from '../../../../shared/publish/public-view';
import { isSafeUrl } from '../../../../shared/schemas/common';
import { CONSENT_FIELDS, type ConsentField, type PartnerProfile } from '../../../../shared/schemas/partner';
import type { Establishment } from '../../../../shared/schemas/registry';
import { makePartner, validPartner } from '../../../fixtures/partners';

const establishment: Establishment = {
  name: 'CH de Valmont (fictif)',
  contactEmail: 'partenariat@ch-valmont.example.org',
  contactUrl: 'https://ch-valmont.example.org/contact',
};

/** validPartner with some consents set (granted unless listed in `withdrawn`). */
function withConsents(granted: Partial<Record<ConsentField, boolean>>, base: PartnerProfile = validPartner): PartnerProfile {
  const consents = structuredClone(base.consents);
  for (const [field, value] of Object.entries(granted))
    consents[field as ConsentField] = { granted: value as boolean, date: '2026-05-01' };
  return makePartner({ ...base, consents });
}

describe('publicView: who may appear at all', () => {
  it('shows a listed partner', () => {
    expect(publicView(validPartner)?.id).toBe('pp-camille-ferrand');
  });

  it('removes a partner at once when the listing consent is withdrawn', () => {
    expect(publicView(withConsents({ listing: false }))).toBeNull();
  });

  it('removes a partner whose data-keeping consent is withdrawn, whatever the other consents say', () => {
    expect(publicView(withConsents({ keepData: false }))).toBeNull();
  });

  it('never lists a manager of the establishment as its patient partner (guide 3.3)', () => {
    expect(publicView(makePartner({ managesEstablishment: true }))).toBeNull();
  });

  it('keeps only the listable partners, in order', () => {
    const views = publicViews([
      makePartner({ id: 'a' }),
      withConsents({ listing: false }, makePartner({ id: 'b' })),
      makePartner({ id: 'c' }),
    ]);
    expect(views.map((v) => v.id)).toEqual(['a', 'c']);
  });
});

describe('publicView: consent gates every personal field', () => {
  it('shows the name, photo and experience that were consented', () => {
    const view = publicView(validPartner)!;
    expect(view.name).toBe('Camille F.');
    expect(view.photo).toEqual({
      url: 'https://example.org/photos/camille-f.jpg',
      alt: 'Portrait de Camille F., en extérieur, souriante',
    });
    expect(view.experience?.themes).toEqual(['diabete', 'Diabète de type 1 depuis 18 ans']);
    expect(view.experience?.text).toMatch(/diabète de type 1/);
    expect(view.territory.commune).toBe('Marseille');
  });

  it('without the name consent: no name, no commune, no photo alt text that names the person', () => {
    const view = publicView(withConsents({ name: false }))!;
    expect(view.name).toBeUndefined();
    expect(view.territory).toEqual({ departement: '13', remote: true });
    expect(view.photo).toEqual({ url: 'https://example.org/photos/camille-f.jpg' });
    expect(JSON.stringify(view)).not.toMatch(/Camille|Ferrand/);
  });

  it('without the photo consent: no photo', () => {
    expect(publicView(withConsents({ photo: false }))?.photo).toBeUndefined();
  });

  it('without the experience consent: no health information at all, even through association, project or training names', () => {
    const profile = withConsents(
      { experience: false },
      makePartner({
        trainings: [
          ...validPartner.trainings,
          {
            kind: 'du',
            label: 'DU Mission patient partenaire en cancérologie',
            issuer: 'Université fictive',
            validatedBy: { by: 'CH', date: '2026-01-01' },
          },
        ],
        abilities: ['écoute active', 'groupes de parole diabète'],
        association: { name: 'Diabète Entraide Sud (association fictive)', mandated: true },
      }),
    );
    const view = publicView(profile)!;
    expect(view.experience).toBeUndefined();
    expect(view.association).toEqual({ mandated: true });
    expect(view.projects).toEqual([]);
    expect(view.abilities).toEqual(['écoute active']);
    expect(view.trainings.map((t) => t.kind)).toEqual(['etp_40h']);
    expect(JSON.stringify(view)).not.toMatch(/diab|cancer|insuline/i);
  });

  it('without the experience consent, also hides words of the person’s own free-text themes', () => {
    const profile = withConsents(
      { experience: false },
      makePartner({
        experience: { themes: ['Sclérodermie systémique'], caregiver: false },
        projects: [{ title: 'Journée sclérodermie 2026' }, { title: 'Comité qualité' }],
        association: { name: 'Entraide des sclérodermiques (fictive)', mandated: false },
      }),
    );
    const view = publicView(profile)!;
    expect(view.projects).toEqual([{ title: 'Comité qualité' }]);
    expect(view.association).toBeUndefined(); // not mandated and its name would tell: nothing left to say
  });

  it('keeps association, projects and trainings that say nothing about health', () => {
    const profile = withConsents(
      { experience: false },
      makePartner({
        association: { name: 'Collectif des usagers du Val (fictif)', mandated: false },
        projects: [{ title: 'Refonte du livret d’accueil', url: 'https://example.org/livret' }],
      }),
    );
    const view = publicView(profile)!;
    expect(view.association).toEqual({ name: 'Collectif des usagers du Val (fictif)', mandated: false });
    expect(view.projects).toEqual([{ title: 'Refonte du livret d’accueil', url: 'https://example.org/livret' }]);
  });

  it('shows only the titles and trainings validated by the establishment (no self-proclaimed title)', () => {
    const view = publicView(validPartner)!;
    expect(view.roles).toEqual(['patient_partenaire']); // patient_formateur is only declared
    expect(view.trainings).toEqual([
      {
        kind: 'etp_40h',
        label: "Formation de base à l'éducation thérapeutique du patient",
        issuer: "UTEP du CH de l'Étang-Bleu (fictive)",
        year: 2022,
        hours: 40,
      },
    ]);
  });
});

describe('contact goes through the establishment by default', () => {
  it('offers the establishment’s address (with a reference to the person) and form; no personal route without consent', () => {
    const view = publicView(validPartner)!;
    expect(view.contact).toEqual([]);
    const [email, form] = establishmentRoutes(establishment, view.name ?? ANONYMOUS.fr, view.id, 'fr');
    expect(email?.href).toMatch(/^mailto:partenariat@ch-valmont\.example\.org\?subject=/);
    expect(decodeURIComponent(email!.href)).toContain('Camille F. (réf. pp-camille-ferrand)');
    expect(form).toEqual({
      kind: 'url',
      href: 'https://ch-valmont.example.org/contact',
      text: 'https://ch-valmont.example.org/contact',
    });
    expect(JSON.stringify(view)).not.toContain('camille.f@example.org');
  });

  it('adds personal details only with the contact consent, as safe mailto:/tel:/https: links', () => {
    const profile = withConsents(
      { contact: true },
      makePartner({
        contact: { email: 'camille.f@example.org', phone: '+33 6 00 00 00 01', url: 'https://camille.example.org/' },
      }),
    );
    const routes = publicView(profile)!.contact;
    expect(routes).toEqual([
      { kind: 'email', href: 'mailto:camille.f@example.org', text: 'camille.f@example.org' },
      { kind: 'phone', href: 'tel:+33600000001', text: '+33 6 00 00 00 01' },
      { kind: 'url', href: 'https://camille.example.org/', text: 'https://camille.example.org/' },
    ]);
  });

  it('drops a link that is not https/http/mailto/tel even if it reached the view unvalidated', () => {
    const profile = withConsents({ contact: true }, makePartner({ contact: { url: 'javascript:alert(1)' } }));
    expect(publicView(profile)!.contact).toEqual([]);
    const photo = makePartner({ photo: { url: 'javascript:alert(1)', alt: 'x' } });
    expect(publicView(photo)!.photo).toBeUndefined();
  });
});

describe('publicView: the current load is public (do not over-solicit)', () => {
  it('says whether the person can take on another mission', () => {
    expect(publicView(makePartner({ load: { activeMissions: 1, maxMissions: 3 } }))!.load).toEqual({
      activeMissions: 1,
      maxMissions: 3,
      hasCapacity: true,
    });
    expect(publicView(makePartner({ load: { activeMissions: 3, maxMissions: 3 } }))!.load.hasCapacity).toBe(false);
    expect(publicView(makePartner({ load: { activeMissions: 0, maxMissions: 0 } }))!.load.hasCapacity).toBe(false);
    expect(publicView(makePartner({ load: { activeMissions: 5 } }))!.load).toEqual({ activeMissions: 5, hasCapacity: true });
  });
});

describe('publicView: property — nothing leaks without consent', () => {
  const consentArb = fc.record(
    Object.fromEntries(CONSENT_FIELDS.map((f) => [f, fc.boolean()])) as Record<ConsentField, fc.Arbitrary<boolean>>,
  );
  const secretProfile = makePartner({
    name: { given: 'Zéphyrine', family: 'Quassolt', display: 'Zéphyrine Q.' },
    photo: { url: 'https://example.org/zq.jpg', alt: 'Zéphyrine Q. au jardin' },
    experience: { themes: ['Mucoviscidose', 'maladies_rares'], caregiver: true, text: 'Histoire secrète de Zéphyrine.' },
    contact: { email: 'zq@example.org', phone: '+33 6 11 22 33 44' },
    projects: [{ title: 'Groupe mucoviscidose adultes' }],
  });

  it('for every combination of consents, each withheld field is absent from the whole view', () => {
    fc.assert(
      fc.property(consentArb, (granted) => {
        const view = publicView(withConsents(granted, secretProfile));
        const listed = granted.keepData && granted.listing;
        if (!listed) return view === null;
        const json = JSON.stringify(view);
        if (!granted.name) expect(json).not.toMatch(/Zéphyrine|Quassolt/);
        if (!granted.photo) expect(json).not.toContain('zq.jpg');
        if (!granted.experience) expect(json).not.toMatch(/mucoviscidose|maladies_rares|secrète|caregiver/i);
        if (!granted.contact) expect(json).not.toMatch(/zq@example|\+33 ?6/);
        for (const route of view!.contact) {
          expect(isSafeUrl(route.href)).toBe(true);
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('publicView: a role that names a condition', () => {
  it('withholds « médiateur de santé pair » without the lived-experience consent (it discloses a psychiatric history)', () => {
    const validatedBy = { by: 'Coordination', date: '2026-01-01' };
    const profile = makePartner({
      titles: [
        { role: 'mediateur_sante_pair', validatedBy },
        { role: 'pair_aidant', validatedBy },
      ],
    });
    expect(publicView(withConsents({ experience: false }, profile))!.roles).toEqual(['pair_aidant']);
    expect(publicView(withConsents({ experience: true }, profile))!.roles).toEqual(['mediateur_sante_pair', 'pair_aidant']);
  });
});
