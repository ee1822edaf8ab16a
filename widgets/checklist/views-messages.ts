import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import { english } from './english';

/**
 * Messages of the people rows, summary, actions and print views, in French (English:
 * messages-en.ts). The history's words come with the history (messages-history.ts).
 */
const fr = {
  criterion: 'Critère',
  signatures: 'Signatures',
  signature: 'Signature',
  person: (i: number) => `Personne ${i}`,
  name: 'Nom',
  role: 'Rôle',
  removePerson: (i: number) => `Retirer la personne ${i}`,
  // A suggestion is the role of one named person: each form, for that person to pick
  // theirs (no abbreviated form, docs/ecriture.md).
  roles: [
    'Patiente partenaire',
    'Patient partenaire',
    'Professionnelle de santé',
    'Professionnel de santé',
    'Coordinatrice du partenariat',
    'Coordinateur du partenariat',
    'Représentante des usagers',
    'Représentant des usagers',
    'Proche aidante',
    'Proche aidant',
  ],
  removeCriterion: (i: number) => `Retirer le critère ${i}`,
  addCriterion: 'Nouveau critère propre à l’établissement',
  addCriterionButton: 'Ajouter le critère',
  extraHint: 'Les 10 critères de la HAS ne peuvent être ni modifiés ni retirés ; les vôtres s’ajoutent après eux.',
  answer: 'Réponse',
  commentShort: 'Commentaire',
  summary: 'Synthèse',
  progress: (done: number, total: number) =>
    `${plural(done, { one: '# critère renseigné', other: '# critères renseignés' }, 'fr')} sur ${total}`,
  open: 'Critères encore ouverts',
  noOpen: 'Tous les critères sont à « Oui ».',
  noScore: 'La HAS ne propose ni score ni seuil : cette synthèse compte les réponses.',
  actions: 'Actions sur la check-list',
  newEvaluation: 'Nouvelle évaluation datée',
  exportJson: 'Exporter (JSON)',
  exportCsv: 'Exporter pour Excel (CSV)',
  importJson: 'Importer un fichier JSON',
  print: 'Imprimer',
  actionFailed: 'Cette action n’a pas pu être chargée (connexion interrompue ?). Rien n’a changé : réessayez.',
};

export type ViewMessages = typeof fr;

/** The views' words in `locale`: English arrives with the element's English messages (english.ts). */
export function viewMessagesFor(locale: Locale): ViewMessages {
  return (locale === 'en' && english.value?.viewsEn) || fr;
}
