/**
 * The popup's heading over the people a page shows (issue 20; docs/ecriture.md rule 4): the
 * form of everyone counted when they share one, else both forms spelt out, feminine first,
 * never a middle dot; one person of unknown gender gets « patiente ou patient ».
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKSPACE_MESSAGES } from '../../../../extension/modules/i18n/workspace';
import { type Gender, groupGender } from '../../../../shared/i18n/locale';

const heading = (genders: (Gender | undefined)[], locale: 'fr' | 'en' = 'fr') =>
  WORKSPACE_MESSAGES[locale].found.heading(genders.length, groupGender(genders));

describe('the popup heading over the people found on a page', () => {
  it.each([
    [['f', 'f', 'f'], '3 patientes partenaires sur cette page'],
    [['m', 'm'], '2 patients partenaires sur cette page'],
    [['f', 'm', 'm'], '3 patientes et patients partenaires sur cette page'],
    [['f', 'x'], '2 patientes et patients partenaires sur cette page'],
    [['m', undefined], '2 patientes et patients partenaires sur cette page'],
    [['f'], '1 patiente partenaire sur cette page'],
    [['m'], '1 patient partenaire sur cette page'],
    [['x'], '1 patiente ou patient partenaire sur cette page'],
    [[undefined], '1 patiente ou patient partenaire sur cette page'],
  ] as [(Gender | undefined)[], string][])('%j → %s', (genders, text) => {
    expect(heading(genders)).toBe(text);
  });

  it('counts in thousands with the French separator, and English is invariable', () => {
    expect(heading(Array(1200).fill('f'))).toMatch(/^1\s200 patientes partenaires sur cette page$/);
    expect(heading(['f', 'm'], 'en')).toBe('2 patient partners on this page');
    expect(heading(['x'], 'en')).toBe('1 patient partner on this page');
  });

  it('never an abbreviated form, and a single form only when every person has it', () => {
    const gender = fc.constantFrom<Gender | undefined>('f', 'm', 'x', undefined);
    fc.assert(
      fc.property(fc.array(gender, { minLength: 1, maxLength: 40 }), (genders) => {
        const text = heading(genders);
        expect(text).not.toMatch(/[·‧⋅]|\((e|es)\)|\.e\b/);
        const one = genders.every((g) => g === 'f') ? 'f' : genders.every((g) => g === 'm') ? 'm' : undefined;
        expect(groupGender(genders)).toBe(one);
        if (!one) expect(text).toMatch(genders.length === 1 ? /patiente ou patient/ : /patientes et patients/);
      }),
    );
  });

  it('nobody counted has no shared form', () => {
    expect(groupGender([])).toBeUndefined();
  });
});
