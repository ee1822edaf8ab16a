import { describe, expect, it } from 'vitest';
import { departementLabel, departementName } from '../../../shared/partners/departements';
import {
  associationLabel,
  domainShortLabel,
  languageName,
  loadLabel,
  partnerTitle,
  photoAlt,
  primaryRoleLabel,
  roleLabels,
  roleOnlyTitle,
  territoryLabel,
  trainingLabel,
} from '../../../shared/partners/labels';
import { publicView } from '../../../shared/publish/public-view';
import { makePartner } from '../../fixtures/partners';

const base = { roles: [], domains: [], gender: undefined } as const;

describe('role labels agree with the person’s grammatical gender', () => {
  it('feminine, masculine, inclusive and English forms', () => {
    const roles = ['patient_partenaire', 'patient_chercheur', 'patient_formateur'] as const;
    expect(roleLabels({ roles, gender: 'f' }, 'fr')).toEqual([
      'Patiente partenaire',
      'Patiente chercheuse',
      'Patiente formatrice',
    ]);
    expect(roleLabels({ roles, gender: 'm' }, 'fr')).toEqual(['Patient partenaire', 'Patient chercheur', 'Patient formateur']);
    expect(roleLabels({ roles, gender: 'x' }, 'fr')).toEqual([
      'Patient·e partenaire',
      'Patient·e chercheur·euse',
      'Patient·e formateur·rice',
    ]);
    expect(roleLabels({ roles, gender: 'f' }, 'en')).toEqual(['Patient partner', 'Patient researcher', 'Patient trainer']);
  });

  it('falls back to the HAS umbrella term when no title is validated (never a self-proclaimed one)', () => {
    expect(primaryRoleLabel({ roles: [], gender: 'f' }, 'fr')).toBe('Patiente partenaire');
    expect(primaryRoleLabel({ roles: [], gender: undefined }, 'fr')).toBe('Patient partenaire');
  });

  it('heads a person without the name consent by role and domains only', () => {
    expect(roleOnlyTitle({ roles: [], gender: 'f', domains: ['recherche'] }, 'fr')).toBe('Patiente partenaire — recherche');
    expect(roleOnlyTitle({ roles: ['pair_aidant'], gender: 'm', domains: ['parcours_soins', 'recherche'] }, 'en')).toBe(
      'Peer supporter — care pathways, research',
    );
    expect(partnerTitle({ ...base, name: 'Camille F.' }, 'fr')).toBe('Camille F.');
  });
});

describe('other labels', () => {
  it('domain short names', () => {
    expect(domainShortLabel('offre_soins', 'fr')).toBe("adaptation de l'offre de soins");
    expect(domainShortLabel('formation_enseignement', 'en')).toBe('training and teaching');
  });

  it('photo alt text: the person’s own, else one that names nobody', () => {
    expect(photoAlt({ ...base, photo: { url: 'https://x.test/a.jpg', alt: 'Camille au jardin' } }, 'fr')).toBe(
      'Camille au jardin',
    );
    expect(photoAlt({ ...base, name: 'Karim B.', photo: { url: 'https://x.test/a.jpg' } }, 'fr')).toBe('Portrait de Karim B.');
    expect(photoAlt({ roles: [], gender: 'f', photo: { url: 'https://x.test/a.jpg' } }, 'fr')).toBe(
      "Portrait d'une patiente partenaire",
    );
    expect(photoAlt({ roles: ['patient_chercheur'], gender: 'm' }, 'en')).toBe('Portrait of a patient researcher');
  });

  it('a training always shows its issuer, without repeating its kind', () => {
    expect(
      trainingLabel({ kind: 'etp_40h', label: 'Formation de base', issuer: 'UTEP de Valmont', year: 2022, hours: 40 }, 'fr'),
    ).toBe('ETP 40 h — Formation de base (UTEP de Valmont, 2022)');
    expect(trainingLabel({ kind: 'du', label: 'DU Démocratie en santé', issuer: 'Université X' }, 'fr')).toBe(
      'DU Démocratie en santé (Université X)',
    );
    expect(trainingLabel({ kind: 'other', label: 'Écoute active', issuer: 'Asso Y', hours: 14 }, 'en')).toBe(
      'Other — Écoute active (Asso Y, 14 h)',
    );
  });

  it('association: mandated or member, with or without its name', () => {
    expect(associationLabel({ association: { name: 'Asso', mandated: true }, gender: 'f' }, 'fr')).toBe('Mandatée par Asso');
    expect(associationLabel({ association: { mandated: true }, gender: 'm' }, 'fr')).toBe('Mandaté par une association');
    expect(associationLabel({ association: { name: 'Asso', mandated: false }, gender: 'm' }, 'fr')).toBe(
      "Membre de l'association Asso",
    );
    expect(associationLabel({ association: { name: 'Asso', mandated: true }, gender: 'x' }, 'en')).toBe('Mandated by Asso');
    expect(associationLabel({ gender: 'f' }, 'fr')).toBeUndefined();
  });

  it('territory with département names', () => {
    expect(departementName('2A')).toBe('Corse-du-Sud');
    expect(departementLabel('971')).toBe('Guadeloupe (971)');
    expect(departementLabel('99')).toBe('99');
    expect(territoryLabel({ territory: { departement: '13', commune: 'Marseille', remote: true } }, 'fr')).toBe(
      'Marseille · Bouches-du-Rhône (13) · à distance possible',
    );
    expect(territoryLabel({ territory: { departement: '26', remote: false } }, 'en')).toBe('Drôme (26)');
  });

  it('language names through Intl', () => {
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('ar', 'en')).toBe('Arabic');
  });
});

describe('the current load is said in words, not by colour', () => {
  const load = (activeMissions: number, maxMissions?: number) =>
    loadLabel(
      publicView(makePartner({ load: { activeMissions, ...(maxMissions === undefined ? {} : { maxMissions }) } }))!,
      'fr',
    );

  it('French', () => {
    expect(load(1, 3)).toBe('1 mission en cours (3 au plus) — peut en accepter une autre');
    expect(load(3, 3)).toBe('3 missions en cours (3 au plus) — complet pour le moment');
    expect(load(0)).toBe('Aucune mission en cours — peut en accepter une autre');
    expect(load(2, 0)).toBe('Ne prend pas de nouvelle mission pour le moment');
  });

  it('English', () => {
    const view = publicView(makePartner({ load: { activeMissions: 2, maxMissions: 2 } }))!;
    expect(loadLabel(view, 'en')).toBe('2 missions under way (at most 2) — fully engaged for now');
  });
});
