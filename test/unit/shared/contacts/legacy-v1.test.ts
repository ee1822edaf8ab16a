/** Version 1 contacts (vocabulary ids, read before the public feed existed) upgraded to version 2: the same data, with labels. */
import { describe, expect, it } from 'vitest';
import { readContact } from '../../../../shared/contacts/legacy-v1';
import { SavedContactSchema } from '../../../../shared/schemas/contact';
import { V1_CONTACT } from './helpers';

describe('readContact', () => {
  it('upgrades a version 1 contact to version 2 with the same data and the labels of its ids', () => {
    const reading = readContact(V1_CONTACT);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const c = reading.contact;
    expect(SavedContactSchema.safeParse(c).success).toBe(true);
    expect(c).toMatchObject({
      schemaVersion: 2,
      id: 'c-ancien',
      detail: 'full',
      note: 'Vu au comité',
      matchingConsent: { granted: true, date: '2026-05-02' },
      source: V1_CONTACT.source,
      savedAt: V1_CONTACT.savedAt,
      updatedAt: V1_CONTACT.updatedAt,
    });
    expect(c.shown.id).toBe('pp-020');
    expect(c.shown.roles).toEqual([{ id: 'patient_partenaire', fr: 'Patient partenaire', en: 'Patient partner' }]);
    expect(c.shown.domains.map((d) => d.id)).toEqual(['parcours_soins']);
    expect(c.shown.territory).toMatchObject({ departement: { id: '26', fr: 'Drôme' }, commune: 'Valence', remote: true });
    expect(c.shown.experience?.themes[0]).toMatchObject({ id: 'diabete' });
    expect(c.shown.experience?.themes[1]).toEqual({ fr: 'Mes propres mots' });
    expect(c.shown.trainings[0]).toMatchObject({ kind: { id: 'etp_40h' }, issuer: 'UTEP du CH de Valmont', year: 2022 });
    expect(c.shown.contact.map((r) => r.href)).toEqual(['mailto:olivier.fabre@example.org', 'tel:+33600000020']);
    expect(c.shown.load).toEqual({ activeMissions: 1, maxMissions: 2, hasCapacity: true });
  });

  it('reads a version 2 contact as it is, and refuses what is neither', () => {
    const upgraded = readContact(V1_CONTACT);
    if (!upgraded.ok) throw new Error('no upgrade');
    expect(readContact(upgraded.contact)).toEqual(upgraded);
    expect(readContact({ ...V1_CONTACT, shown: { ...V1_CONTACT.shown, roles: ['inconnu'] } }).ok).toBe(false);
    expect(readContact({ schemaVersion: 9 }).ok).toBe(false);
    expect(readContact(null).ok).toBe(false);
  });
});
