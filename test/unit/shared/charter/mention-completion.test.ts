import { describe, expect, it } from 'vitest';
import { charterCompletion } from '../../../../shared/charter/completion';
import { isApprovalMention } from '../../../../shared/charter/mention';
import { director, doctor, patient } from './fixtures';

describe('the « lu et approuvé » mention', () => {
  it.each([
    'lu et approuvé',
    'Lu et approuvé',
    'LU ET APPROUVE',
    'lu  et approuve.',
    '« Lu et approuvé »',
    '"lu et approuvé"',
    ' Lu et Approuvé ',
  ])('accepts %j', (value) => expect(isApprovalMention(value)).toBe(true));

  it.each(['', 'lu', 'approuvé', 'lu et approuvée', 'lu, approuvé', 'lu et approuvé par moi', 'read and approved'])(
    'refuses %j in French',
    (value) => expect(isApprovalMention(value)).toBe(false),
  );

  it('accepts the English wording only for an English charter', () => {
    expect(isApprovalMention('Read and approved', 'en')).toBe(true);
    expect(isApprovalMention('lu et approuvé', 'en')).toBe(true);
  });
});

describe('completion rule', () => {
  const signed = (...people: (typeof patient)[]) => people.map((signatory) => ({ signatory }));

  it('needs every expected signatory', () => {
    const result = charterCompletion([patient, doctor, director], signed(patient, doctor));
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([director]);
    expect(charterCompletion([patient, doctor, director], signed(patient, doctor, director)).complete).toBe(true);
  });

  it('matches expected signatories by role and by name whatever the case or accents', () => {
    const typed = { ...director, name: '  elise  ROUSSEL ' };
    expect(charterCompletion([director, patient], signed(typed, patient)).complete).toBe(true);
    expect(charterCompletion([director], signed({ ...director, role: 'autre' })).missing).toEqual([director]);
  });

  it('needs at least one patient partner and one professional or establishment signature', () => {
    expect(charterCompletion([], signed(patient))).toMatchObject({
      complete: false,
      hasPatientPartner: true,
      hasProfessionalOrEstablishment: false,
    });
    expect(charterCompletion([], signed(doctor, director))).toMatchObject({ complete: false, hasPatientPartner: false });
    expect(charterCompletion([], signed(patient, director)).complete).toBe(true);
    expect(charterCompletion([], signed(patient, { name: 'Asso', role: 'association' })).complete).toBe(false);
    expect(charterCompletion([], []).complete).toBe(false);
  });
});
