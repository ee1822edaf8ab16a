/**
 * The words of a project's page around its panels (projects/project-sections.tsx): the
 * « Sur cette page » contents and the parts opened on request; browsing the library to link
 * resources (projects/resources-browse.tsx); the project's team (projects/project-team.tsx),
 * whose rows speak like a meeting's participants (i18n/meetings.ts). French first.
 */
import { plural } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locale';

const fr = {
  toc: 'Sur cette page',
  backToToc: 'Revenir au sommaire du projet',
  checklistShow: 'Afficher la check-list',
  checklistHide: 'Masquer la check-list',
  checklistHint: (n: number) => `Ses ${n} critères et l’historique de ses évaluations s’affichent sous ce bouton.`,

  browse: 'Parcourir la bibliothèque',
  browseHint: 'Les ressources pas encore reliées, les plus récentes d’abord. Cochez celles à relier au projet.',
  filters: 'Filtrer',
  filterType: 'Type de ressource',
  anyType: 'Tous les types',
  filterDomain: 'Domaine',
  anyDomain: 'Tous les domaines',
  filterTag: 'Étiquette',
  anyTag: 'Toutes les étiquettes',
  withCount: (label: string, n: number) => `${label} (${n})`,
  browseCount: (n: number) =>
    plural(
      n,
      { one: '# ressource à relier, la plus récente d’abord.', other: '# ressources à relier, les plus récentes d’abord.' },
      'fr',
    ),
  browseList: 'Ressources à relier',
  savedOn: (date: string) => `gardée le ${date}`,
  showMore: (n: number) => plural(n, { one: 'Afficher # ressource de plus', other: 'Afficher # ressources de plus' }, 'fr'),
  linkChecked: (n: number) =>
    n === 0
      ? 'Relier les ressources cochées'
      : plural(n, { one: 'Relier la ressource cochée', other: 'Relier les # ressources cochées' }, 'fr'),
  noneChecked: 'Cochez d’abord au moins une ressource.',
  linked: (n: number) => plural(n, { one: '# ressource reliée au projet.', other: '# ressources reliées au projet.' }, 'fr'),
  libraryEmpty: 'Toutes les ressources de la bibliothèque sont déjà reliées à ce projet, ou elle n’en contient aucune.',
  noBrowseMatch: 'Aucune ressource à relier ne correspond à ces filtres.',
  loading: 'Lecture de la bibliothèque…',

  team: 'Équipe du partenariat',
  teamHint: 'Qui conduit le projet, et à quel titre. Une nouvelle réunion commence avec cette liste.',
  teamMissing: {
    patient_partner: 'Ni patiente ni patient partenaire dans l’équipe.',
    professional: 'Ni professionnelle ni professionnel dans l’équipe.',
  },
  teamNone: 'Personne n’est encore noté dans l’équipe.',
  member: (name: string, side: string) => `${name} — ${side}`,
};

export type ProjectPageWords = typeof fr;

const en: ProjectPageWords = {
  toc: 'On this page',
  backToToc: 'Back to the project’s contents',
  checklistShow: 'Show the checklist',
  checklistHide: 'Hide the checklist',
  checklistHint: (n: number) => `Its ${n} criteria and the history of its evaluations show under this button.`,

  browse: 'Browse the library',
  browseHint: 'The resources not linked yet, most recent first. Tick those to link to the project.',
  filters: 'Filter',
  filterType: 'Resource type',
  anyType: 'All types',
  filterDomain: 'Domain',
  anyDomain: 'All domains',
  filterTag: 'Tag',
  anyTag: 'All tags',
  withCount: (label: string, n: number) => `${label} (${n})`,
  browseCount: (n: number) =>
    plural(n, { one: '# resource to link, most recent first.', other: '# resources to link, most recent first.' }, 'en'),
  browseList: 'Resources to link',
  savedOn: (date: string) => `kept on ${date}`,
  showMore: (n: number) => plural(n, { one: 'Show # more resource', other: 'Show # more resources' }, 'en'),
  linkChecked: (n: number) =>
    n === 0
      ? 'Link the ticked resources'
      : plural(n, { one: 'Link the ticked resource', other: 'Link the # ticked resources' }, 'en'),
  noneChecked: 'Tick at least one resource first.',
  linked: (n: number) =>
    plural(n, { one: '# resource linked to the project.', other: '# resources linked to the project.' }, 'en'),
  libraryEmpty: 'Every resource in the library is already linked to this project, or it holds none.',
  noBrowseMatch: 'No resource left to link matches these filters.',
  loading: 'Reading the library…',

  team: 'Partnership team',
  teamHint: 'Who leads the project, and as what. A new meeting starts with this list.',
  teamMissing: {
    patient_partner: 'No patient partner in the team.',
    professional: 'No professional in the team.',
  },
  teamNone: 'Nobody is in the team yet.',
  member: (name: string, side: string) => `${name} — ${side}`,
};

export const PROJECT_PAGE_WORDS: Record<Locale, ProjectPageWords> = { fr, en };
