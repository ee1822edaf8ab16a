/**
 * The widget's zod-free reader (shared/summary/check.ts) gives the same verdict as
 * PartnershipSummarySchema on published summaries and on their corruptions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishSummary } from '../../../../shared/publish/summary';
import { ActivitySchema, PartnershipSummarySchema } from '../../../../shared/schemas/partnership-summary';
import { checkSummary } from '../../../../shared/summary/check';
import { DOMAIN_IDS, domainOfMission, MISSION_IDS } from '../../../../shared/vocab/domain-labels';
import { makePartner } from '../../../fixtures/partners';

const generatedAt = '2026-12-07T09:00:00+01:00';

function summaryOf(missionLists: string[][], projects: number) {
  const partners = missionLists.map((missions, i) =>
    makePartner({
      id: `p-${i}`,
      missions: missions as never,
      domains: [...new Set(missions.map((m) => domainOfMission(m) ?? 'recherche'))],
      managesEstablishment: false,
      consents: { keepData: { granted: true, date: '2026-01-01' } },
    }),
  );
  const activity = ActivitySchema.parse({
    projects: Array.from({ length: projects }, (_, i) => ({
      id: `proj-${i}`,
      domain: DOMAIN_IDS[i % 4],
      meetings: i * 2,
      checklistsRenewed: i % 3,
    })),
  });
  return publishSummary({ establishment: { name: 'CH de Valmont (fictif)' }, partners }, projects ? activity : undefined, {
    generatedAt,
  });
}

/** Paths of the summary (objects and arrays walked), for corruptions. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

// Fields whose deeper format (e-mail, URL) only the zod schema checks: the widget shows
// neither, so they are not corrupted here.
const SKIP = new Set(['establishment.contactEmail', 'establishment.contactUrl']);

describe('checkSummary', () => {
  it('accepts what publishSummary produces', () => {
    const summary = summaryOf([['parcours_soins.etp.1'], ['parcours_soins.etp.1'], ['parcours_soins.etp.1']], 5);
    expect(checkSummary(summary)).toEqual({ ok: true, summary });
  });

  it('says a directory feed or a registry is not a summary, and names a small count', () => {
    expect(checkSummary({ schemaVersion: 2, partners: [] })).toMatchObject({ ok: false });
    expect(checkSummary({ schemaVersion: 1, establishment: { name: 'x' }, partners: [] })).toMatchObject({
      ok: false,
      reason: 'not-summary',
    });
    expect(checkSummary({ establishment: { name: 'x' }, partners: [] })).toMatchObject({ reason: 'not-summary' });
    expect(checkSummary({ ...summaryOf([], 0), schemaVersion: 2 })).toMatchObject({ reason: 'version' });
    const s = summaryOf([], 0);
    expect(checkSummary({ ...s, partners: { ...s.partners, total: 1 } })).toEqual({
      ok: false,
      reason: 'small-count',
      path: 'partners.total',
    });
  });

  it('property: same verdict as the zod schema on corrupted summaries', () => {
    const bad = fc.constantFrom<unknown>(
      undefined,
      null,
      1,
      2,
      -1,
      0.5,
      3,
      0,
      'few',
      'moins de 3',
      '',
      '  ',
      'x',
      'x'.repeat(501),
      [],
      {},
      true,
      '2026-13-01',
      '2026-06-01',
      '2026-06-01T08:00:00+02:00',
    );
    fc.assert(
      fc.property(
        fc.array(fc.subarray([...MISSION_IDS], { maxLength: 3 }), { maxLength: 8 }),
        fc.nat(6),
        fc.nat(),
        bad,
        (missionLists, projects, pick, value) => {
          const summary = summaryOf(missionLists, projects);
          const candidates = paths(summary).filter((p) => !SKIP.has(p.join('.')) && p.length > 0);
          const path = candidates[pick % candidates.length] as (string | number)[];
          const corrupted = setAt(summary, path, value);
          const zod = PartnershipSummarySchema.safeParse(corrupted).success;
          expect({ path: path.join('.'), value, ok: checkSummary(corrupted).ok }).toEqual({
            path: path.join('.'),
            value,
            ok: zod,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
