import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_CONSENTS,
  type FormFields,
  fieldsFromFormData,
  needFromFields,
  profileFromFields,
  splitList,
  tidyDepartement,
} from '../../../../shared/matching';
import { CONSENT_FIELDS, PartnerProfileSchema, sharesExperienceWithProjects } from '../../../../shared/schemas/partner';
import { ProjectNeedSchema } from '../../../../shared/schemas/project';

const options = { id: 'cand-0001', today: '2026-06-15' };

const needFields: FormFields = {
  title: ['  Ateliers douleur chronique  '],
  domain: ['parcours_soins'],
  missions: ['parcours_soins.etp.1'],
  themes: ['douleur_chronique'],
  themesOther: ['fibromyalgie ; migraines'],
  caregiver: ['on'],
  departement: ['56'],
  commune: ['Questembert'],
  remote: ['on'],
  slots: ['weekday', 'evening'],
  duration: ['durable'],
  offer: ['vacation'],
  count: ['3'],
  trainings: ['etp_40h'],
};

const candidateFields: FormFields = {
  given: ['Nadia'],
  family: ['Benali'],
  display: [''],
  gender: ['f'],
  email: ['nadia.b@example.org'],
  phone: [''],
  experienceText: ['Vingt ans de polyarthrite, et proche aidante de mon fils.'],
  themes: ['maladies_inflammatoires'],
  themesOther: ['polyarthrite rhumatoïde'],
  caregiver: ['on'],
  abilities: ['écoute active, prise de parole\nanimation de groupe'],
  slots: ['evening', 'visio'],
  commitment: ['durable'],
  activeMissions: ['1'],
  maxMissions: ['2'],
  domains: ['parcours_soins', 'formation_enseignement'],
  missions: ['parcours_soins.soutien.1', 'formation_enseignement.intervention.1'],
  statuses: ['benevole'],
  'training.0.kind': ['etp_40h'],
  'training.0.label': ['Formation ETP niveau 1'],
  'training.0.issuer': ['UTEP de Valmont (fictive)'],
  'training.0.year': ['2023'],
  'training.0.hours': ['40'],
  'training.1.kind': [''],
  'training.1.issuer': [''],
  association: ['Association polyarthrite (fictive)'],
  associationMandated: ['on'],
  departement: ['2a'],
  commune: ['Ajaccio'],
  remote: ['on'],
  manager: ['no'],
  'consent.keepData': ['on'],
  'consent.matching': ['on'],
};

describe('need form → ProjectNeed', () => {
  it('maps every field to a schema-valid need', () => {
    const result = needFromFields(needFields, 'fr');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ProjectNeedSchema.safeParse(result.value).success).toBe(true);
    expect(result.value).toEqual({
      title: 'Ateliers douleur chronique',
      domain: 'parcours_soins',
      missions: ['parcours_soins.etp.1'],
      experienceThemes: ['douleur_chronique', 'fibromyalgie', 'migraines'],
      caregiverSought: true,
      territory: { departement: '56', commune: 'Questembert', remoteAccepted: true },
      slots: ['weekday', 'evening'],
      duration: 'durable',
      offer: ['vacation'],
      count: 3,
      requiredTrainings: ['etp_40h'],
    });
  });

  it('defaults to 2 partners (guide 3.1)', () => {
    const result = needFromFields({ ...needFields, count: [''] }, 'fr');
    expect(result.ok && result.value.count).toBe(2);
  });

  it('reports each missing or wrong field, tied to it, in French and English', () => {
    const result = needFromFields({ title: [' '], departement: ['99'], count: ['0'] }, 'fr');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['title', 'domain', 'departement', 'duration', 'count']);
    expect(result.errors[0]?.message).toBe('Indiquez le titre du projet.');
    const en = needFromFields({}, 'en');
    expect(!en.ok && en.errors[0]?.message).toBe('Give the project title.');
  });

  it('lets the shared schema have the last word (a mission outside the domain)', () => {
    const result = needFromFields({ ...needFields, missions: ['recherche.impulsion.1'] }, 'fr');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ field: 'missions', message: 'Champ missions[0] : mission hors du domaine choisi' }]);
  });

  it('rejects a value outside the vocabulary', () => {
    const result = needFromFields({ ...needFields, domain: ['marketing'] }, 'en');
    expect(!result.ok && result.errors[0]?.field).toBe('domain');
  });
});

describe('candidate form → PartnerProfile', () => {
  it('maps every field to a profile validated by the shared schema', () => {
    const result = profileFromFields(candidateFields, options, 'fr');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const profile = result.value;
    expect(PartnerProfileSchema.safeParse(profile).success).toBe(true);
    expect(profile.id).toBe('cand-0001');
    expect(profile.name).toEqual({ given: 'Nadia', family: 'Benali' });
    expect(profile.territory).toEqual({ departement: '2A', commune: 'Ajaccio', remote: true });
    expect(profile.experience).toEqual({
      themes: ['maladies_inflammatoires', 'polyarthrite rhumatoïde'],
      caregiver: true,
      text: 'Vingt ans de polyarthrite, et proche aidante de mon fils.',
    });
    expect(profile.abilities).toEqual(['écoute active', 'prise de parole', 'animation de groupe']);
    expect(profile.trainings).toEqual([
      { kind: 'etp_40h', label: 'Formation ETP niveau 1', issuer: 'UTEP de Valmont (fictive)', year: 2023, hours: 40 },
    ]);
    expect(profile.load).toEqual({ activeMissions: 1, maxMissions: 2 });
    expect(profile.association).toEqual({ name: 'Association polyarthrite (fictive)', mandated: true });
    expect(profile.managesEstablishment).toBe(false);
    expect(profile.contact).toEqual({ email: 'nadia.b@example.org' });
  });

  it('never validates a title itself: only the establishment does', () => {
    const result = profileFromFields({ ...candidateFields, representative: ['on'] }, options, 'fr');
    expect(result.ok && result.value.titles).toEqual([{ role: 'patient_partenaire' }, { role: 'representant_usagers' }]);
  });

  it('records every consent separately, with its date; only those ticked are granted', () => {
    const result = profileFromFields(candidateFields, options, 'fr');
    if (!result.ok) throw new Error('expected a profile');
    expect(result.value.consents).toEqual({
      keepData: { granted: true, date: '2026-06-15' },
      matching: { granted: true, date: '2026-06-15' },
      projectExperience: { granted: false, date: '2026-06-15' },
      listing: { granted: false, date: '2026-06-15' },
      name: { granted: false, date: '2026-06-15' },
      photo: { granted: false, date: '2026-06-15' },
      experience: { granted: false, date: '2026-06-15' },
      contact: { granted: false, date: '2026-06-15' },
    });
    expect([...CANDIDATE_CONSENTS].sort()).toEqual(Object.keys(result.value.consents).sort());
  });

  it('asks every consent of the profile, including sharing lived experience with project teams only', () => {
    expect([...CANDIDATE_CONSENTS].sort()).toEqual([...CONSENT_FIELDS].sort());
    const result = profileFromFields({ ...candidateFields, 'consent.projectExperience': ['on'] }, options, 'fr');
    if (!result.ok) throw new Error('expected a profile');
    expect(result.value.consents.projectExperience).toEqual({ granted: true, date: '2026-06-15' });
    expect(result.value.consents.experience).toEqual({ granted: false, date: '2026-06-15' });
    expect(sharesExperienceWithProjects(result.value)).toBe(true);
  });

  it('refuses to record a candidacy without the consent to keep the data', () => {
    const { 'consent.keepData': _, ...rest } = candidateFields;
    const result = profileFromFields(rest, options, 'fr');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['consent.keepData']);
  });

  it('refuses a manager’s candidacy by the establishment’s default rule, the guide’s example (3.3, l.537)', () => {
    const result = profileFromFields({ ...candidateFields, manager: ['yes'] }, options, 'fr');
    expect(!result.ok && result.errors).toEqual([
      {
        field: 'manager',
        message:
          'Cet établissement applique le critère d’exclusion que le guide HAS cite en exemple (3.3) : être à la fois gestionnaire de l’établissement ou du service et patient partenaire dans ce même établissement. Vous pouvez proposer votre candidature à un autre établissement.',
      },
    ]);
    const unanswered = profileFromFields({ ...candidateFields, manager: [] }, options, 'en');
    expect(!unanswered.ok && unanswered.errors[0]?.field).toBe('manager');
  });

  it('records a manager’s candidacy when the establishment does not apply that criterion', () => {
    const result = profileFromFields({ ...candidateFields, manager: ['yes'] }, { ...options, excludeManagers: false }, 'fr');
    expect(result.ok && result.value.managesEstablishment).toBe(true);
    const other = profileFromFields(candidateFields, { ...options, excludeManagers: false }, 'fr');
    expect(other.ok && other.value.managesEstablishment).toBe(false);
  });

  it('reports missing essentials, each tied to its field', () => {
    const result = profileFromFields(
      { departement: ['XX'], 'training.0.hours': ['abc'], 'training.0.year': ['21'] },
      options,
      'fr',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'given',
      'email',
      'experienceText',
      'departement',
      'training.0.kind',
      'training.0.issuer',
      'training.0.year',
      'training.0.hours',
      'manager',
      'consent.keepData',
    ]);
    expect(result.errors.find((e) => e.field === 'training.0.issuer')?.message).toContain('organisme');
  });

  it('checks e-mail and phone formats', () => {
    const result = profileFromFields({ ...candidateFields, email: ['nadia@'], phone: ['abc'] }, options, 'en');
    expect(!result.ok && result.errors.map((e) => [e.field, e.message])).toEqual([
      ['email', 'Invalid e-mail address (example: name@example.org).'],
      ['phone', 'Invalid phone number (example: +33 6 12 34 56 78).'],
    ]);
  });

  it('lets the shared schema catch a mission outside the chosen domains', () => {
    const result = profileFromFields({ ...candidateFields, missions: ['recherche.impulsion.1'] }, options, 'fr');
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['missions']);
  });
});

describe('form helpers', () => {
  it('reads FormData into lists of strings', () => {
    const data = new FormData();
    data.append('slots', 'weekday');
    data.append('slots', 'visio');
    data.append('title', 'x');
    expect(fieldsFromFormData(data)).toEqual({ slots: ['weekday', 'visio'], title: ['x'] });
  });

  it('tidies départements and splits lists', () => {
    expect(tidyDepartement(' 2b ')).toBe('2B');
    expect(tidyDepartement('6')).toBe('06');
    expect(splitList(' a, b ;\n a ,, c ')).toEqual(['a', 'b', 'c']);
  });
});
