/** What a contact may keep of a card: the public view, cut down to what the page showed — never more. */
import { describe, expect, it } from 'vitest';
import { fullerOf, personalFromRoutes, shownFromView } from '../../../shared/contacts/shown';
import { publicView } from '../../../shared/publish/public-view';
import { ShownPartnerSchema } from '../../../shared/schemas/contact';
import { demoDirectory, demoView, demoViews, leaves } from './helpers';

describe('shownFromView', () => {
  it('keeps the full card of a person who consented to everything but her own contact, without the photo', () => {
    const view = demoView('pp-001');
    const shown = shownFromView(view, 'full');
    expect(ShownPartnerSchema.safeParse(shown).success).toBe(true);
    expect(shown).toMatchObject({
      partnerId: 'pp-001',
      detail: 'full',
      name: 'Camille F.',
      roles: view.roles,
      domains: view.domains,
      missions: view.missions,
      trainings: view.trainings,
      experience: view.experience,
    });
    expect(shown).not.toHaveProperty('photo');
    expect(JSON.stringify(shown)).not.toContain('photos/');
    expect(shown.personal).toBeUndefined(); // no `contact` consent: the establishment's route only
  });

  it('has no name without the name consent, no health data without the experience consent', () => {
    const unnamed = shownFromView(demoView('pp-005'), 'full');
    expect(unnamed.name).toBeUndefined();
    expect(JSON.stringify(unnamed)).not.toMatch(/Sophie|Lanier/);
    const { partners } = demoDirectory();
    const raw = partners.find((p) => p.id === 'pp-007');
    const noHealth = shownFromView(demoView('pp-007'), 'full');
    expect(noHealth.experience).toBeUndefined();
    for (const theme of raw?.experience.themes ?? []) expect(JSON.stringify(noHealth)).not.toContain(theme);
  });

  it('keeps own addresses only when the person published them', () => {
    expect(shownFromView(demoView('pp-009'), 'full').personal).toEqual({ email: 'aicha.d@example.org' });
    expect(shownFromView(demoView('pp-020'), 'full').personal).toEqual({
      email: 'olivier.fabre@example.org',
      phone: '+33 6 00 00 00 20',
    });
    expect(shownFromView(demoView('pp-030'), 'full').personal).toEqual({
      email: 'valerie.robin@example.org',
      url: 'https://valerie-robin.example.org/',
    });
  });

  it('keeps only the compact card’s fields from a compact card (one contact route)', () => {
    const view = demoView('pp-020');
    const shown = shownFromView(view, 'compact');
    expect(ShownPartnerSchema.safeParse(shown).success).toBe(true);
    expect(shown).toEqual({
      partnerId: 'pp-020',
      detail: 'compact',
      name: 'Olivier F.',
      ...(view.gender ? { gender: view.gender } : {}),
      roles: view.roles,
      domains: view.domains,
      missions: [],
      statuses: [],
      trainings: [],
      languages: [],
      projects: [],
      abilities: [],
      availability: { slots: [], commitment: [] },
      territory: view.territory,
      load: {
        activeMissions: view.load.activeMissions,
        ...(view.load.maxMissions !== undefined ? { maxMissions: view.load.maxMissions } : {}),
      },
      personal: { email: 'olivier.fabre@example.org' },
    });
  });

  it('never says more than the public view, for every person of the demo feed, in both details', () => {
    const { partners, establishment } = demoDirectory();
    let shownCount = 0;
    for (const profile of partners) {
      const view = publicView(profile, establishment);
      if (!view) continue;
      shownCount++;
      const said = new Set(leaves(view));
      for (const detail of ['full', 'compact'] as const) {
        const shown = shownFromView(view, detail);
        expect(ShownPartnerSchema.safeParse(shown).success).toBe(true);
        for (const leaf of leaves(shown)) {
          if (leaf === detail || leaf === view.id) continue;
          expect(said.has(leaf) || (typeof leaf === 'string' && [...said].some((s) => String(s).includes(leaf)))).toBe(true);
        }
      }
    }
    expect(shownCount).toBe(demoViews().length);
    expect(shownCount).toBeLessThan(partners.length); // withdrawn consents and a manager are not shown at all
  });

  it('takes the fuller of two showings of one person', () => {
    const view = demoView('pp-037');
    const full = shownFromView(view, 'full');
    const compact = shownFromView(view, 'compact');
    expect(fullerOf(compact, full)).toBe(full);
    expect(fullerOf(full, compact)).toBe(full);
    expect(personalFromRoutes([])).toBeUndefined();
  });
});
