/**
 * Words of a public feed entry (shared/partners/labels.ts): every vocabulary label comes
 * from the feed (terms built here as publish() builds them, shared/publish/terms.ts);
 * only the sentence around them is ours.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { departementName } from '../../../../shared/partners/departements';
import {
  associationLabel,
  departementLabel,
  domainShortLabel,
  loadEntryWords,
  loadLabel,
  partnerTitle,
  photoAlt,
  primaryRoleLabel,
  roleLabels,
  roleOnlyTitle,
  termLabel,
  territoryLabel,
  themeLabels,
  trainingLabel,
} from '../../../../shared/partners/labels';
import {
  departementTerm,
  domainTerm,
  languageTerm,
  roleTerm,
  themeTerm,
  trainingKindTerm,
} from '../../../../shared/publish/terms';
import { makePartner } from '../../../fixtures/partners';
import { entriesOf } from '../../../helpers/feed-fixtures';

beforeAll(() => loadEntryWords('en'));

const roles = (gender: 'f' | 'm' | 'x') =>
  ['patient_partenaire', 'patient_chercheur', 'patient_formateur'].map((r) => roleTerm(r, gender));

describe('roles: the feed’s labels, already agreeing with the person’s gender', () => {
  it('feminine, masculine, inclusive and English forms', () => {
    expect(roleLabels({ roles: roles('f') }, 'fr')).toEqual([
      'Patiente partenaire',
      'Patiente chercheuse',
      'Patiente formatrice',
    ]);
    expect(roleLabels({ roles: roles('m') }, 'fr')).toEqual(['Patient partenaire', 'Patient chercheur', 'Patient formateur']);
    expect(roleLabels({ roles: roles('x') }, 'fr')).toEqual([
      'Patiente ou patient partenaire',
      'Patiente chercheuse ou patient chercheur',
      'Patiente formatrice ou patient formateur',
    ]);
    expect(roleLabels({ roles: roles('f') }, 'en')).toEqual(['Patient partner', 'Patient researcher', 'Patient trainer']);
  });

  it('falls back to the HAS umbrella term when no title is published (never a self-proclaimed one)', () => {
    expect(primaryRoleLabel({ roles: [], gender: 'f' }, 'fr')).toBe('Patiente partenaire');
    expect(primaryRoleLabel({ roles: [], gender: 'm' }, 'fr')).toBe('Patient partenaire');
    // Neither form chosen, or none given: both, spelt out (docs/ecriture.md).
    expect(primaryRoleLabel({ roles: [], gender: undefined }, 'fr')).toBe('Patiente ou patient partenaire');
    expect(primaryRoleLabel({ roles: [], gender: 'x' }, 'fr')).toBe('Patiente ou patient partenaire');
    expect(primaryRoleLabel({ roles: [], gender: 'f' }, 'en')).toBe('Patient partner');
  });

  it('heads a person whose name is not published by role and domains only', () => {
    expect(roleOnlyTitle({ roles: [], gender: 'f', domains: [domainTerm('recherche')] }, 'fr')).toBe(
      'Patiente partenaire — recherche',
    );
    expect(
      roleOnlyTitle(
        { roles: [roleTerm('pair_aidant', 'm')], gender: 'm', domains: [domainTerm('parcours_soins'), domainTerm('recherche')] },
        'en',
      ),
    ).toBe('Peer supporter — care pathways, research');
    expect(partnerTitle({ name: 'Camille F.', roles: [], domains: [] }, 'fr')).toBe('Camille F.');
  });
});

describe('other labels', () => {
  it('a term in the page’s language, French when the feed has no English', () => {
    expect(termLabel({ fr: 'Diabète', en: 'Diabetes' }, 'en')).toBe('Diabetes');
    expect(termLabel({ fr: 'Diabète de type 1 depuis 18 ans' }, 'en')).toBe('Diabète de type 1 depuis 18 ans');
    expect(
      themeLabels({ experience: { themes: [themeTerm('diabete'), themeTerm('Mes mots')], caregiver: false } }, 'en'),
    ).toEqual(['Diabetes', 'Mes mots']);
    expect(termLabel(languageTerm('en'), 'fr')).toBe('anglais');
  });

  it('domain short names, else the domain’s label', () => {
    expect(domainShortLabel(domainTerm('offre_soins'), 'fr')).toBe("adaptation de l'offre de soins");
    expect(domainShortLabel(domainTerm('formation_enseignement'), 'en')).toBe('training and teaching');
    expect(domainShortLabel({ id: 'autre', fr: 'Autre domaine', en: 'Other field' }, 'en')).toBe('Other field');
  });

  it('photo alt text: the published one, else one that names nobody', () => {
    const photo = { url: 'https://x.test/a.jpg' };
    expect(photoAlt({ roles: [], photo: { ...photo, alt: 'Camille au jardin' } }, 'fr')).toBe('Camille au jardin');
    expect(photoAlt({ name: 'Karim B.', roles: [], photo }, 'fr')).toBe('Portrait de Karim B.');
    expect(photoAlt({ roles: [], gender: 'f', photo }, 'fr')).toBe("Portrait d'une patiente partenaire");
    expect(photoAlt({ roles: [], gender: 'm', photo }, 'fr')).toBe("Portrait d'un patient partenaire");
    // No article agrees with both forms: none.
    expect(photoAlt({ roles: [], gender: 'x', photo }, 'fr')).toBe('Portrait\u00a0: patiente ou patient partenaire');
    expect(photoAlt({ roles: [], photo }, 'fr')).toBe('Portrait\u00a0: patiente ou patient partenaire');
    expect(photoAlt({ roles: [roleTerm('patient_chercheur', 'm')], gender: 'm' }, 'en')).toBe('Portrait of a patient researcher');
  });

  it('a training always shows its issuer, without repeating its kind or its hours', () => {
    expect(
      trainingLabel(
        { kind: trainingKindTerm('etp_40h'), label: 'Formation de base', issuer: 'UTEP de Valmont', year: 2022, hours: 40 },
        'fr',
      ),
    ).toBe('ETP 40 h — Formation de base (UTEP de Valmont, 2022)');
    expect(trainingLabel({ kind: trainingKindTerm('du'), label: 'DU Démocratie en santé', issuer: 'Université X' }, 'fr')).toBe(
      'DU Démocratie en santé (Université X)',
    );
    expect(trainingLabel({ kind: trainingKindTerm('other'), label: 'Écoute active', issuer: 'Asso Y', hours: 14 }, 'en')).toBe(
      'Other — Écoute active (Asso Y, 14 h)',
    );
  });

  it('association: mandated or member, with or without its name', () => {
    expect(associationLabel({ association: { name: 'Asso', mandated: true }, gender: 'f' }, 'fr')).toBe('Mandatée par Asso');
    expect(associationLabel({ association: { mandated: true }, gender: 'm' }, 'fr')).toBe('Mandaté par une association');
    expect(associationLabel({ association: { name: 'Asso', mandated: true }, gender: 'x' }, 'fr')).toBe(
      'Mandatée ou mandaté par Asso',
    );
    expect(associationLabel({ association: { name: 'Asso', mandated: true } }, 'fr')).toBe('Mandatée ou mandaté par Asso');
    expect(associationLabel({ association: { name: 'Asso', mandated: false }, gender: 'm' }, 'fr')).toBe(
      "Membre de l'association Asso",
    );
    expect(associationLabel({ association: { name: 'Asso', mandated: true }, gender: 'x' }, 'en')).toBe('Mandated by Asso');
    expect(associationLabel({ association: { mandated: false }, gender: 'f' }, 'fr')).toBeUndefined();
    expect(associationLabel({ gender: 'f' }, 'fr')).toBeUndefined();
  });

  it('territory with the feed’s département names', () => {
    expect(departementName('2A')).toBe('Corse-du-Sud');
    expect(departementLabel(departementTerm('971'), 'fr')).toBe('Guadeloupe (971)');
    expect(departementLabel({ id: '99', fr: '99', en: '99' }, 'fr')).toBe('99');
    expect(territoryLabel({ territory: { departement: departementTerm('13'), commune: 'Marseille', remote: true } }, 'fr')).toBe(
      'Marseille · Bouches-du-Rhône (13) · à distance possible',
    );
    expect(territoryLabel({ territory: { departement: departementTerm('26'), remote: true } }, 'en')).toBe(
      'Drôme (26) · remote possible',
    );
  });
});

describe('the current load is said in words, not by colour', () => {
  const entry = (activeMissions: number, maxMissions?: number) =>
    entriesOf([makePartner({ load: { activeMissions, ...(maxMissions === undefined ? {} : { maxMissions }) } })])[0]!;

  // Issue 15: the person's own limit and the guide's « ne pas sursolliciter » (annex 4, l.1255), no booking words.
  it('French', () => {
    expect(loadLabel(entry(1, 3), 'fr')).toBe(
      '1 mission en cours (3 au plus, selon son souhait) — une nouvelle sollicitation reste possible',
    );
    expect(loadLabel(entry(3, 3), 'fr')).toBe(
      '3 missions en cours (3 au plus, selon son souhait) — à ne pas solliciter davantage pour le moment',
    );
    expect(loadLabel(entry(0), 'fr')).toBe('Aucune mission en cours — une nouvelle sollicitation reste possible');
    expect(loadLabel(entry(2, 0), 'fr')).toBe('Ne souhaite pas de nouvelle mission pour le moment');
  });

  it('English', () => {
    expect(loadLabel(entry(2, 2), 'en')).toBe(
      '2 missions under way (at most 2, as the person wishes) — not to be asked for more for now',
    );
  });
});
