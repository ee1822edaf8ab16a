import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartnerDirectory, resolveFeedUrls } from '../../../shared/partners/directory';
import { publicView, publicViews } from '../../../shared/publish/public-view';
import { PartnerRegistrySchema } from '../../../shared/schemas/registry';
import { hasConsent } from '../../../shared/schemas/partner';
import { DOMAIN_IDS } from '../../../shared/vocab/domains';
import { validPartner } from '../../fixtures/partners';
import { repoRoot } from '../../helpers/paths';

const feedPath = resolve(repoRoot, 'demo/registry/registre.json');
const raw = JSON.parse(readFileSync(feedPath, 'utf8'));
const FEED_URL = 'https://ch-valmont.example.org/data/partenaires.json';
const establishment = { name: 'CH', contactEmail: 'contact@example.org' };

describe('the demo feed (demo/registry/registre.json)', () => {
  const parsed = PartnerRegistrySchema.safeParse(resolveFeedUrls(raw, FEED_URL));

  it('is valid for the shared feed schema once its relative photo addresses are resolved', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.success).toBe(true);
  });

  const feed = parsed.data!;
  const views = publicViews(feed.partners, feed.establishment);

  it('is rich: ≥ 30 partners over the 4 HAS domains, with missions, trainings, statuses, associations and loads', () => {
    expect(feed.partners.length).toBeGreaterThanOrEqual(30);
    for (const domain of DOMAIN_IDS) expect(views.filter((v) => v.domains.includes(domain)).length).toBeGreaterThanOrEqual(5);
    expect(
      feed.partners.filter((p) => p.trainings.some((t) => t.kind === 'etp_40h' && t.issuer && t.hours === 40)).length,
    ).toBeGreaterThanOrEqual(4);
    expect(new Set(feed.partners.flatMap((p) => p.statuses))).toEqual(
      new Set(['benevole', 'salarie', 'prestataire', 'vacataire']),
    );
    expect(feed.partners.some((p) => p.association?.mandated === true)).toBe(true);
    expect(feed.partners.some((p) => p.association?.mandated === false)).toBe(true);
    expect(views.some((v) => !v.load.hasCapacity)).toBe(true);
    expect(new Set(feed.partners.map((p) => p.territory.departement)).size).toBeGreaterThanOrEqual(6);
    expect(feed.partners.some((p) => p.availability.slots.length > 0 && p.availability.commitment.length > 0)).toBe(true);
  });

  it('has people without consent for name, photo or experience, and people withdrawn from the listing', () => {
    const without = (field: 'name' | 'photo' | 'experience' | 'listing') => feed.partners.filter((p) => !hasConsent(p, field));
    expect(without('name').length).toBeGreaterThanOrEqual(4);
    expect(without('photo').length).toBeGreaterThanOrEqual(4);
    expect(without('experience').length).toBeGreaterThanOrEqual(3);
    expect(without('listing').length).toBeGreaterThanOrEqual(2);
    expect(feed.partners.some((p) => p.titles.some((t) => !t.validatedBy))).toBe(true);
    // Withdrawn people and the manager of the establishment are not shown.
    for (const id of ['pp-022', 'pp-033', 'pp-035', 'pp-024']) expect(views.map((v) => v.id)).not.toContain(id);
    expect(views.length).toBe(34);
  });

  it('uses opaque ids, fictional example.org addresses, and tiny SVG photos of its own (no data: URL)', () => {
    for (const p of raw.partners) expect(p.id).toMatch(/^pp-\d{3}$/);
    const text = readFileSync(feedPath, 'utf8');
    expect(text).not.toMatch(/data:/);
    for (const email of text.match(/[\w.+-]+@[\w.-]+/g) ?? []) expect(email).toMatch(/example\.org$/);
    for (const p of raw.partners.filter((x: { photo?: unknown }) => x.photo)) {
      expect(p.photo.url).toMatch(/^\.\.\/assets\/photos\/p\d{2}\.svg$/);
      const file = resolve(repoRoot, 'demo/data', p.photo.url);
      expect(existsSync(file)).toBe(true);
      const svg = readFileSync(file, 'utf8');
      expect(svg.length).toBeLessThan(1500);
      expect(svg).not.toMatch(/<script|href=|on\w+=/i);
    }
  });
});

describe('parsePartnerDirectory', () => {
  const feed = { establishment, partners: [validPartner] };

  it('accepts a valid feed', () => {
    const result = parsePartnerDirectory(feed);
    expect(result.ok && result.partners.length).toBe(1);
    expect(result.ok && result.rejected).toEqual([]);
  });

  it('keeps the valid profiles of a feed and reports each invalid or duplicate one, in French or English', () => {
    const broken = { ...structuredClone(validPartner), id: 'pp-broken', name: { given: 42 } };
    const result = parsePartnerDirectory(
      { establishment, partners: [validPartner, broken, { ...validPartner }, 'nonsense'] },
      'fr',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.partners.map((p) => p.id)).toEqual(['pp-camille-ferrand']);
    expect(result.rejected.map((r) => r.message)).toEqual([
      'partners[1] (pp-broken) — Champ name.given : texte attendu',
      'partners[2] (pp-camille-ferrand) — identifiant en double',
      expect.stringMatching(/^partners\[3\] — Données : objet attendu/),
    ]);
    const en = parsePartnerDirectory({ establishment, partners: [broken] }, 'en');
    expect(en.ok && en.rejected[0]?.message).toBe('partners[0] (pp-broken) — Field name.given: expected text');
  });

  it('refuses a feed that is not one, with a readable message', () => {
    expect(parsePartnerDirectory('not json at all')).toMatchObject({ ok: false });
    expect(parsePartnerDirectory({ partners: [] })).toEqual({ ok: false, message: 'Champ establishment : valeur requise' });
    expect(parsePartnerDirectory({ establishment, partners: 'x' }, 'en')).toEqual({
      ok: false,
      message: 'Field partners: expected a list',
    });
    expect(parsePartnerDirectory(null)).toMatchObject({ ok: false });
    expect(parsePartnerDirectory({ schemaVersion: 2, establishment, partners: [] })).toMatchObject({ ok: false });
  });
});

describe('resolveFeedUrls', () => {
  const feed = (url: string) => ({
    establishment,
    partners: [{ ...structuredClone(validPartner), photo: { url, alt: 'x' }, projects: [{ title: 'P', url }] }],
  });
  const photoOf = (json: unknown) => (json as { partners: { photo: { url: string } }[] }).partners[0]!.photo.url;

  it('resolves relative photo and project addresses against the feed’s URL', () => {
    const out = resolveFeedUrls(feed('../assets/photos/a.svg'), 'https://h.example.org/site/data/feed.json');
    expect(photoOf(out)).toBe('https://h.example.org/site/assets/photos/a.svg');
    expect((out as { partners: { projects: { url: string }[] }[] }).partners[0]!.projects[0]!.url).toBe(
      'https://h.example.org/site/assets/photos/a.svg',
    );
  });

  it('leaves absolute addresses to the schema, which refuses unsafe ones', () => {
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>', '//evil.example.org/x.svg']) {
      const out = resolveFeedUrls(feed(url), 'https://h.example.org/data/feed.json');
      expect(photoOf(out)).toBe(url);
      expect(PartnerRegistrySchema.safeParse(out).success).toBe(false);
    }
  });

  it('does not touch the caller’s object and passes non-feeds through', () => {
    const input = feed('a.svg');
    resolveFeedUrls(input, 'https://h.example.org/');
    expect(input.partners[0]!.photo.url).toBe('a.svg');
    expect(resolveFeedUrls('x', 'https://h.example.org/')).toBe('x');
  });
});

it('publicView works on every profile of the demo feed and never shows a withheld field', () => {
  const feed = PartnerRegistrySchema.parse(resolveFeedUrls(raw, FEED_URL));
  for (const profile of feed.partners) {
    const view = publicView(profile, feed.establishment);
    if (!view) continue;
    const json = JSON.stringify(view);
    if (!hasConsent(profile, 'name') && profile.name?.family) expect(json).not.toContain(profile.name.family);
    if (!hasConsent(profile, 'experience')) expect(view.experience).toBeUndefined();
    if (!hasConsent(profile, 'photo')) expect(view.photo).toBeUndefined();
  }
});
