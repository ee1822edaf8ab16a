/**
 * The built demo serves partner data only as public feeds published at build time
 * (scripts/build-demo.mjs): no registry field, no registry, and nothing of the
 * people the registries hold but who may not be shown — checked on every file under
 * dist/demo, with the list of what must not appear derived from the registries and
 * publish() itself (its report says what it left out).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../shared/publish/publish';
import { type PartnerRegistry, parsePartnerRegistry } from '../../shared/schemas/registry';
import { demoDist, repoRoot } from '../helpers/paths';

const REGISTRIES = ['registre.json', 'registre-trois-rivieres.json'];
const REGISTRY_KEYS = ['consents', 'keepData', 'managesEstablishment', 'validatedBy'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function registry(file: string): PartnerRegistry {
  const read = parsePartnerRegistry(readFileSync(resolve(repoRoot, 'demo/registry', file), 'utf8'));
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  return read.data;
}

/** Keys found at any depth of a JSON value. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, found);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      found.add(key);
      keysIn(item, found);
    }
  return found;
}

/**
 * What must appear nowhere: for each registry person, what publish() left out of the
 * feed — every name of a person not published or published without the name consent,
 * the story and own-words themes of one published without the experience consent (or
 * not at all), the photo of one whose photo is not published.
 */
function withheld(): { texts: { text: string; why: string }[]; photos: string[]; published: string[] } {
  const texts: { text: string; why: string }[] = [];
  const photos: string[] = [];
  const published: string[] = [];
  for (const file of REGISTRIES) {
    const data = registry(file);
    const { feed, report } = publish(data, { generatedAt: '2026-06-01T08:00:00+02:00' });
    published.push(...feed.partners.map((p) => p.photo?.url).filter((u): u is string => Boolean(u)));
    for (const person of report.people) {
      const profile = data.partners.find((p) => p.id === person.id);
      if (!profile) throw new Error(person.id);
      const left = (field: string) => !person.published || person.omissions.some((o) => o.field === field || o.field === '*');
      const why = `${file} ${person.id}`;
      if (left('name')) {
        const { display, given, family } = profile.name ?? {};
        for (const name of [display, given && family ? `${given} ${family}` : undefined, family])
          if (name) texts.push({ text: name, why: `${why}: name` });
      }
      if (left('experience')) {
        if (profile.experience.text) texts.push({ text: profile.experience.text.slice(0, 40), why: `${why}: story` });
        // A theme in the person's own words (vocabulary ids are shared with other people).
        for (const theme of profile.experience.themes) if (/\s/.test(theme)) texts.push({ text: theme, why: `${why}: theme` });
      }
      if (profile.photo && left('photo')) photos.push(basename(profile.photo.url));
    }
  }
  return { texts, photos: photos.filter((p) => !published.some((u) => u.endsWith(`/${p}`))), published };
}

describe('the built demo serves public feeds only', () => {
  const all = files(demoDist);

  it('has its published feeds, their photos and schema, and no registry', () => {
    const served = all.map((f) => relative(demoDist, f));
    expect(served).toContain('data/partenaires.json');
    expect(served).toContain('data/partenaires-trois-rivieres.json');
    expect(served).toContain('data/public-feed.schema.json');
    expect(served.filter((f) => f.startsWith('registry/') || /(?:^|\/)registre[^/]*\.json$/.test(f))).toEqual([]);
    for (const feed of ['data/partenaires.json', 'data/partenaires-trois-rivieres.json']) {
      const json = JSON.parse(readFileSync(join(demoDist, feed), 'utf8'));
      expect(json.schemaVersion).toBe(2);
      expect(json.$schema).toBe('public-feed.schema.json');
      expect(json.generatedAt).toBe('2026-06-01T08:00:00+02:00');
    }
    // The photos served are exactly those the feeds reference.
    const { published } = withheld();
    const photos = served.filter((f) => f.startsWith('data/photos/')).map((f) => f.slice('data/'.length));
    expect(photos.sort()).toEqual([...new Set(published)].sort());
  });

  it('no file holds a registry field: no key of it in any JSON, no JSON-shaped one anywhere else', () => {
    const found: string[] = [];
    for (const file of all) {
      const bytes = readFileSync(file);
      if (extname(file) === '.json') {
        const keys = keysIn(JSON.parse(bytes.toString('utf8')));
        for (const key of REGISTRY_KEYS) if (keys.has(key)) found.push(`${relative(demoDist, file)}: ${key}`);
      } else {
        const text = bytes.toString('latin1');
        for (const key of REGISTRY_KEYS)
          if (new RegExp(`"${key}"\\s*:`).test(text)) found.push(`${relative(demoDist, file)}: "${key}":`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no file holds a name, a story, a theme or a photo the registries hold but publish() left out', () => {
    const { texts, photos } = withheld();
    // The demo registries do hold such people (the test would prove nothing otherwise).
    expect(texts.length).toBeGreaterThan(10);
    expect(photos.length).toBeGreaterThan(2);
    const found: string[] = [];
    for (const file of all) {
      const text = readFileSync(file).toString('utf8');
      const where = relative(demoDist, file);
      for (const { text: secret, why } of texts) if (text.includes(secret)) found.push(`${where}: « ${secret} » (${why})`);
      for (const photo of photos) {
        if (basename(file) === photo) found.push(`${where}: photo file (${photo})`);
        else if (text.includes(`photos/${photo}`)) found.push(`${where}: photo reference (${photo})`);
      }
    }
    expect(found).toEqual([]);
  });
});
