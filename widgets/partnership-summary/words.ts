/**
 * The summary's words, French and English in one table: they are few (about 1 KB
 * gzip together), and loading English apart would cost a round trip on an English
 * page for less than it saves on a French one. Counts are formatted by
 * shared/i18n/format.ts; labels of domains and missions come from the published
 * file itself (it carries fr and en for every id).
 */
import type { Locale } from '../../shared/i18n/locale';

export interface SummaryWords {
  heading: string;
  /** Who published the summary, and when (the date already formatted). */
  source: (establishment: string, date: string) => string;
  period: (start: string, end: string) => string;
  partners: string;
  projects: string;
  meetings: string;
  checklists: string;
  few: string;
  byDomain: string;
  byMission: string;
  projectsByDomain: string;
  domain: string;
  mission: string;
  count: string;
  projectCount: string;
  fewNote: string;
  loading: string;
  missing: string;
  notSummary: string;
  version: string;
  invalid: (path: string) => string;
  smallCount: (path: string) => string;
  unreachable: (url: string) => string;
}

const fr: SummaryWords = {
  heading: 'Notre partenariat en chiffres',
  source: (establishment, date) => `${establishment}, chiffres publiés le ${date}`,
  period: (start, end) => `Activité du ${start} au ${end}`,
  partners: 'Patientes et patients partenaires',
  projects: 'Projets en partenariat',
  meetings: 'Réunions tenues',
  checklists: 'Check-lists du partenariat renouvelées',
  few: 'moins de 3',
  byDomain: 'Patientes et patients partenaires par domaine',
  byMission: 'Patientes et patients partenaires par mission',
  projectsByDomain: 'Projets par domaine',
  domain: 'Domaine',
  mission: 'Mission',
  count: 'Patientes et patients partenaires',
  projectCount: 'Projets',
  fewNote:
    '« moins de 3 » : un ou deux. Le nombre exact n’est pas publié, pour que personne ne puisse être reconnu. Une personne peut agir dans plusieurs domaines et missions.',
  loading: 'Chargement des chiffres du partenariat…',
  missing: 'Aucun fichier de chiffres n’est indiqué (attribut src).',
  notSummary:
    'Ce fichier n’est pas un résumé publié du partenariat (un annuaire ou un registre ne convient pas) : publiez-le avec binome publish … --resume chiffres.json.',
  version: 'Ce résumé du partenariat est d’une version que ce composant ne lit pas.',
  invalid: (path) => `Le résumé du partenariat est invalide (${path}) : rien n’en est affiché.`,
  smallCount: (path) =>
    `Le résumé du partenariat donne un nombre inférieur à 3 (${path}) : il n’est pas affiché, pour que personne ne puisse être reconnu. Publiez le résumé avec binome publish … --resume chiffres.json.`,
  unreachable: (url) => `Les chiffres du partenariat n’ont pas pu être chargés (${url}).`,
};

const en: SummaryWords = {
  heading: 'Our partnership in figures',
  source: (establishment, date) => `${establishment}, figures published on ${date}`,
  period: (start, end) => `Activity from ${start} to ${end}`,
  partners: 'Patient partners',
  projects: 'Partnership projects',
  meetings: 'Meetings held',
  checklists: 'Partnership checklists renewed',
  few: 'fewer than 3',
  byDomain: 'Patient partners by domain',
  byMission: 'Patient partners by mission',
  projectsByDomain: 'Projects by domain',
  domain: 'Domain',
  mission: 'Mission',
  count: 'Patient partners',
  projectCount: 'Projects',
  fewNote:
    '“fewer than 3”: one or two. The exact number is not published, so that nobody can be recognised. One person may work in several domains and missions.',
  loading: 'Loading the partnership figures…',
  missing: 'No figures file is given (src attribute).',
  notSummary:
    'This file is not a published partnership summary (a directory feed or a registry will not do): publish it with binome publish … --resume chiffres.json.',
  version: 'This partnership summary is of a version this component does not read.',
  invalid: (path) => `The partnership summary is invalid (${path}): nothing of it is shown.`,
  smallCount: (path) =>
    `The partnership summary gives a count below 3 (${path}): it is not shown, so that nobody can be recognised. Publish the summary with binome publish … --resume chiffres.json.`,
  unreachable: (url) => `The partnership figures could not be loaded (${url}).`,
};

export function summaryWords(locale: Locale): SummaryWords {
  return locale === 'en' ? en : fr;
}
