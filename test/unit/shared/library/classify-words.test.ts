import { describe, expect, it } from 'vitest';
import {
  compileCue,
  fieldWords,
  findCue,
  foldedWords,
  foldWord,
  plainInclusive,
} from '../../../../shared/library/classify-words';

const acronyms = new Set(['DU', 'DIU', 'ETP', 'CHU']);
const found = (text: string, cue: string) => findCue(fieldWords(text, acronyms), compileCue(cue)).length;

describe('classify-words: words compared without gender, plural, accents or case', () => {
  it('brings feminine forms back to the form of the cues', () => {
    expect(foldedWords('pair-aidante patiente formatrice chercheuse')).toEqual(
      foldedWords('pair-aidant patient formateur chercheur'),
    );
    expect(foldedWords('infirmières praticiennes représentantes usagères expertes participatives')).toEqual(
      foldedWords('infirmier praticien représentant usager expert participatif'),
    );
    expect(foldedWords('médiatrices de santé paires')).toEqual(foldedWords('médiateur de santé pair'));
    expect(foldWord('hopitaux')).toBe('hopital');
    expect(foldWord('bureaux')).toBe('bureau');
  });

  it('leaves short words alone (« ma », « une », « gaz »)', () => {
    expect(['ma', 'une', 'gaz', 'cote'].map(foldWord)).toEqual(['ma', 'une', 'gaz', 'cote']);
  });

  it('reads inclusive writing as its first form', () => {
    expect(plainInclusive('les pair-aidant·es et les salarié·e·s')).toBe('les pair-aidant et les salarié');
    expect(plainInclusive('Infirmier(ère) diplômé(e), étudiant(e)s')).toBe('Infirmier diplômé, étudiants');
    expect(plainInclusive('les patient.e.s partenaires')).toBe('les patient partenaires');
    // A full stop between two sentences is not inclusive writing.
    expect(plainInclusive('Fin de la phrase.Elle reprend.')).toBe('Fin de la phrase.Elle reprend.');
    expect(found('Devenir pair-aidant·e', 'pair-aidant')).toBe(1);
  });

  it('matches an acronym in capitals only, and not inside an all-caps title', () => {
    expect(found('Inscriptions au DU partenariat', 'DU')).toBe(1);
    expect(found('Le rôle du patient', 'DU')).toBe(0);
    expect(found('LE MARCHÉ DU DIMANCHE', 'DU')).toBe(0);
    expect(found('GRANDE BRADERIE DU CENTRE-VILLE', 'DU')).toBe(0);
    // Acronyms side by side stay acronyms.
    expect(found('Inscription au DIU ETP du CHU', 'DIU')).toBe(1);
    expect(found('Inscription au DIU ETP du CHU', 'ETP')).toBe(1);
  });

  it('finds phrases word by word, whatever the punctuation and the apostrophe', () => {
    expect(found('Le comité de retour d’expérience (CREX)', "comité de retour d'expérience")).toBe(1);
    expect(found('retour, d’expérience', "retour d'expérience")).toBe(1);
    expect(found('rechercher un emploi', 'recherche')).toBe(0);
  });
});
