/**
 * The hand-written public feed checker (shared/partners/feed-check.ts) against THE
 * contract, the zod schema (shared/schemas/public-feed.ts): on generated valid feeds and
 * on the same feeds broken in random places, it accepts exactly what `PublicFeedSchema`
 * accepts, and returns the same data (strings trimmed, unknown keys dropped).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValidationError } from '../../../../shared/i18n/validation';
import {
  checkEstablishmentValue,
  checkPartnerEntry,
  checkPublicFeed,
  DATETIME_RE,
  EMAIL_RE,
} from '../../../../shared/partners/feed-check';
import { publish } from '../../../../shared/publish/publish';
import { EmailSchema, IsoDateTimeSchema } from '../../../../shared/schemas/common';
import { EstablishmentSchema } from '../../../../shared/schemas/establishment';
import { type PublicFeed, PublicFeedSchema, PublicPartnerEntrySchema } from '../../../../shared/schemas/public-feed';
import { parsePartnerRegistry } from '../../../../shared/schemas/registry';

const root = resolve(import.meta.dirname, '../../../..');

/** The zod schema's pattern for a string format. */
const patternOf = (schema: unknown) => (schema as { _zod: { def: { pattern: RegExp } } })._zod.def.pattern;

/** The strict verdict of the checker: the whole feed valid, no entry left out. */
function checkerAccepts(json: unknown): { ok: boolean; data?: unknown } {
  const check = checkPublicFeed(json);
  if (!check.ok || check.rejected.length > 0) return { ok: false };
  return { ok: true, data: { ...check.head, partners: check.partners } };
}

function zodAccepts(json: unknown): { ok: boolean; data?: unknown } {
  try {
    const result = PublicFeedSchema.safeParse(json);
    return result.success ? { ok: true, data: result.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}

// ——— generators ———

/** Text that is sometimes padded (zod trims), sometimes at or past a bound. */
const textArb = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('Camille F.', 'Recherche', 'Patiente partenaire', 'ETP 40 h', 'Lyon') },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom('  Ana  ', '\tÉlodie\n', 'x'.repeat(max), ` ${'y'.repeat(max)} `) },
  );
const urlArb = fc.constantFrom(
  'https://example.org/a',
  'http://example.org/b.svg',
  'photos/p01.svg',
  '../projets/etp.html',
  'mailto:a@example.org',
);
const termArb = fc.record({ id: textArb(128), fr: textArb(500), en: textArb(500) });
const entryArb = fc.record(
  {
    id: fc.constantFrom('pp-001', 'a', 'P.1:x~y', 'tr-02'),
    name: textArb(200),
    gender: fc.constantFrom('f', 'm', 'x'),
    photo: fc.record({ url: urlArb, alt: textArb(300) }, { requiredKeys: ['url'] }),
    roles: fc.array(termArb, { maxLength: 2 }),
    domains: fc.array(
      fc.record(
        { id: textArb(128), fr: textArb(500), en: textArb(500), short: fc.record({ fr: textArb(500), en: textArb(500) }) },
        { requiredKeys: ['id', 'fr', 'en'] },
      ),
      { maxLength: 2 },
    ),
    missions: fc.array(fc.record({ id: textArb(128), fr: textArb(500), en: textArb(500), domain: textArb(128) }), {
      maxLength: 2,
    }),
    statuses: fc.array(termArb, { maxLength: 2 }),
    trainings: fc.array(
      fc.record(
        {
          kind: termArb,
          label: textArb(300),
          issuer: textArb(300),
          year: fc.integer({ min: 1950, max: 2100 }),
          hours: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0.5, max: 5000, noNaN: true })),
        },
        { requiredKeys: ['kind', 'issuer'] },
      ),
      { maxLength: 2 },
    ),
    association: fc.record({ name: textArb(300), mandated: fc.boolean() }, { requiredKeys: ['mandated'] }),
    territory: fc.record(
      { departement: termArb, commune: textArb(200), remote: fc.boolean() },
      { requiredKeys: ['departement', 'remote'] },
    ),
    languages: fc.array(termArb, { maxLength: 2 }),
    projects: fc.array(
      fc.record({ title: textArb(300), url: urlArb.filter((u) => !u.startsWith('mailto')) }, { requiredKeys: ['title'] }),
      {
        maxLength: 2,
      },
    ),
    experience: fc.record(
      {
        themes: fc.array(fc.record({ id: textArb(128), fr: textArb(500), en: textArb(500) }, { requiredKeys: ['fr'] }), {
          maxLength: 2,
        }),
        caregiver: fc.boolean(),
        text: textArb(5000),
      },
      { requiredKeys: ['themes', 'caregiver'] },
    ),
    abilities: fc.array(textArb(200), { maxLength: 2 }),
    availability: fc.record({ slots: fc.array(termArb, { maxLength: 2 }), commitment: fc.array(termArb, { maxLength: 1 }) }),
    load: fc.record(
      { activeMissions: fc.nat(10), maxMissions: fc.nat(10), hasCapacity: fc.boolean() },
      { requiredKeys: ['activeMissions', 'hasCapacity'] },
    ),
    contact: fc.array(
      fc.record({
        kind: fc.constantFrom('email', 'phone', 'url'),
        href: fc.constantFrom('mailto:c@example.org', 'tel:+33600000001', 'https://example.org/c'),
        text: textArb(300),
      }),
      { maxLength: 2 },
    ),
  },
  {
    requiredKeys: [
      'id',
      'roles',
      'domains',
      'missions',
      'statuses',
      'trainings',
      'territory',
      'languages',
      'projects',
      'abilities',
      'availability',
      'load',
      'contact',
    ],
  },
);
const feedArb = fc.record(
  {
    $schema: fc.constantFrom('public-feed.schema.json', 'https://example.org/s.json'),
    schemaVersion: fc.constant(2),
    generatedAt: fc.constantFrom('2026-06-01T08:00:00+02:00', '2026-06-01T06:00:00Z', '2024-02-29T23:59:59.123Z'),
    establishment: fc.record(
      {
        name: textArb(300),
        contactEmail: fc.constantFrom('a@example.org', 'x.y+z@ch.example.org'),
        contactUrl: fc.constant('https://example.org/contact'),
      },
      { requiredKeys: ['name'] },
    ),
    partners: fc.array(entryArb, { maxLength: 4 }),
  },
  { requiredKeys: ['schemaVersion', 'generatedAt', 'establishment', 'partners'] },
);

/** Values that break most rules: wrong types, bad formats, bounds, unsafe URLs, invalid dates and ids. */
const weirdArb = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    1.5,
    1e20,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    '',
    '   ',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg/>',
    '//evil.example/x',
    'https://exa mple.org',
    'not an email',
    'a@b',
    '2026-02-30T10:00:00Z',
    '2026-06-01T08:00:00',
    '2026-06-01T08:00Z',
    '-bad-id',
    'z'.repeat(501),
    'g',
    3,
    1949,
    1950,
    2100,
    2101,
    5000,
    5001,
    0.5,
    [],
    {},
    ['x'],
  ),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 3000 }),
);

type Step = string | number;

/** Every path to a value in `json` (objects and arrays included). */
function paths(json: unknown, at: Step[] = [], out: Step[][] = []): Step[][] {
  out.push(at);
  if (Array.isArray(json)) {
    json.forEach((v, i) => {
      paths(v, [...at, i], out);
    });
  } else if (json && typeof json === 'object') for (const [k, v] of Object.entries(json)) paths(v, [...at, k], out);
  return out;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

function mutate(json: unknown, path: Step[], mutation: Mutation): unknown {
  const copy = structuredClone(json) as Record<Step, unknown>;
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  let parent: Record<Step, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<Step, unknown>;
  const last = path.at(-1) as Step;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[mutation.key] = mutation.value;
  }
  return copy;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: weirdArb.map((value) => ({ kind: 'set' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('extra', 'note', 'consents'), weirdArb)
      .map(([key, value]) => ({ kind: 'add' as const, key, value })),
  },
);

describe('feed-check: the same rules as the zod schema', () => {
  it('uses zod’s own e-mail and date-time patterns', () => {
    // The linter drops zod's needless `\-` escapes (a `-` last in a class is literal): the same expression.
    const same = (re: RegExp) => re.source.replace(/\\-/g, '-');
    expect(same(EMAIL_RE)).toBe(same(patternOf(EmailSchema)));
    expect(same(DATETIME_RE)).toBe(same(patternOf(IsoDateTimeSchema)));
  });

  it('accepts the published demo feed exactly as zod does', () => {
    const registry = parsePartnerRegistry(readFileSync(resolve(root, 'demo/registry/registre.json'), 'utf8'));
    if (!registry.ok) throw new Error(registry.message);
    const { feed } = publish(registry.data, { generatedAt: '2026-06-01T08:00:00+02:00' });
    const ours = checkerAccepts(JSON.parse(JSON.stringify(feed)));
    expect(ours.ok).toBe(true);
    expect(ours.data).toEqual(zodAccepts(feed).data);
  });

  it('fast-check: on generated valid feeds, same verdict and same data (trimmed, unknown keys dropped)', () => {
    fc.assert(
      fc.property(feedArb, (feed) => {
        const ours = checkerAccepts(feed);
        const theirs = zodAccepts(feed);
        expect(ours.ok).toBe(theirs.ok);
        if (theirs.ok) expect(ours.data).toEqual(theirs.data);
      }),
      { numRuns: 400 },
    );
  });

  it('fast-check: on feeds broken in random places, accepts exactly what zod accepts', () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        feedArb.chain((feed) =>
          fc.tuple(fc.constant(feed), fc.constantFrom(...paths(feed)), fc.array(mutationArb, { minLength: 1, maxLength: 2 })),
        ),
        ([feed, path, mutations]) => {
          const broken = mutations.reduce<unknown>((json, mutation) => mutate(json, path, mutation), feed);
          const ours = checkerAccepts(broken);
          const theirs = zodAccepts(broken);
          expect(ours.ok, JSON.stringify({ path, mutations })).toBe(theirs.ok);
          if (theirs.ok) expect(ours.data).toEqual(theirs.data);
          else rejected++;
        },
      ),
      { numRuns: 1500 },
    );
    // The mutations do break feeds (the property is not only tested on valid ones).
    expect(rejected).toBeGreaterThan(500);
  });

  it('entries and establishments given alone: same verdict as their zod schemas', () => {
    fc.assert(
      fc.property(entryArb, fc.array(mutationArb, { maxLength: 1 }), fc.nat(), (entry, mutations, pick) => {
        const all = paths(entry);
        const at = all[pick % all.length] as Step[];
        const value = mutations.reduce<unknown>((json, m) => mutate(json, at, m), entry);
        expect(checkPartnerEntry(value).ok).toBe(PublicPartnerEntrySchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
    for (const value of [
      { name: 'CH' },
      { name: ' ' },
      { name: 'CH', contactEmail: 'x' },
      { name: 'CH', contactUrl: 'ftp://x' },
      42,
    ]) {
      expect(checkEstablishmentValue(value).ok).toBe(EstablishmentSchema.safeParse(value).success);
    }
  });
});

describe('feed-check: one bad entry does not blank a directory', () => {
  const valid = (id: string): PublicFeed['partners'][number] => ({
    id,
    roles: [],
    domains: [],
    missions: [],
    statuses: [],
    trainings: [],
    territory: { departement: { id: '13', fr: 'Bouches-du-Rhône', en: 'Bouches-du-Rhône' }, remote: false },
    languages: [],
    projects: [],
    abilities: [],
    availability: { slots: [], commitment: [] },
    load: { activeMissions: 0, hasCapacity: true },
    contact: [],
  });
  const feed = {
    schemaVersion: 2,
    generatedAt: '2026-06-01T08:00:00Z',
    establishment: { name: 'CH' },
    partners: [valid('a'), { ...valid('b'), name: 42 }, valid('a'), valid('c')],
  };

  it('keeps the valid entries, lists the invalid and repeated ones with readable messages', () => {
    const check = checkPublicFeed(feed);
    if (!check.ok) throw new Error('feed refused');
    expect(check.partners.map((p) => p.id)).toEqual(['a', 'c']);
    expect(check.rejected.map((r) => [r.index, r.id, r.failure === 'duplicate' ? 'duplicate' : 'invalid'])).toEqual([
      [1, 'b', 'invalid'],
      [2, 'a', 'duplicate'],
    ]);
    const failure = check.rejected[0]?.failure;
    if (!failure || failure === 'duplicate') throw new Error('expected issues');
    expect(formatValidationError(failure.issues, 'fr', failure.input)).toBe('Champ name : texte attendu');
    expect(formatValidationError(failure.issues, 'en', failure.input)).toBe('Field name: expected text');
  });

  it('refuses a feed without establishment or partner list, with zod-shaped issues', () => {
    const check = checkPublicFeed({ schemaVersion: 2, generatedAt: '2026-06-01T08:00:00Z', partners: [] });
    if (check.ok) throw new Error('accepted');
    expect(formatValidationError(check.failure.issues, 'fr', check.failure.input)).toBe('Champ establishment : valeur requise');
    const notObject = checkPublicFeed([]);
    if (notObject.ok) throw new Error('accepted');
    expect(formatValidationError(notObject.failure.issues, 'en', notObject.failure.input)).toBe('Data: expected an object');
  });
});
