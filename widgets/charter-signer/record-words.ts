/**
 * Words of the record part (record-view.ts), in French: loaded with it, once a record exists. The English
 * ones are in the widget's one English module (messages-en.ts, `en.recordView`), read through the element's messages.
 */
export const RECORD = {
  recordHash: 'Empreinte du dossier (SHA-256)',
  textHash: 'Empreinte du texte (SHA-256)',
  keepCopy:
    'Chaque signataire peut garder une copie du dossier ou son empreinte : c’est ce qui permettra de constater une modification.',
  downloadJson: 'Télécharger le dossier (JSON)',
  startNew: 'Commencer un nouveau dossier',
  startNewConfirm: 'Le dossier actuel sera remplacé. L’avez-vous téléchargé ?',
  cancel: 'Annuler',
};

export type RecordWords = typeof RECORD;
