/**
 * Reading public feeds for display (shared/partners/feed-read.ts): registries and v1
 * files refused whole, links resolved against the feed's URL then http(s) only,
 * partly invalid feeds kept with readable messages (fr/en, loaded lazily).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkFeedForDisplay,
  feedNeedsMessages,
  feedRefusal,
  readFeedForDisplay,
  registryKeyIn,
  resolveEntryLinks,
  resolveLink,
} from '../../../../shared/partners/feed-read';
import { publish } from '../../../../shared/publish/publish';
import { parsePartnerRegistry } from '../../../../shared/schemas/registry';
import { makePartner } from '../../../fixtures/partners';
import { feedOf, GENERATED_AT } from '../../../helpers/feed-fixtures';

const root = resolve(import.meta.dirname, '../../../..');
const BASE = 'https://ch.example.org/partenariat/partenaires.json';

function demo(file: string) {
  const text = readFileSync(resolve(root, 'demo/registry', file), 'utf8');
  const registry = parsePartnerRegistry(text);
  if (!registry.ok) throw new Error(registry.message);
  return { raw: JSON.parse(text) as unknown, feed: publish(registry.data, { generatedAt: GENERATED_AT }).feed };
}

describe('registries and v1 files are refused whole', () => {
  it('the demo registry (schema v1) is refused; its published feed is read', async () => {
    const { raw, feed } = demo('registre.json');
    const refusal = feedRefusal(raw);
    expect(refusal).toEqual({ reason: 'registry', key: expect.stringMatching(/^(?:consents|keepData|managesEstablishment)$/) });
    const refused = await readFeedForDisplay(raw, BASE, 'fr');
    expect(refused).toEqual({ ok: false, refusal, message: '' });
    // Without its registry keys, a v1 file is still refused: it does not say `schemaVersion: 2`.
    expect(feedRefusal({ establishment: { name: 'CH' }, partners: [] })).toEqual({ reason: 'version' });
    const read = await readFeedForDisplay(JSON.parse(JSON.stringify(feed)), BASE, 'fr');
    if (!read.ok) throw new Error(read.message);
    expect(read.feed.partners).toHaveLength(34);
    expect(read.feed.establishment.name).toBe('Centre hospitalier de Valmont (fictif)');
  });

  it('no `schemaVersion: 2`, or a registry key anywhere (a feed edited by hand): refused', () => {
    const { feed } = demo('registre-trois-rivieres.json');
    expect(feedRefusal(feed)).toBeUndefined();
    expect(feedRefusal({ ...feed, schemaVersion: 1 })).toEqual({ reason: 'version' });
    expect(feedRefusal({ establishment: feed.establishment, partners: [] })).toEqual({ reason: 'version' });
    const edited = structuredClone(feed) as unknown as { partners: Record<string, unknown>[] };
    (edited.partners[1] as { load: Record<string, unknown> }).load.keepData = { granted: false, date: '2026-01-01' };
    expect(feedRefusal(edited)).toEqual({ reason: 'registry', key: 'keepData' });
    expect(registryKeyIn([{ a: [{ managesEstablishment: false }] }])).toBe('managesEstablishment');
    expect(registryKeyIn({ text: 'consents, keepData' })).toBeUndefined();
  });

  it('stops at a bounded depth (host objects may be cyclic)', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 2 };
    cyclic.self = cyclic;
    expect(registryKeyIn(cyclic)).toBeUndefined();
  });

  it('a value that is not an object is not a refusal but an invalid feed, explained', async () => {
    expect(feedRefusal(42)).toBeUndefined();
    expect(await readFeedForDisplay(42, BASE, 'en')).toEqual({ ok: false, message: 'Data: expected an object' });
  });
});

describe('links', () => {
  it('relative photo and project links resolve against the feed’s URL, then must be http(s)', () => {
    expect(resolveLink('photos/p01.svg', BASE)).toBe('https://ch.example.org/partenariat/photos/p01.svg');
    expect(resolveLink('../projets/etp.html', BASE)).toBe('https://ch.example.org/projets/etp.html');
    expect(resolveLink('https://cdn.example.org/a.jpg', BASE)).toBe('https://cdn.example.org/a.jpg');
    // A base that is not http(s) (a blob: URL, a file:) gives no link at all.
    expect(resolveLink('photos/p01.svg', 'blob:https://ch.example.org/1234')).toBeUndefined();
    expect(resolveLink('photos/p01.svg', 'file:///tmp/partenaires.json')).toBeUndefined();
    expect(resolveLink('photos/p01.svg', undefined)).toBeUndefined();
    expect(resolveLink('javascript:alert(1)', BASE)).toBeUndefined();
  });

  it('an entry whose photo cannot be made http(s) loses the photo, a project its link (never another scheme)', () => {
    const [entry] = feedOf([
      makePartner({ photo: { url: 'photos/a.svg', alt: 'Portrait' }, projects: [{ title: 'Ateliers', url: 'projets/a.html' }] }),
    ]).partners;
    const resolved = resolveEntryLinks(entry!, BASE);
    expect(resolved.photo?.url).toBe('https://ch.example.org/partenariat/photos/a.svg');
    expect(resolved.projects).toEqual([{ title: 'Ateliers', url: 'https://ch.example.org/partenariat/projets/a.html' }]);
    const lost = resolveEntryLinks(entry!, 'file:///x.json');
    expect(lost.photo).toBeUndefined();
    expect(lost.projects).toEqual([{ title: 'Ateliers' }]);
    const checked = checkFeedForDisplay(
      JSON.parse(JSON.stringify(feedOf([makePartner({ photo: { url: 'photos/a.svg', alt: 'Portrait' } })]))),
      BASE,
    );
    if (checked.kind !== 'checked' || !checked.check.ok) throw new Error('not read');
    expect(checked.check.partners[0]?.photo?.url).toBe('https://ch.example.org/partenariat/photos/a.svg');
  });
});

describe('partly invalid feeds', () => {
  it('keeps the valid entries and words each rejected one (the messages loaded only then)', async () => {
    const feed = JSON.parse(JSON.stringify(feedOf([makePartner({ id: 'a' }), makePartner({ id: 'b' })]))) as {
      partners: Record<string, unknown>[];
    };
    expect(feedNeedsMessages(checkFeedForDisplay(feed, BASE))).toBe(false);
    feed.partners.push({ ...feed.partners[0], id: 'c', name: 42 }, { ...feed.partners[1] });
    expect(feedNeedsMessages(checkFeedForDisplay(feed, BASE))).toBe(true);
    const fr = await readFeedForDisplay(feed, BASE, 'fr');
    if (!fr.ok) throw new Error(fr.message);
    expect(fr.feed.partners.map((p) => p.id)).toEqual(['a', 'b']);
    expect(fr.feed.rejected.map((r) => r.message)).toEqual([
      'partners[2] (c) — Champ name : texte attendu',
      'partners[3] (b) — identifiant en double',
    ]);
    const en = await readFeedForDisplay(feed, BASE, 'en');
    if (!en.ok) throw new Error(en.message);
    expect(en.feed.rejected.map((r) => r.message)).toEqual([
      'partners[2] (c) — Field name: expected text',
      'partners[3] (b) — duplicate identifier',
    ]);
  });

  it('an unusable feed: one readable message', async () => {
    const read = await readFeedForDisplay({ schemaVersion: 2, generatedAt: GENERATED_AT, partners: [] }, BASE, 'fr');
    expect(read).toEqual({ ok: false, message: 'Champ establishment : valeur requise' });
  });
});
