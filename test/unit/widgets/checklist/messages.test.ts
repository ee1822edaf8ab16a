/** The checklist's counted words go through Intl.PluralRules (shared/i18n/format.ts): French puts 0 and 1 in the singular. */
import { describe, expect, it } from 'vitest';
import { fr } from '../../../../widgets/checklist/messages';
import { en, viewsEn } from '../../../../widgets/checklist/messages-en';
import { ioMessages } from '../../../../widgets/checklist/messages-io';
import { viewMessagesFor } from '../../../../widgets/checklist/views-messages';

describe('checklist plurals', () => {
  it('French: 0 and 1 singular, 2 plural', () => {
    expect([0, 1, 2].map(fr.missing)).toEqual([
      'Répondez au critère restant.',
      'Répondez au critère restant.',
      'Répondez aux 2 critères restants.',
    ]);
    expect([0, 1, 3].map((n) => ioMessages.fr.imported(n))).toEqual([
      '0 évaluation importée.',
      '1 évaluation importée.',
      '3 évaluations importées.',
    ]);
    expect([0, 1, 2].map((n) => viewMessagesFor('fr').progress(n, 10))).toEqual([
      '0 critère renseigné sur 10',
      '1 critère renseigné sur 10',
      '2 critères renseignés sur 10',
    ]);
  });

  it('English: 1 singular, 0 and 2 plural', () => {
    expect([1, 2].map(en.missing)).toEqual(['Answer the remaining criterion.', 'Answer the 2 remaining criteria.']);
    expect([0, 1, 2].map((n) => ioMessages.en.imported(n))).toEqual([
      '0 evaluations imported.',
      '1 evaluation imported.',
      '2 evaluations imported.',
    ]);
    expect([0, 1, 2].map((n) => viewsEn.progress(n, 10))).toEqual([
      '0 criteria answered out of 10',
      '1 criterion answered out of 10',
      '2 criteria answered out of 10',
    ]);
  });
});
