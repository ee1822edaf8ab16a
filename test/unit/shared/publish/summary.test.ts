/**
 * publishSummary(): aggregation from the registry and the coordinator's activity file,
 * the small-count rule (no published count below 3 unless it is 0), and the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedCount, publishSummary } from '../../../../shared/publish/summary';
import type { Consent } from '../../../../shared/schemas/common';
import type { PartnerProfile } from '../../../../shared/schemas/partner';
import {
  type Activity,
  ActivitySchema,
  PartnershipSummarySchema,
  type PublishedCount,
} from '../../../../shared/schemas/partnership-summary';
import type { PartnerRegistry } from '../../../../shared/schemas/registry';
import { DOMAIN_IDS, domainOfMission, MISSION_IDS } from '../../../../shared/vocab/domain-labels';
import { makePartner } from '../../../fixtures/partners';

const establishment = { name: 'CH de Valmont (fictif)', contactEmail: 'partenariat@ch-valmont.example.org' };
const generatedAt = '2026-12-07T09:00:00+01:00';
const granted: Consent = { granted: true, date: '2026-01-10' };
const withdrawn: Consent = { granted: false, date: '2026-03-01' };

function partner(id: string, missions: PartnerProfile['missions'], extra: Partial<PartnerProfile> = {}): PartnerProfile {
  const domains = [...new Set(missions.map((m) => domainOfMission(m)).filter((d) => d !== undefined))];
  return makePartner({ id, domains, missions, managesEstablishment: false, consents: { keepData: granted }, ...extra });
}

const registry = (partners: PartnerProfile[]): PartnerRegistry => ({ establishment, partners });

/** Every count of a summary, with where it is. */
function countsOf(summary: ReturnType<typeof publishSummary>): [string, PublishedCount][] {
  const out: [string, PublishedCount][] = [['partners.total', summary.partners.total]];
  for (const r of summary.partners.byDomain) out.push([`domain ${r.id}`, r.count]);
  for (const r of summary.partners.byMission) out.push([`mission ${r.id}`, r.count]);
  if (summary.activity) {
    out.push(['projects', summary.activity.projects], ['meetings', summary.activity.meetings]);
    out.push(['checklistsRenewed', summary.activity.checklistsRenewed]);
    for (const r of summary.activity.projectsByDomain) out.push([`projects ${r.id}`, r.count]);
  }
  return out;
}

describe('publishedCount', () => {
  it('keeps 0 and counts from 3, hides 1 and 2', () => {
    expect([0, 1, 2, 3, 4, 120].map(publishedCount)).toEqual([0, 'few', 'few', 3, 4, 120]);
  });
});

describe('publishSummary', () => {
  it('counts kept partners by domain and mission, without withdrawn people or managers', () => {
    const etp = 'parcours_soins.etp.1' as const;
    const research = MISSION_IDS.find((m) => domainOfMission(m) === 'recherche');
    if (!research) throw new Error('no research mission');
    const partners = [
      partner('a', [etp]),
      partner('b', [etp]),
      partner('c', [etp, research]),
      partner('d', [etp]),
      partner('e', [research]),
      // Not counted: data-keeping consent withdrawn, never recorded, or a manager (guide 3.3).
      partner('f', [research], { consents: { keepData: withdrawn, listing: granted } }),
      partner('g', [research], { consents: {} }),
      partner('h', [research], { managesEstablishment: true }),
    ];
    const summary = publishSummary(registry(partners), undefined, { generatedAt });
    expect(summary.partners.total).toBe(5);
    const byDomain = Object.fromEntries(summary.partners.byDomain.map((r) => [r.id, r.count]));
    expect(byDomain).toEqual({ parcours_soins: 4, recherche: 'few', offre_soins: 0, formation_enseignement: 0 });
    expect(summary.partners.byMission.map((r) => [r.id, r.count])).toEqual([
      [etp, 4],
      [research, 'few'],
    ]);
    expect(summary.partners.byDomain[0]).toMatchObject({ fr: expect.any(String), en: expect.any(String) });
    expect(summary.activity).toBeUndefined();
    expect(PartnershipSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('takes projects, meetings and renewed checklists from the activity file only', () => {
    const activity: Activity = ActivitySchema.parse({
      period: { start: '2026-01-01', end: '2026-12-31' },
      projects: [
        { id: 'p1', domain: 'parcours_soins', meetings: 5, checklistsRenewed: 1 },
        { id: 'p2', domain: 'parcours_soins', meetings: 3, checklistsRenewed: 1 },
        { id: 'p3', domain: 'recherche', meetings: 4, checklistsRenewed: 0 },
        { id: 'p4', domain: 'parcours_soins', meetings: 0, checklistsRenewed: 0 },
      ],
    });
    const summary = publishSummary(registry([]), activity, { generatedAt });
    expect(summary.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(summary.activity).toMatchObject({ projects: 4, meetings: 12, checklistsRenewed: 'few' });
    expect(Object.fromEntries(summary.activity?.projectsByDomain.map((r) => [r.id, r.count]) ?? [])).toEqual({
      parcours_soins: 3,
      recherche: 'few',
      offre_soins: 0,
      formation_enseignement: 0,
    });
    expect(summary.partners.total).toBe(0);
    expect(PartnershipSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('refuses an activity file with repeated projects, negative counts or a reversed period', () => {
    const project = { id: 'p1', domain: 'recherche', meetings: 1, checklistsRenewed: 0 };
    expect(ActivitySchema.safeParse({ projects: [project, project] }).success).toBe(false);
    expect(ActivitySchema.safeParse({ projects: [{ ...project, meetings: -1 }] }).success).toBe(false);
    expect(ActivitySchema.safeParse({ projects: [{ ...project, domain: 'cuisine' }] }).success).toBe(false);
    expect(ActivitySchema.safeParse({ period: { start: '2026-12-31', end: '2026-01-01' }, projects: [project] }).success).toBe(
      false,
    );
  });

  it('the schema refuses a count of 1 or 2', () => {
    const summary = publishSummary(registry([]), undefined, { generatedAt });
    expect(PartnershipSummarySchema.safeParse({ ...summary, partners: { ...summary.partners, total: 2 } }).success).toBe(false);
    expect(PartnershipSummarySchema.safeParse({ ...summary, partners: { ...summary.partners, total: 1 } }).success).toBe(false);
    expect(PartnershipSummarySchema.safeParse({ ...summary, partners: { ...summary.partners, total: 3 } }).success).toBe(true);
  });

  // The rule of issue 17: whatever the registry and the activity, no published count is 1 or 2.
  it('property: no published count below 3 unless it is 0, and exact counts are true counts', () => {
    const missionSets = fc.subarray([...MISSION_IDS], { maxLength: 4 });
    const activityArb = fc.option(
      fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^p[0-9]{1,4}$/),
          domain: fc.constantFrom(...DOMAIN_IDS),
          meetings: fc.nat(12),
          checklistsRenewed: fc.nat(2),
        }),
        { selector: (p) => p.id, maxLength: 12 },
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(missionSets, fc.boolean(), fc.boolean()), { maxLength: 15 }),
        activityArb,
        (people, projects) => {
          const partners = people.map(([missions, kept, manager], i) =>
            partner(`p-${i}`, missions, { managesEstablishment: manager, consents: { keepData: kept ? granted : withdrawn } }),
          );
          const activity = projects ? ActivitySchema.parse({ projects }) : undefined;
          const summary = publishSummary(registry(partners), activity, { generatedAt });
          for (const [, count] of countsOf(summary)) {
            if (typeof count === 'number') expect(count === 0 || count >= 3).toBe(true);
            else expect(count).toBe('few');
          }
          const kept = people.filter(([, k, m]) => k && !m).length;
          expect(summary.partners.total).toBe(publishedCount(kept));
          expect(PartnershipSummarySchema.safeParse(summary).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
