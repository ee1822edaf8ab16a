import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';

/** Messages of storage and import (loaded with those features). */
export const ioMessages = {
  fr: {
    imported: (count: number) => plural(count, { one: '# évaluation importée.', other: '# évaluations importées.' }, 'fr'),
    importFailed: (why: string) => `Fichier non importé : ${why}. Les réponses affichées n’ont pas été modifiées.`,
    tooLarge: 'fichier trop volumineux (2 Mo au plus)',
    storageFailed: 'Enregistrement impossible dans ce navigateur ; exportez la check-list pour la conserver.',
    storedInvalid: (why: string) =>
      `Check-list enregistrée illisible (${why}) ; elle est conservée à part et n’a pas été chargée.`,
  },
  en: {
    imported: (count: number) => plural(count, { one: '# evaluation imported.', other: '# evaluations imported.' }, 'en'),
    importFailed: (why: string) => `File not imported: ${why}. The answers shown have not changed.`,
    tooLarge: 'file too large (2 MB at most)',
    storageFailed: 'Cannot save in this browser; export the checklist to keep it.',
    storedInvalid: (why: string) => `Saved checklist unreadable (${why}); it is kept aside and was not loaded.`,
  },
} satisfies Record<Locale, unknown>;
