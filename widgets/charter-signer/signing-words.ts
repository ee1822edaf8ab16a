/** The signing form's error messages, French and English: a form has errors only once someone asks to review, which loads them with signing.ts. */
export const FORM_ERRORS = {
  fr: {
    errorsTitle: 'Le formulaire contient des erreurs :',
    required: 'Ce champ est obligatoire.',
    badMention: 'Recopiez exactement « lu et approuvé ».',
    drawingEmpty: 'Dessinez votre signature, ou choisissez « Taper mon nom ».',
    alreadySigned: 'Cette personne a déjà signé la charte.',
  },
  en: {
    errorsTitle: 'The form has errors:',
    required: 'This field is required.',
    badMention: 'Type exactly « lu et approuvé » (or “read and approved”).',
    drawingEmpty: 'Draw your signature in the frame, or choose “Type my name”.',
    alreadySigned: 'This person has already signed the charter.',
  },
};
