import { describe, expect, it } from 'vitest';
import { matchesQuery, queryWords } from '../../../../extension/modules/contacts/filter';

const person = ['Agnès L.', 'Patiente partenaire · Valence · Drôme (26)', 'Diabète, Éducation thérapeutique'];

describe('the popup filter over found people', () => {
  it('keeps everyone for an empty or blank query', () => {
    expect(matchesQuery(person, '')).toBe(true);
    expect(matchesQuery(person, '   ')).toBe(true);
    expect(queryWords('  ')).toEqual([]);
  });

  it('matches every word, in any order, accents and case aside', () => {
    expect(matchesQuery(person, 'drome DIABETE')).toBe(true);
    expect(matchesQuery(person, 'diabète agnes')).toBe(true);
    expect(matchesQuery(person, 'éducation')).toBe(true);
  });

  it('drops a person when one word is missing', () => {
    expect(matchesQuery(person, 'drome cancer')).toBe(false);
    expect(matchesQuery(person, 'Camille')).toBe(false);
  });
});
