/**
 * Words of <pp-matching-form> that both modes' forms use (the frame, the
 * controls, the territory fields), in French. Each other part keeps its
 * French words in the module that shows them, so that a page downloads only
 * the words of what it shows: need-messages.ts (the project owner's form),
 * results-messages.ts (after a search, loaded with the engine),
 * error-summary.ts (after an invalid submission), candidate-messages.ts (the
 * candidacy). English pages fetch messages-en.ts,
 * which holds the English words of every part in one file. Sentences about
 * the matching itself (criteria, exclusions, notices) live with the engine in
 * shared/matching/messages.ts; vocabulary labels come from shared/vocab.
 */

export const formWordsFr = {
  required: 'obligatoire',
  optional: 'facultatif',
  requiredHint: 'Les champs marqués « obligatoire » doivent être remplis.',
  errorPrefix: 'Erreur :',
  other: 'Autres (séparés par des virgules)',
  departement: 'Département',
  departementHint: 'Code, par exemple 13, 2A ou 971.',
  commune: 'Commune',
  slots: 'Créneaux des rencontres',
};

export type FormMessages = typeof formWordsFr;
