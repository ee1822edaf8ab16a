import { describe, expect, it } from 'vitest';
import { matchThemes, prepareThemes, rankPartners } from '../../../../shared/matching';
import { bare, need } from './helpers';

const found = (sought: string[], partnerThemes: string[]) =>
  matchThemes(prepareThemes(sought), partnerThemes).map((t) => t.value);

describe('French text normalisation in theme matching', () => {
  it('ignores accents, case and typographic apostrophes', () => {
    expect(found(['diabète'], ['DIABETE de type 2'])).toEqual(['diabète']);
    expect(found(['Perte d’autonomie'], ["perte d'autonomie de mon père"])).toEqual(['Perte d’autonomie']);
    expect(found(['cœur'], ['maladie du coeur'])).toEqual(['cœur']);
  });

  it('is plural-insensitive', () => {
    expect(found(['maladie rénale'], ['Maladies rénales chroniques'])).toEqual(['maladie rénale']);
    expect(found(['Proches aidants'], ['proche aidant de ma fille'])).toEqual(['Proches aidants']);
  });

  it('matches whole words only, not fragments', () => {
    // « sida » must not be found inside « résidant », nor « rein » inside « freiner ».
    expect(found(['sida'], ['résidant en EHPAD'])).toEqual([]);
    expect(found(['rein'], ['freiner la maladie'])).toEqual([]);
  });

  it('links a theme id to free text through the vocabulary’s keywords, both ways', () => {
    expect(found(['diabete'], ['Diabète de type 1 depuis 18 ans'])).toEqual(['diabete']);
    expect(found(['cancer'], ['Leucémie (rémission)'])).toEqual(['cancer']);
    expect(found(['hépatite B'], ['vih_hepatites'])).toEqual(['hépatite B']);
    expect(found(['Sclérose en plaques'], ['maladies_neurologiques'])).toEqual(['Sclérose en plaques']);
  });

  it('keeps unknown free text matchable against free text', () => {
    expect(found(['oncosexualité'], ['Oncosexualite après un cancer'])).toEqual(['oncosexualité']);
    expect(found(['oncosexualité'], ['cancer'])).toEqual([]);
  });

  it('counts a theme given twice (id and label) once', () => {
    expect(prepareThemes(['diabete', 'Diabète', 'DIABÈTE'])).toHaveLength(1);
  });

  it('ranks a partner declaring « Diabètes » for a need seeking « diabète »', () => {
    const out = rankPartners(need({ experienceThemes: ['diabète'] }), [
      bare('a', { experience: { themes: ['asthme'], caregiver: false } }),
      bare('b', { experience: { themes: ['Diabètes'], caregiver: false } }),
    ]);
    expect(out.ranked.map((r) => r.partner.id)).toEqual(['b', 'a']);
  });
});
