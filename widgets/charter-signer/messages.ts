import type { Locale } from '../../shared/i18n/locale';
import type { SignatoryRole } from '../../shared/schemas/charter';
import { lazy } from '../internal/lazy';
import type { PrintLabels } from './labels';
import type { PadWords } from './pad-words';
import type { RecordWords } from './record-words';
import type { FormErrors, ReviewWords } from './signing-words';

/**
 * The signing UI's French messages (default). English ones are in messages-en.ts; the
 * messages of the verify view, of the review step and of the print/PDF output live with
 * those lazily loaded modules, and the words they share in messages-details.ts.
 */
const fr = {
  notice:
    'Signature électronique simple avec contrôle d’intégrité : le dossier garde le texte signé et, pour chaque signataire, la mention, la signature, l’heure et des empreintes SHA-256 qui révèlent toute modification. Ce n’est pas une signature électronique qualifiée : l’identité des signataires n’est pas vérifiée par un tiers.',
  project: 'Action, programme ou projet',
  noProject: 'Aucun intitulé de projet indiqué : le texte garde l’emplacement prévu par la HAS.',
  source: 'Source',
  correction: 'Note sur la référence au Code pénal',
  clauses: 'Clauses complémentaires',
  clausesNote: 'Ajoutées par l’établissement à la suite du texte de la charte, et signées avec lui.',
  noteCall: 'note sur la référence corrigée',
  signatories: 'Signataires',
  noSignatories: 'Personne n’a encore signé.',
  waiting: 'n’a pas encore signé',
  complete: 'Charte complète : toutes les signatures attendues sont réunies.',
  incomplete: 'Charte pas encore complète.',
  missingPeople: (names: string) => `Doivent encore signer : ${names}.`,
  missingPatient: 'Il manque la signature d’au moins un patient partenaire.',
  missingProfessional: 'Il manque la signature d’au moins un professionnel de santé ou de la direction.',
  signTitle: 'Signer la charte',
  who: 'Qui signe ?',
  someoneElse: 'Une autre personne',
  name: 'Prénom et nom',
  role: 'Rôle dans le partenariat',
  organisation: 'Établissement, service ou association (facultatif)',
  mention: 'Recopiez la mention « lu et approuvé »',
  mentionHint: 'Majuscules et accents facultatifs.',
  method: 'Façon de signer',
  typed: 'Taper mon nom',
  drawn: 'Dessiner ma signature',
  typedName: 'Signature : tapez vos prénom et nom',
  review: 'Relire avant de signer',
  signed: (name: string) => `Signature de ${name} enregistrée.`,
  record: 'Dossier de signature',
  print: 'Imprimer',
  downloadPdf: 'Télécharger le PDF',
  noCrypto:
    'Signer ici demande une page sécurisée (adresse en https://). Vous pouvez imprimer la charte pour la signer à la main.',
  storageFailed: 'Enregistrement impossible ici : téléchargez le dossier pour le garder.',
  formIncomplete: 'La charte n’est pas encore complète.',
  outputFailed: 'Échec ; réessayez.',
  sep: '\u00a0: ',
  fileBase: 'charte-partenariat',
  roles: {
    patient_partenaire: 'Patiente ou patient partenaire',
    professionnel_sante: 'Professionnelle ou professionnel de santé',
    direction_etablissement: 'Direction / établissement',
    association: 'Association',
    autre: 'Autre',
  } satisfies Record<SignatoryRole, string>,
};

/**
 * The widget's words. The lazy parts' French words live with each part (pad-words.ts, record-words.ts,
 * signing-words.ts, labels.ts); their English ones ride in the one English module, so only the English
 * table carries them: a part reads `t.pad ?? its French table`.
 */
export type CharterMessages = typeof fr & {
  pad?: PadWords;
  recordView?: RecordWords;
  formErrors?: FormErrors;
  reviewStep?: ReviewWords;
  printLabels?: PrintLabels;
};

const english = lazy(() => import('./messages-en'));

/** English messages are fetched only by English pages (dynamic import): French pages never pay for them. */
export function loadMessages(locale: Locale): Promise<unknown> | undefined {
  return locale === 'fr' ? undefined : english();
}

/** The messages of a locale if already loaded, else French. */
export function messagesFor(locale: Locale): CharterMessages {
  return (locale === 'en' && english.value?.en) || fr;
}

/** The other-language version of the charter, labelled in its own language. */
export const OTHER_VERSION: Record<Locale, { lang: Locale; summary: string }> = {
  fr: { lang: 'en', summary: 'English translation (for information only: the French text is the one signed)' },
  en: { lang: 'fr', summary: 'Texte original en français (modèle de la HAS)' },
};

/** The role ids, in the order of the select (same ids as the record schema's SIGNATORY_ROLES). */
export const ROLE_IDS = Object.keys(fr.roles) as SignatoryRole[];
