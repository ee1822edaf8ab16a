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

/** The review step's words (RGAA 11.12: check before a binding action). */
export const REVIEW = {
  fr: {
    reviewTitle: 'Vérifiez avant de signer',
    reviewIntro:
      'En cliquant sur « Signer la charte », vous déclarez avoir lu la charte ci-dessus et l’approuver. La signature est enregistrée avec la date et l’heure, et ne peut plus être modifiée.',
    reviewText: 'Texte signé (empreinte SHA-256)',
    confirm: 'Signer la charte',
  },
  en: {
    reviewTitle: 'Check before signing',
    reviewIntro:
      'By clicking “Sign the charter”, you declare that you have read the charter above and approve it. The signature is recorded with the date and time and cannot be changed afterwards.',
    reviewText: 'Signed text (SHA-256 hash)',
    confirm: 'Sign the charter',
  },
};
