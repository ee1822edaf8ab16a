import type { Locale } from '../../shared/i18n/locale';

/** Words of the record part (record-view.ts), in both languages: loaded with it, once a record exists. */
export const RECORD = {
  fr: {
    recordHash: 'Empreinte du dossier (SHA-256)',
    textHash: 'Empreinte du texte (SHA-256)',
    keepCopy:
      'Chaque signataire peut garder une copie du dossier ou son empreinte : c’est ce qui permettra de constater une modification.',
    downloadJson: 'Télécharger le dossier (JSON)',
    startNew: 'Commencer un nouveau dossier',
    startNewConfirm: 'Le dossier actuel sera remplacé. L’avez-vous téléchargé ?',
    cancel: 'Annuler',
  },
  en: {
    recordHash: 'Record hash (SHA-256)',
    textHash: 'Text hash (SHA-256)',
    keepCopy: 'Each signatory may keep a copy of the record or its hash: that is what will show any later change.',
    downloadJson: 'Download the record (JSON)',
    startNew: 'Start a new record',
    startNewConfirm: 'The current record will be replaced. Have you downloaded it?',
    cancel: 'Cancel',
  },
} satisfies Record<Locale, unknown>;
