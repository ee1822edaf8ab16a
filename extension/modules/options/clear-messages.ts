/**
 * What "delete everything" also removes besides the resources (the project workspace),
 * said in the confirmation so the user knows before confirming (RGAA 11.12).
 */
import type { Locale } from '../../../shared/i18n/locale';

export interface WorkspaceCounts {
  readonly projects: number;
  readonly contacts: number;
  readonly charters: number;
  /** Partners of the registry, and proofs of withdrawals. */
  readonly registry?: number;
}

const fr = (n: number, one: string, other: string) => `${n} ${n > 1 ? other : one}`;

/** "Also deleted: 2 projects (with their checklists), 3 contacts, 1 charter record." — or '' when none. */
export function alsoDeleted({ projects, contacts, charters, registry = 0 }: WorkspaceCounts, locale: Locale): string {
  const parts =
    locale === 'en'
      ? [
          projects ? `${fr(projects, 'project', 'projects')} (with their checklists)` : '',
          contacts ? fr(contacts, 'contact', 'contacts') : '',
          charters ? `${fr(charters, 'charter record', 'charter records')} (download the signed ones first)` : '',
          registry ? `the partner registry (${fr(registry, 'record', 'records')}: export it first if needed)` : '',
        ]
      : [
          projects ? `${fr(projects, 'projet', 'projets')} (avec leurs check-lists)` : '',
          contacts ? fr(contacts, 'contact', 'contacts') : '',
          charters ? `${fr(charters, 'dossier de charte', 'dossiers de charte')} (téléchargez d'abord ceux qui sont signés)` : '',
          registry ? `le registre des partenaires (${fr(registry, 'fiche', 'fiches')} : sauvegardez-le d'abord si besoin)` : '',
        ];
  const list = parts.filter(Boolean);
  if (!list.length) return '';
  return locale === 'en' ? `Also deleted: ${list.join(', ')}.` : `Seront aussi supprimés : ${list.join(', ')}.`;
}
