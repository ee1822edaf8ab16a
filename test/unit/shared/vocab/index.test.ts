import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOMAIN_IDS,
  DOMAINS,
  type Domain,
  domainById,
  domainOfMission,
  domainOfMode,
  isMissionId,
  MISSION_IDS,
  MODE_IDS,
  missionById,
  missionsOfDomain,
  missionsOfMode,
  modeById,
  modeOfMission,
  modesOfDomain,
  trainingsRequiredFor,
} from '../../../../shared/vocab/domains';
import { findHealthTheme, HEALTH_THEMES, healthThemeLabel } from '../../../../shared/vocab/health-themes';
import { RESOURCE_TYPE_IDS, RESOURCE_TYPES, resourceTypeLabel } from '../../../../shared/vocab/resource-types';
import { ROLE_IDS, ROLES, type Role, roleById, roleLabel } from '../../../../shared/vocab/roles';
import { OFFER_IDS, offerLabel, STATUS_IDS, statusLabel, statusOfOffer } from '../../../../shared/vocab/statuses';
import { missingTrainings, TRAINING_KIND_IDS, trainingKindById } from '../../../../shared/vocab/trainings';

const guideLines = readFileSync(new URL('../../../fixtures/has-guide-2026.txt', import.meta.url), 'utf8').split(/\r?\n/);

describe('domain ids are stable', () => {
  // These ids are stored in profiles, projects and clips: changing one breaks saved data.
  it('keeps the 4 domain ids', () => {
    expect(DOMAIN_IDS).toEqual(['parcours_soins', 'offre_soins', 'formation_enseignement', 'recherche']);
  });

  it('keeps the 30 mode ids', () => {
    expect(MODE_IDS).toEqual([
      'parcours_soins.soutien',
      'parcours_soins.aide_parcours',
      'parcours_soins.pouvoir_agir',
      'parcours_soins.pratiques_pro',
      'parcours_soins.recueil_parole',
      'parcours_soins.etp',
      'parcours_soins.prevention',
      'offre_soins.deploiement_partenariat',
      'offre_soins.experience_patient',
      'offre_soins.parcours',
      'offre_soins.retex',
      'offre_soins.risques',
      'offre_soins.pratiques_pro',
      'offre_soins.certification',
      'offre_soins.accessibilite',
      'formation_enseignement.conception',
      'formation_enseignement.intervention',
      'formation_enseignement.transfert_savoirs',
      'formation_enseignement.modelisation',
      'formation_enseignement.evaluation',
      'formation_enseignement.accompagnement_enseignants',
      'formation_enseignement.innovation',
      'formation_enseignement.etp',
      'recherche.impulsion',
      'recherche.conception',
      'recherche.ethique_methodo',
      'recherche.recueil_parole',
      'recherche.analyse',
      'recherche.gouvernance',
      'recherche.publications',
    ]);
  });

  it('numbers missions <mode>.1 … <mode>.n in order (41 in all)', () => {
    expect(MISSION_IDS).toHaveLength(41);
    for (const domain of DOMAINS as readonly Domain[]) {
      for (const mode of domain.modes) {
        expect(mode.id.startsWith(`${domain.id}.`)).toBe(true);
        expect(mode.id).toMatch(/^[a-z_]+\.[a-z_]+$/);
        expect(mode.missions.map((m) => m.id)).toEqual(mode.missions.map((_, i) => `${mode.id}.${i + 1}`));
      }
    }
  });

  it('translates every label into English', () => {
    for (const domain of DOMAINS as readonly Domain[]) {
      for (const label of [domain.label, ...domain.modes.flatMap((m) => [m.label, ...m.missions.map((x) => x.label)])]) {
        expect(label.en.trim().length).toBeGreaterThan(0);
        expect(label.en).not.toMatch(/\u2019/);
      }
    }
  });
});

describe('domain lookups', () => {
  it('finds domains, modes and missions by id', () => {
    expect(domainById('recherche')?.label.fr).toBe('Recherche');
    expect(modeById('parcours_soins.etp')?.label.fr).toBe('Éducation thérapeutique du patient (ETP)');
    expect(missionById('recherche.publications.2')?.label.fr).toBe(
      'Information vers le public et les participants à la recherche',
    );
    expect(domainById('nope')).toBeUndefined();
    expect(modeById('recherche')).toBeUndefined();
    expect(missionById('recherche.analyse')).toBeUndefined();
  });

  it('lists the modes and missions of a domain or a mode', () => {
    expect(modesOfDomain('recherche')).toHaveLength(7);
    expect(missionsOfDomain('parcours_soins')).toHaveLength(12);
    expect(missionsOfDomain('offre_soins')).toHaveLength(11);
    expect(missionsOfDomain('formation_enseignement')).toHaveLength(9);
    expect(missionsOfDomain('recherche')).toHaveLength(9);
    expect(missionsOfMode('parcours_soins.aide_parcours').map((m) => m.id)).toEqual([
      'parcours_soins.aide_parcours.1',
      'parcours_soins.aide_parcours.2',
      'parcours_soins.aide_parcours.3',
    ]);
    expect(missionsOfDomain('unknown')).toEqual([]);
  });

  it('goes back from a mission to its mode and domain', () => {
    expect(domainOfMission('formation_enseignement.etp.1')).toBe('formation_enseignement');
    expect(modeOfMission('formation_enseignement.etp.1')?.id).toBe('formation_enseignement.etp');
    expect(domainOfMode('offre_soins.retex')).toBe('offre_soins');
    expect(domainOfMission('x.y.1')).toBeUndefined();
    expect(isMissionId('recherche.analyse.1')).toBe(true);
    expect(isMissionId(42)).toBe(false);
  });

  it('requires the 40 h training only to intervene in ETP programmes (parcours_soins)', () => {
    const withTraining = MODE_IDS.filter((id) => modeById(id)?.requiresTraining);
    expect(withTraining).toEqual(['parcours_soins.etp']);
    expect(modeById('parcours_soins.etp')?.requiresTraining).toBe('etp_40h');
    expect(trainingsRequiredFor(['parcours_soins.etp.1', 'parcours_soins.soutien.1'])).toEqual(['etp_40h']);
    expect(trainingsRequiredFor(['formation_enseignement.etp.1'])).toEqual([]);
    // The guide's reasons: note 23 and remark 2 under Table 2.
    expect(guideLines[587]).toMatch(/^²³ .*obligation de formation de 40 heures/);
    expect(guideLines[323]).toContain(
      "dans le domaine de l'enseignement et de la formation quand ils participent à la formation exigée",
    );
  });
});

describe('roles', () => {
  it('has the expected ids', () => {
    expect(ROLE_IDS).toEqual([
      'patient_partenaire',
      'patient_expert',
      'pair_aidant',
      'patient_ressource',
      'patient_formateur',
      'patient_chercheur',
      'mediateur_sante_pair',
      'representant_usagers',
      'proche_aidant_partenaire',
      'patient_intervenant',
    ]);
  });

  it('gives masculine, feminine and inclusive French forms, English, a definition and sources', () => {
    for (const role of ROLES as readonly Role[]) {
      expect(role.label.fr.m && role.label.fr.f && role.label.fr.x && role.label.en).toBeTruthy();
      expect(role.definition.fr).toMatch(/\.$/);
      expect(role.definition.en).toMatch(/\.$/);
      expect(role.sources.length).toBeGreaterThan(0);
      for (const ref of role.sources) expect(ref).toMatch(/^00[1-4]:\d+(-\d+)?$/);
    }
  });

  it('cites guide lines that exist and speak of the role', () => {
    expect(guideLines[176]).toMatch(/^Le patient partenaire est une personne/);
    expect(guideLines[418]).toMatch(/^Le patient chercheur est un patient partenaire/);
    expect(guideLines[449]).toContain('le représentant des usagers est mandaté par une association agréée');
    expect(guideLines[297]).toContain('médiateur de santé-pair');
    for (const role of ROLES as readonly Role[]) {
      for (const ref of role.sources.filter((r) => r.startsWith('003:'))) {
        const line = Number(ref.slice(4).split('-')[0]);
        expect(guideLines[line - 1]?.trim().length, ref).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the users’ representative apart: institutional, no illness required', () => {
    const ru = roleById('representant_usagers');
    expect(ru?.family).toBe('representation');
    expect(ru?.ownIllnessExperience).toBe(false);
    expect(ru?.typicalDomains).toEqual([]);
    expect(ru?.definition.fr).toContain("n'exige pas d'être ou d'avoir été malade");
  });

  it('picks the label form from the gender', () => {
    expect(roleLabel('patient_partenaire', 'fr', 'f')).toBe('Patiente partenaire');
    expect(roleLabel('patient_partenaire', 'fr', 'm')).toBe('Patient partenaire');
    expect(roleLabel('patient_partenaire', 'fr')).toBe('Patiente ou patient partenaire');
    expect(roleLabel('patient_chercheur', 'fr', 'f')).toBe('Patiente chercheuse');
    expect(roleLabel('patient_formateur', 'fr', 'x')).toBe('Patiente formatrice ou patient formateur');
    expect(roleLabel('mediateur_sante_pair', 'fr', 'x')).toBe('Médiatrice ou médiateur de santé paire ou pair');
    expect(roleLabel('patient_partenaire', 'en', 'f')).toBe('Patient partner');
    expect(roleLabel('inconnu', 'fr')).toBe('inconnu');
  });
});

describe('statuses and offers', () => {
  it('lists the four statuses and four offers', () => {
    expect(STATUS_IDS).toEqual(['benevole', 'salarie', 'prestataire', 'vacataire']);
    expect(OFFER_IDS).toEqual(['benevolat_defraiement', 'vacation', 'salariat', 'prestation']);
  });

  it('maps each offer to a status', () => {
    expect(statusOfOffer('benevolat_defraiement')).toBe('benevole');
    expect(statusOfOffer('vacation')).toBe('vacataire');
    expect(statusOfOffer('salariat')).toBe('salarie');
    expect(statusOfOffer('prestation')).toBe('prestataire');
  });

  it('labels them', () => {
    expect(statusLabel('salarie', 'fr', 'f')).toBe('Salariée');
    expect(statusLabel('benevole', 'en')).toBe('Volunteer');
    expect(offerLabel('benevolat_defraiement', 'fr')).toBe('Bénévolat avec défraiement');
  });
});

describe('trainings', () => {
  it('lists the kinds', () => {
    expect(TRAINING_KIND_IDS).toEqual(['du', 'diu', 'cu', 'etp_40h', 'formation_conjointe', 'other']);
  });

  it('states the legal basis of the 40 h ETP training as note 23 does', () => {
    const etp = trainingKindById('etp_40h');
    expect(etp?.hours).toBe(40);
    expect(etp?.legalBasis?.fr).toContain('L. 1161-1');
    expect(etp?.legalBasis?.fr).toContain('R. 1161-1 à R. 1161-3');
    expect(etp?.legalBasis?.fr).toContain('arrêté du 30 décembre 2020');
    expect(guideLines[587]).toContain('arrêté du 30 décembre 2020');
  });

  it('finds missing required trainings', () => {
    expect(missingTrainings(['etp_40h'], [{ kind: 'du' }])).toEqual(['etp_40h']);
    expect(missingTrainings(['etp_40h'], [{ kind: 'etp_40h' }])).toEqual([]);
  });
});

describe('resource types and health themes', () => {
  it('lists the clip resource types with labels and keywords', () => {
    expect(RESOURCE_TYPE_IDS).toEqual([
      'guide',
      'fiche_pratique',
      'formation',
      'appel_candidatures',
      'article_scientifique',
      'evenement',
      'annuaire',
      'charte_outil',
      'temoignage',
      'autre',
    ]);
    for (const type of RESOURCE_TYPES) {
      if (type.id !== 'autre') expect(type.keywords.length).toBeGreaterThan(2);
    }
    expect(resourceTypeLabel('evenement', 'fr')).toBe('Événement');
  });

  it('recognises free-text themes by whole words, accents and plurals ignored', () => {
    expect(HEALTH_THEMES.length).toBeGreaterThanOrEqual(13);
    expect(findHealthTheme('diabete')).toBe('diabete');
    expect(findHealthTheme('Diabète de type 1 depuis 18 ans')).toBe('diabete');
    expect(findHealthTheme('Proches aidants')).toBe('proche_aidant');
    expect(findHealthTheme('SANTE MENTALE')).toBe('sante_mentale');
    expect(findHealthTheme('résidant en EHPAD')).toBeUndefined();
    expect(findHealthTheme('artiste')).toBeUndefined();
    expect(healthThemeLabel('vih_hepatites', 'en')).toBe('HIV, hepatitis');
    expect(healthThemeLabel('Endométriose', 'fr')).toBe('Endométriose');
  });
});
