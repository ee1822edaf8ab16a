/**
 * French words of the project owner's form (`mode="need"`) and of the
 * registry's state: what a project owner's page shows first. The results'
 * words come with the engine (results-messages.ts); English: messages-en.ts.
 */
import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import { englishMessages } from './english';
import { type FormMessages, formWordsFr } from './messages';

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
  // Guide 2.5 (l.444) and 3.7 (l.672): within care teams, « non pas dans une démarche individuelle et
  // commerciale »; « prestataire » is one of the statuses the guide names.
  offerHint:
    'Le cadre de l’intervention (bénévolat, vacation, salariat, prestation), jamais un tarif : les patients partenaires interviennent au sein des équipes de soins, « et non pas dans une démarche individuelle et commerciale à l’égard de patients » (guide HAS 2.5).',
  count: 'Nombre de patients partenaires recherchés',
  countHint: 'La HAS recommande au moins 2 patients partenaires par projet (guide 3.1).',
  trainingsAsked: 'Formation demandée',
  // 3.4 (l.570-588): no training required but the 40 h of ETP (note 23); 3.5 (l.594): train together.
  trainingsAskedHint:
    'Aucune formation n’est exigée (guide HAS 3.4), sauf 40 h de formation en éducation thérapeutique pour un programme d’ETP (Code de la santé publique) : la formation ETP 40 h, ou un DU, un DIU… qui les couvre. Une formation demandée ici ne donne pas de points : elle départage seulement. Si une formation est utile, la HAS recommande de former ensemble professionnels et patients partenaires (guide 3.5).',
  search: 'Rechercher des patients partenaires',
  registryNone:
    'Aucun registre ouvert. Ouvrez le registre des patients partenaires de l’établissement (fichier JSON, CSV ou XLSX) pour lancer une recherche.',
  registryReading: (file: string) => `Lecture du registre « ${file} »…`,
  registryOpen: (file: string, establishment: string, n: number) =>
    `Registre ouvert : « ${file} »${establishment ? ` — ${establishment}` : ''}, ${plural(n, { one: '# profil', other: '# profils' }, 'fr')}.`,
  registryLocal:
    'Le fichier est lu par votre navigateur, sur cet ordinateur : rien n’est envoyé ni enregistré. Fermer la page l’oublie.',
  openRegistry: 'Ouvrir le registre…',
  openAnotherRegistry: 'Ouvrir un autre registre…',
  srcRefused:
    'Ce formulaire ne lit pas de registre en ligne : le registre des patients partenaires contient des données de santé et ne doit jamais être publié sur un site.',
  srcRefusedWarning: (src: string) =>
    `src="${src}" n’est pas lu en mode need : un registre des patients partenaires contient des données de santé (RGPD art. 9) et ne doit jamais être publié à une adresse web. Donnez-le par la propriété registry (ou partners et establishment) sur une page réservée aux équipes, ou retirez src : le coordinateur ouvrira alors le fichier depuis son ordinateur (« Ouvrir le registre… »). Pour un annuaire public, publiez un flux avec « binome publish » et affichez-le avec <pp-partner-list>.`,
  engineFailed: 'La recherche n’a pas pu être chargée. Rechargez la page.',
  invalidRegistry: (message: string) => `Le registre des patients partenaires est illisible : ${message}`,
  registryShape: 'la propriété registry doit être un registre { establishment, partners: [...] }',
  partnersShape: 'la propriété partners doit être une liste',
  unreadableFile: (file: string) => `Le registre « ${file} » n’a pas été ouvert : rien n’en a été lu.`,
  fileReadFailed:
    'Le fichier n’a pas pu être lu jusqu’au bout : il est peut-être abîmé, ou d’un autre format que JSON, CSV ou XLSX.',
  profileNumber: (n: number) => `Profil n° ${n}`,
  fileTooLarge: (file: string) => `Le registre « ${file} » n’a pas été ouvert : le fichier dépasse 50 Mo.`,
  problem: (message: string, row?: number, column?: string) =>
    row === undefined ? message : `Ligne ${row}${column ? `, colonne ${column}` : ''} : ${message}`,
  moreProblems: (n: number) => plural(n, { one: 'et # autre problème', other: 'et # autres problèmes' }, 'fr'),
  rejected: (n: number, first: string) =>
    `${plural(n, { one: '# profil invalide a été ignoré', other: '# profils invalides ont été ignorés' }, 'fr')} (${first}).`,
};

export type NeedWords = typeof needWordsFr;
export type NeedMessages = FormMessages & NeedWords;

const fr: NeedMessages = { ...formWordsFr, ...needWordsFr };

export function needMessagesFor(locale: Locale): NeedMessages {
  return englishMessages(locale) ?? fr;
}
