/**
 * What "delete everything" also removes besides the resources (the project workspace),
 * said in the confirmation so the user knows before confirming (RGAA 11.12).
 */
import { plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';

export interface WorkspaceCounts {
  readonly projects: number;
  readonly contacts: number;
  readonly charters: number;
  /** Partners of the registry, and proofs of withdrawals. */
  readonly registry?: number;
  /** Project meetings, and effect indicators (each with its measurements). */
  readonly meetings?: number;
  readonly effects?: number;
}

// « 1 projet (avec sa check-list) », « 2 projets (avec leurs check-lists) »: the whole phrase agrees, not just the noun.
const en = (n: number, one: string, other: string) => plural(n, { one, other }, 'en');
const fr = (n: number, one: string, other: string) => plural(n, { one, other }, 'fr');

/** "Also deleted: 2 projects (with their checklists), 3 contacts, 1 charter record." — or '' when none. */
export function alsoDeleted(
  { projects, contacts, charters, registry = 0, meetings = 0, effects = 0 }: WorkspaceCounts,
  locale: Locale,
): string {
  const parts =
    locale === 'en'
      ? [
          projects ? en(projects, '# project (with its checklist)', '# projects (with their checklists)') : '',
          contacts ? en(contacts, '# contact', '# contacts') : '',
          charters
            ? en(charters, '# charter record (download it first if signed)', '# charter records (download the signed ones first)')
            : '',
          meetings ? en(meetings, '# meeting', '# meetings') : '',
          effects
            ? en(effects, '# effect indicator (with its measurements)', '# effect indicators (with their measurements)')
            : '',
          registry ? `the partner registry (${en(registry, '# record', '# records')}: export it first if needed)` : '',
        ]
      : [
          projects ? fr(projects, '# projet (avec sa check-list)', '# projets (avec leurs check-lists)') : '',
          contacts ? fr(contacts, '# contact', '# contacts') : '',
          charters
            ? fr(
                charters,
                '# dossier de charte (téléchargez-le d’abord s’il est signé)',
                '# dossiers de charte (téléchargez d’abord ceux qui sont signés)',
              )
            : '',
          meetings ? fr(meetings, '# réunion', '# réunions') : '',
          effects ? fr(effects, '# indicateur d’effets (avec ses mesures)', '# indicateurs d’effets (avec leurs mesures)') : '',
          registry
            ? `le registre des partenaires (${fr(registry, '# fiche', '# fiches')} : sauvegardez-le d'abord si besoin)`
            : '',
        ];
  const list = parts.filter(Boolean);
  if (!list.length) return '';
  return locale === 'en' ? `Also deleted: ${list.join(', ')}.` : `Seront aussi supprimés : ${list.join(', ')}.`;
}
