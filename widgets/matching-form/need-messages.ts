/**
 * French words of the project owner's form (`mode="need"`) and of the
 * directory's state: what a project owner's page shows first. The results'
 * words come with the engine (results-messages.ts); English: messages-en.ts.
 */
import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import { englishMessages, type FormMessages, formWordsFr } from './messages';

const needWordsFr = {
  project: 'Le projet',
  projectTitle: 'Titre du projet',
  domain: 'Domaine du projet',
  missions: 'Missions confiées aux patients partenaires',
  missionsHint: 'Choisissez d’abord le domaine. Sans mission cochée, tout le domaine est recherché.',
  experienceSought: 'Expérience vécue recherchée',
  experienceSoughtHint: 'Une préférence, jamais une condition : des interventions généralistes sont possibles.',
  caregiverSought: 'Une expérience de proche aidant',
  territory: 'Territoire',
  remoteAccepted: 'Participation à distance possible',
  duration: 'Durée de l’engagement',
  offer: 'Ce que le projet propose',
  offerHint:
    'Le cadre de l’intervention, jamais un tarif : les patients partenaires interviennent au sein des équipes, pas dans une place de marché (guide HAS 2.5).',
  count: 'Nombre de patients partenaires recherchés',
  countHint: 'La HAS recommande au moins 2 patients partenaires par projet (guide 3.1).',
  trainingsAsked: 'Formation demandée',
  trainingsAskedHint:
    'Aucune formation n’est exigée, sauf la formation de 40 h pour les programmes d’éducation thérapeutique (guide HAS 3.4).',
  search: 'Rechercher des patients partenaires',
  loading: 'Chargement de l’annuaire des patients partenaires…',
  noDirectory: 'Aucun annuaire n’est fourni (attribut src ou propriété partners) : la recherche est impossible pour le moment.',
  engineFailed: 'La recherche n’a pas pu être chargée. Rechargez la page.',
  unreachable: (reason: string) => `L’annuaire des patients partenaires n’a pas pu être chargé (${reason}). Réessayez plus tard.`,
  invalidFeed: (message: string) => `L’annuaire des patients partenaires est illisible : ${message}`,
  rejected: (n: number, first: string) =>
    `${plural(n, { one: '# profil invalide a été ignoré', other: '# profils invalides ont été ignorés' }, 'fr')} (${first}).`,
};

export type NeedWords = typeof needWordsFr;
export type NeedMessages = FormMessages & NeedWords;

const fr: NeedMessages = { ...formWordsFr, ...needWordsFr };

export function needMessagesFor(locale: Locale): NeedMessages {
  return englishMessages(locale) ?? fr;
}
