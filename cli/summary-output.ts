/**
 * `binome publish … --resume resume.json [--activite activite.json]`: the partnership
 * summary published from the same registry as the directory, at the same step. The
 * activity file is read and checked BEFORE anything is written, so that a wrong file
 * leaves neither the directory nor the summary half-published.
 */
import { readFile } from 'node:fs/promises';
import { plural } from '../shared/i18n/format';
import type { Locale } from '../shared/i18n/locale';
import { safeParseWithMessage } from '../shared/i18n/validation';
import { publishSummary } from '../shared/publish/summary';
import {
  type Activity,
  ActivitySchema,
  PARTNERSHIP_SUMMARY_SCHEMA_FILE,
  type PartnershipSummary,
  PartnershipSummarySchema,
} from '../shared/schemas/partnership-summary';
import type { PartnerRegistry } from '../shared/schemas/registry';
import { say } from './words';

export type SummaryOutcome = { ok: true; text: string; lines: string[] } | { ok: false; lines: string[] };

async function readActivity(
  path: string,
  locale: Locale,
): Promise<{ ok: true; activity: Activity } | { ok: false; lines: string[] }> {
  const sep = locale === 'en' ? ': ' : ' : ';
  let data: unknown;
  try {
    data = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? (locale === 'en' ? 'file not found' : 'fichier introuvable') : (error as Error).message;
    return { ok: false, lines: [`${path}${sep}${why}`, say('badActivity', locale)] };
  }
  const parsed = safeParseWithMessage(ActivitySchema, data, locale);
  if (!parsed.ok) return { ok: false, lines: [`${path}${sep}${parsed.message}`, say('badActivity', locale)] };
  return { ok: true, activity: parsed.data };
}

/** What the coordinator reads before putting the summary online: how many counts are hidden as « moins de 3 ». */
function describe(summary: PartnershipSummary, locale: Locale): string {
  const counts = [
    summary.partners.total,
    ...summary.partners.byDomain.map((r) => r.count),
    ...summary.partners.byMission.map((r) => r.count),
    ...(summary.activity
      ? [
          summary.activity.projects,
          summary.activity.meetings,
          summary.activity.checklistsRenewed,
          ...summary.activity.projectsByDomain.map((r) => r.count),
        ]
      : []),
  ];
  const few = counts.filter((c) => c === 'few').length;
  const hidden = plural(
    few,
    locale === 'en'
      ? { one: '# count published as “fewer than 3”', other: '# counts published as “fewer than 3”' }
      : { one: '# nombre publié « moins de 3 »', other: '# nombres publiés « moins de 3 »' },
    locale,
  );
  const noActivity = summary.activity
    ? ''
    : locale === 'en'
      ? '; no activity file (--activite): nothing said about projects, meetings or checklists'
      : ' ; pas de fichier d’activité (--activite) : rien sur les projets, réunions et check-lists';
  return `${locale === 'en' ? 'Summary' : 'Résumé'}${locale === 'en' ? ': ' : ' : '}${hidden}${noActivity}.`;
}

export async function prepareSummary(
  registry: PartnerRegistry,
  activityPath: string | undefined,
  generatedAt: string,
  locale: Locale,
): Promise<SummaryOutcome> {
  let activity: Activity | undefined;
  if (activityPath) {
    const read = await readActivity(activityPath, locale);
    if (!read.ok) return read;
    activity = read.activity;
  }
  const summary = publishSummary(registry, activity, { generatedAt, schemaUrl: PARTNERSHIP_SUMMARY_SCHEMA_FILE });
  if (!PartnershipSummarySchema.safeParse(summary).success) {
    return {
      ok: false,
      lines: [
        locale === 'en'
          ? 'the summary produced does not match its schema: nothing was written (please report this problem)'
          : 'le résumé produit ne respecte pas son schéma : rien n’a été écrit (merci de signaler ce problème)',
      ],
    };
  }
  return { ok: true, text: `${JSON.stringify(summary, null, 2)}\n`, lines: [describe(summary, locale)] };
}
