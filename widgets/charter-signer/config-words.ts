/**
 * What is wrong with the page's configuration (`signatories`, `clauses`, `charter-text`),
 * in the page's language and without the codes the element works with (issue 16: « JSON
 * list expected » used to show in French pages). Loaded only when something is wrong.
 */
import type { CharterTextProblem } from '../../shared/charter/adapted';
import type { Locale } from '../../shared/i18n/locale';

export type ConfigProblem =
  | { field: 'signatories'; code: 'not_list' }
  | { field: 'signatories'; code: 'name' | 'role' | 'organisation'; index: number }
  | { field: 'clauses' }
  | { field: 'text'; code: CharterTextProblem };

const fr = {
  signatories: (why: string) => `Liste des signataires attendus ignorée : ${why}.`,
  not_list: 'ce n’est pas une liste',
  name: (n: number) => `le signataire n°\u00a0${n} n’a pas de nom (1 à 200\u00a0caractères)`,
  role: (n: number) => `le rôle du signataire n°\u00a0${n} n’est pas l’un des rôles prévus`,
  organisation: (n: number) => `l’organisation du signataire n°\u00a0${n} doit être un texte de 300\u00a0caractères au plus`,
  clauses: 'Clauses complémentaires ignorées : une liste de textes est attendue.',
  text: (why: string) => `Texte adapté de la charte ignoré (${why}) : c’est le modèle de la HAS qui est affiché.`,
  not_text: 'ce n’est pas un texte',
  empty: 'il est vide',
  too_long: 'plus de 50\u202f000\u00a0caractères',
  too_many: 'plus de 200\u00a0paragraphes',
};

const en: typeof fr = {
  signatories: (why) => `Expected signatories ignored: ${why}.`,
  not_list: 'this is not a list',
  name: (n) => `signatory no. ${n} has no name (1 to 200 characters)`,
  role: (n) => `the role of signatory no. ${n} is not one of the planned roles`,
  organisation: (n) => `the organisation of signatory no. ${n} must be a text of at most 300 characters`,
  clauses: 'Additional clauses ignored: a list of texts is expected.',
  text: (why) => `Adapted charter text ignored (${why}): the HAS model is shown instead.`,
  not_text: 'this is not a text',
  empty: 'it is empty',
  too_long: 'more than 50,000 characters',
  too_many: 'more than 200 paragraphs',
};

const WORDS: Record<Locale, typeof fr> = { fr, en };

export function configMessage(problem: ConfigProblem, locale: Locale): string {
  const w = WORDS[locale];
  if (problem.field === 'clauses') return w.clauses;
  if (problem.field === 'text') return w.text(w[problem.code]);
  return w.signatories(problem.code === 'not_list' ? w.not_list : w[problem.code](problem.index + 1));
}
