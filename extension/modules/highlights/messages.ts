/** Text of the in-page toolbar (the content script does not load the extension's full message catalogue). */
import type { Locale } from '../../../shared/i18n/locale';

const fr = {
  toolbar: 'Surligner la sélection',
  editToolbar: 'Modifier le surlignage',
  panel: 'Binôme — surlignage',
  note: 'Note',
  noteLabel: 'Note (facultative ; Markdown simple : *italique*, **gras**, listes, liens)',
  saveNote: 'Enregistrer la note',
  remove: 'Supprimer',
  close: 'Fermer',
  saved: (label: string) => `Surligné : ${label}.`,
  recoloured: (label: string) => `Sens changé : ${label}.`,
  noteSaved: 'Note enregistrée.',
  removed: 'Surlignage supprimé.',
  failed: "Échec de l'enregistrement : rien n'a été modifié. Ouvrez Binôme sur cette page puis réessayez.",
  noSelection: "Sélectionnez d'abord un passage du texte de la page.",
  tooLong: 'Sélection trop longue : 20 000 caractères au plus.',
  editable: 'Le texte d’un champ de saisie ne peut pas être surligné.',
};

export type HighlighterMessages = typeof fr;

const en: HighlighterMessages = {
  toolbar: 'Highlight the selection',
  editToolbar: 'Edit the highlight',
  panel: 'Binôme — highlighting',
  note: 'Note',
  noteLabel: 'Note (optional; simple Markdown: *italics*, **bold**, lists, links)',
  saveNote: 'Save the note',
  remove: 'Delete',
  close: 'Close',
  saved: (label) => `Highlighted: ${label}.`,
  recoloured: (label) => `Meaning changed: ${label}.`,
  noteSaved: 'Note saved.',
  removed: 'Highlight deleted.',
  failed: 'Could not save: nothing was changed. Open Binôme on this page and try again.',
  noSelection: 'First select a passage of the page text.',
  tooLong: 'Selection too long: 20,000 characters at most.',
  editable: 'Text inside a form field cannot be highlighted.',
};

export function highlighterMessages(locale: Locale): HighlighterMessages {
  return locale === 'en' ? en : fr;
}
