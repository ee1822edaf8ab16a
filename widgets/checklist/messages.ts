import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import { english } from './english';
import type { HistoryMessages } from './messages-history';

/** French, the default: shipped with the element. English is fetched when an element needs it (messages-en.ts). */
export const fr = {
  source: 'Source :',
  details: 'Le projet et les personnes qui remplissent la check-list',
  projectTitle: 'Titre de l’action, du projet ou du programme',
  date: 'Date de l’évaluation',
  filledBy: 'Rempli par',
  filledByHint:
    'Par exemple une patiente ou un patient partenaire et une professionnelle ou un professionnel, qui la remplissent ensemble.',
  addPerson: 'Ajouter une personne',
  criteria: 'Critères',
  extraTag: 'critère de l’établissement',
  comment: (i: number) => `Commentaire sur le critère ${i} (facultatif)`,
  unanswered: 'Sans réponse',
  needPerson: (i: number) => `Indiquez le nom et le rôle de la personne ${i}.`,
  needTitle: 'Indiquez le titre du projet.',
  missing: (count: number) =>
    plural(count, { one: 'Répondez au critère restant.', other: 'Répondez aux # critères restants.' }, 'fr'),
  refused: (why: string) => `Données refusées : ${why}. La check-list affichée n’a pas changé.`,
};

/**
 * The element's words. A lazy part's French words live with the part (messages-history.ts); its English
 * ones ride in the one English module, so only the English table carries them: the part reads
 * `t.history ?? its French table`.
 */
export type ChecklistMessages = typeof fr & { history?: HistoryMessages };

/** The messages of `locale`, or undefined while English is being fetched (`ready` resolves then). */
export function messagesFor(locale: Locale): ChecklistMessages | undefined {
  return locale === 'fr' ? fr : english.value?.en;
}

export function loadMessages(locale: Locale): Promise<unknown> {
  return locale === 'fr' ? Promise.resolve() : english();
}
