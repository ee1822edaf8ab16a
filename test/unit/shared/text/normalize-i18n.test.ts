import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colon, formatDate, plural } from '../../../../shared/i18n/format';
import { genderedLabel } from '../../../../shared/i18n/gender';
import { localized, resolveLocale } from '../../../../shared/i18n/locale';
import { formatIssue, formatPath, formatValidationError } from '../../../../shared/i18n/validation';
import { includesNormalized, normalizeText } from '../../../../shared/text/normalize';
import { includesWords, stemFr, tokensFr } from '../../../../shared/text/words';

describe('normalizeText', () => {
  it('strips diacritics, lower-cases and collapses whitespace', () => {
    expect(normalizeText('  Éducation   THÉRAPEUTIQUE\tdu\npatient ')).toBe('education therapeutique du patient');
    expect(normalizeText('Ça, où, à, ï, ü, ñ')).toBe('ca, ou, a, i, u, n');
  });

  it('expands ligatures and straightens apostrophes', () => {
    expect(normalizeText('Mise en Œuvre, cœur, ex æquo')).toBe('mise en oeuvre, coeur, ex aequo');
    expect(normalizeText('L’expérience d‘usage')).toBe("l'experience d'usage");
  });

  it('treats non-breaking spaces as spaces', () => {
    expect(normalizeText('« lu\u00a0et\u202fapprouvé »')).toBe('« lu et approuve »');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe('includesNormalized / includesWords', () => {
  it('finds a needle regardless of accents and case', () => {
    expect(includesNormalized('Partenariat en SANTÉ', 'sante')).toBe(true);
    expect(includesNormalized('Partenariat', 'santé')).toBe(false);
    expect(includesNormalized('abc', '')).toBe(true);
  });

  it('matches whole words, plural-insensitive', () => {
    expect(includesWords('Les maladies rares', 'maladie rare')).toBe(true);
    expect(includesWords('résidant', 'sida')).toBe(false);
    expect(includesWords('anything', '')).toBe(true);
  });
});

describe('stemFr', () => {
  it('strips one trailing s or x from tokens longer than 3 characters', () => {
    expect(stemFr('maladies')).toBe('maladie');
    expect(stemFr('hôpitaux')).toBe('hôpitau');
    expect(stemFr('gaz')).toBe('gaz');
    expect(stemFr('les')).toBe('les');
    expect(stemFr('patient')).toBe('patient');
    expect(tokensFr("Patients partenaires, l'équipe")).toEqual(['patient', 'partenaire', 'l', 'equipe']);
  });
});

describe('locale', () => {
  it('resolves English tags to en and anything else to fr', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('EN_us')).toBe('en');
    expect(resolveLocale('fr-FR')).toBe('fr');
    expect(resolveLocale('de')).toBe('fr');
    expect(resolveLocale('eng')).toBe('fr');
    expect(resolveLocale('')).toBe('fr');
    expect(resolveLocale(null)).toBe('fr');
    expect(resolveLocale(undefined)).toBe('fr');
    expect(resolveLocale()).toBe('fr');
  });

  it('picks localized and gendered labels', () => {
    expect(localized({ fr: 'Oui', en: 'Yes' }, 'en')).toBe('Yes');
    expect(localized({ fr: 'Oui', en: '' }, 'en')).toBe('Oui');
    const label = { fr: { m: 'Salarié', f: 'Salariée', x: 'Salariée ou salarié' }, en: 'Employee' };
    expect(genderedLabel(label, 'fr', 'f')).toBe('Salariée');
    expect(genderedLabel(label, 'fr', 'm')).toBe('Salarié');
    // No gender in the data: both forms, not the masculine (docs/ecriture.md).
    expect(genderedLabel(label, 'fr', null)).toBe('Salariée ou salarié');
    expect(genderedLabel(label, 'fr', 'x')).toBe('Salariée ou salarié');
    expect(genderedLabel(label, 'en', 'f')).toBe('Employee');
  });
});

describe('plural and dates', () => {
  const missions = { one: '# mission', other: '# missions' };

  it('follows French and English plural rules', () => {
    expect(plural(0, missions, 'fr')).toBe('0 mission');
    expect(plural(1, missions, 'fr')).toBe('1 mission');
    expect(plural(2, missions, 'fr')).toBe('2 missions');
    expect(plural(0, missions, 'en')).toBe('0 missions');
    expect(plural(1, missions, 'en')).toBe('1 mission');
  });

  it('formats an ISO date as a calendar day, in either locale', () => {
    expect(formatDate('2026-05-28', 'fr')).toBe('28 mai 2026');
    expect(formatDate('2026-05-28', 'en')).toBe('28 May 2026');
    expect(formatDate('2026-01-01T00:30:00+00:00', 'fr', { year: 'numeric', timeZone: 'UTC' })).toBe('2026');
    expect(formatDate('pas une date', 'fr')).toBe('pas une date');
  });
});

describe('formatValidationError', () => {
  it('names the field path', () => {
    expect(formatPath(['partners', 3, 'name'])).toBe('partners[3].name');
    expect(formatPath(['answers', 'has.1'])).toBe('answers["has.1"]');
    expect(formatPath([])).toBe('');
  });

  it('writes French and English messages', () => {
    const issue = { code: 'invalid_type', expected: 'string', path: ['partners', 3, 'name'], message: 'Invalid input' };
    expect(formatValidationError({ issues: [issue] }, 'fr')).toBe('Champ partners[3].name : texte attendu');
    expect(formatValidationError({ issues: [issue] }, 'en')).toBe('Field partners[3].name: expected text');
  });

  it('tells a missing value from a wrong type when given the input', () => {
    const issue = { code: 'invalid_type', expected: 'string', path: ['name'], message: '' };
    expect(formatIssue(issue, 'fr', {})).toBe('Champ name : valeur requise');
    expect(formatIssue(issue, 'fr', { name: 4 })).toBe('Champ name : texte attendu');
    // Named as the form labels it when the caller knows the path; an unknown path keeps « Champ ».
    const names = { name: 'Nom affiché', 'dates.end': 'Date de fin' };
    expect(formatIssue(issue, 'fr', { name: 4 }, names)).toBe('Nom affiché : texte attendu');
    expect(formatIssue(issue, 'en', { name: 4 }, names)).toBe('Nom affiché: expected text');
    expect(formatIssue(issue, 'fr', { name: 4 }, { other: 'Autre' })).toBe('Champ name : texte attendu');
    expect(formatIssue(issue, 'fr', { name: 4 }, { toString: 'piège' } as Record<string, string>)).toBe(
      'Champ name : texte attendu',
    );
  });

  it('counts the other errors', () => {
    const issue = { code: 'too_small', origin: 'string', minimum: 1, path: ['a'], message: '' };
    expect(formatValidationError([issue, issue, issue], 'fr')).toBe('Champ a : ne doit pas être vide (et 2 autres erreurs)');
    expect(formatValidationError([issue, issue], 'en')).toBe('Field a: must not be empty (and 1 more error)');
  });

  it('always returns a non-empty string, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('fr' as const, 'en' as const), (value, locale) => {
        const message = formatValidationError(value, locale);
        return typeof message === 'string' && message.length > 0;
      }),
    );
    fc.assert(fc.property(fc.array(fc.object()), (issues) => formatValidationError({ issues }, 'fr').length > 0));
  });
});

describe('colon (punctuation is a word)', () => {
  it('French sets the colon off with a space, English does not', () => {
    expect(`Date${colon('fr')} 2 juin`).toBe('Date : 2 juin');
    expect(`Date${colon('en')} 2 June`).toBe('Date: 2 June');
  });
});
