/**
 * The signing form's error messages, in French: a form has errors only once someone asks to review, which
 * loads them with signing.ts. The English ones are in the widget's one English module (messages-en.ts,
 * `en.formErrors`), read through the element's messages.
 */
export const FORM_ERRORS = {
  errorsTitle: 'Le formulaire contient des erreurs :',
  required: 'Ce champ est obligatoire.',
  badMention: 'Recopiez exactement « lu et approuvé ».',
  drawingEmpty: 'Dessinez votre signature, ou choisissez « Taper mon nom ».',
  alreadySigned: 'Cette personne a déjà signé la charte.',
};

export type FormErrors = typeof FORM_ERRORS;

/** The review step's words (RGAA 11.12: check before a binding action), in French (English: `en.reviewStep`). */
export const REVIEW = {
  reviewTitle: 'Vérifiez avant de signer',
  reviewIntro:
    'En cliquant sur « Signer la charte », vous déclarez avoir lu la charte ci-dessus et l’approuver. La signature est enregistrée avec la date et l’heure, et ne peut plus être modifiée.',
  reviewText: 'Texte signé (empreinte SHA-256)',
  confirm: 'Signer la charte',
};

export type ReviewWords = typeof REVIEW;
