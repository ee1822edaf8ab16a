/**
 * English words of <pp-matching-form>, every part in one file: English pages
 * fetch it with the mode's code (messages.ts loads it); the French words of
 * each part are in its own module.
 */
import { plural } from '../../shared/i18n/format';
import type { CandidateWords } from './candidate-messages';
import type { SummaryMessages } from './error-summary';
import type { FormMessages } from './messages';
import type { NeedWords } from './need-messages';
import type { ResultsMessages } from './results-messages';

export type EnglishMessages = FormMessages & SummaryMessages & NeedWords & ResultsMessages & CandidateWords;

export const en: EnglishMessages = {
  required: 'required',
  optional: 'optional',
  requiredHint: 'Fields marked “required” must be filled in.',
  errorsTitle: (n) => plural(n, { one: 'The form has # error', other: 'The form has # errors' }, 'en'),
  errorsIntro: 'Please correct the following fields:',
  errorPrefix: 'Error:',
  yes: 'Yes',
  no: 'No',
  other: 'Others (comma-separated)',
  project: 'The project',
  projectTitle: 'Project title',
  domain: 'Domain of the project',
  missions: 'Missions entrusted to patient partners',
  missionsHint: 'Choose the domain first. With no mission ticked, the whole domain is sought.',
  experienceSought: 'Lived experience sought',
  experienceSoughtHint: 'A preference, never a condition: generalist interventions are possible.',
  caregiverSought: 'Experience as a family carer',
  territory: 'Location',
  departement: 'Département',
  departementHint: 'Code, for example 13, 2A or 971.',
  commune: 'Town',
  remoteAccepted: 'Remote participation possible',
  slots: 'Meeting times',
  duration: 'Length of commitment',
  offer: 'What the project offers',
  offerHint:
    'The terms of the work (volunteering, sessional pay, employment, service contract), never a rate: patient partners work within care teams, “not in an individual and commercial approach towards patients” (HAS guide 2.5).',
  count: 'Number of patient partners sought',
  countHint: 'The HAS recommends at least 2 patient partners per project (guide 3.1).',
  trainingsAsked: 'Training asked for',
  trainingsAskedHint:
    'No training is required (HAS guide 3.4), except 40 hours of therapeutic education training for a TPE programme (French Public Health Code): the TPE 40 h course, or a DU, DIU… that covers them. A training asked for here gives no points: it only breaks ties. If a training is useful, the HAS recommends training professionals and patient partners together (guide 3.5).',
  search: 'Search for patient partners',
  registryNone: 'No registry open. Open the establishment’s registry of patient partners (a JSON, CSV or XLSX file) to search.',
  registryReading: (file) => `Reading the registry “${file}”…`,
  registryOpen: (file, establishment, n) =>
    `Registry open: “${file}”${establishment ? ` — ${establishment}` : ''}, ${plural(n, { one: '# profile', other: '# profiles' }, 'en')}.`,
  registryLocal: 'The file is read by your browser, on this computer: nothing is sent or saved. Closing the page forgets it.',
  openRegistry: 'Open the registry…',
  openAnotherRegistry: 'Open another registry…',
  srcRefused:
    'This form does not read a registry from the web: the registry of patient partners holds health data and must never be published on a website.',
  srcRefusedWarning: (src) =>
    `src="${src}" is not read in need mode: a registry of patient partners holds health data (GDPR art. 9) and must never be published at a web address. Give it through the registry property (or partners and establishment) on a page for staff only, or remove src: the coordinator will then open the file from their computer (“Open the registry…”). For a public directory, publish a feed with “binome publish” and show it with <pp-partner-list>.`,
  engineFailed: 'The search could not be loaded. Please reload the page.',
  invalidRegistry: (message) => `The registry of patient partners cannot be read: ${message}`,
  registryShape: 'the registry property must be a registry { establishment, partners: [...] }',
  partnersShape: 'the partners property must be a list',
  unreadableFile: (file) => `The registry “${file}” was not opened: nothing was read from it.`,
  fileTooLarge: (file) => `The registry “${file}” was not opened: the file is larger than 50 MB.`,
  fileReadFailed: 'The file could not be read to the end: it may be damaged, or in another format than JSON, CSV or XLSX.',
  profileNumber: (n) => `Profile #${n}`,
  problem: (message, row, column) =>
    row === undefined ? message : `Row ${row}${column ? `, column ${column}` : ''}: ${message}`,
  moreProblems: (n) => plural(n, { one: 'and # more problem', other: 'and # more problems' }, 'en'),
  rejected: (n, first) =>
    `${plural(n, { one: '# invalid profile was ignored', other: '# invalid profiles were ignored' }, 'en')} (${first}).`,
  results: 'Patient partners proposed',
  summary: (ranked, excluded) =>
    `${plural(ranked, { one: '# patient partner proposed', other: '# patient partners proposed' }, 'en')}, ${excluded} excluded.`,
  notConsidered: (n) =>
    plural(
      n,
      {
        one: '# profile was not considered: no consent to matching.',
        other: '# profiles were not considered: no consent to matching.',
      },
      'en',
    ),
  principles:
    'Patient partners are proposed for their experiential knowledge, not as representatives of an association (HAS guide 3.3). Contact goes through the establishment, within care teams: no contact details and no rates are shown.',
  noResult: 'No patient partner meets every rule for this need.',
  score: (n) => `Binôme match score: ${n} out of 100`,
  anonymous: (id) => `Profile without a published name (ref. ${id})`,
  reference: (id) => `Ref. ${id}`,
  met: 'Criterion met',
  partial: 'Criterion partly met',
  unmet: 'Criterion not met',
  unknown: 'Not stated',
  notShared: 'Not shared by the person',
  select: (who) => `Select ${who}`,
  showMore: (n) => plural(n, { one: 'Show # more profile', other: 'Show # more profiles' }, 'en'),
  excluded: (n) =>
    plural(
      n,
      {
        one: '# profile excluded, with the reason and the source of the rule',
        other: '# profiles excluded, with the reason and the source of each rule',
      },
      'en',
    ),
  selection: 'Your selection',
  selectedCount: (n) => plural(n, { one: '# patient partner selected.', other: '# patient partners selected.' }, 'en'),
  propose: 'Propose the selection',
  proposed: (n) =>
    `${plural(n, { one: 'Selection sent (# person)', other: 'Selection sent (# people)' }, 'en')}: the establishment will contact them.`,
  you: 'You',
  given: 'First name',
  family: 'Last name',
  display: 'Preferred name or pseudonym',
  displayHint: 'The name you wish to appear under, if you wish.',
  nameHint: 'Give at least your first name or a preferred name.',
  gender: 'How do you wish to be called? (French forms)',
  genders: { f: 'Patiente partenaire', m: 'Patient partenaire', x: 'Patiente ou patient partenaire' },
  email: 'E-mail address',
  phone: 'Phone',
  contactHint: 'At least one of the two, so that the establishment can reply.',
  experience: 'Your lived experience',
  experienceText: 'Your experience of illness, disability or care, in a few words',
  experienceHint:
    'This is what counts: a patient partner is chosen for their experience (HAS guide 3.3). Describe it, or choose at least one theme below.',
  themes: 'Themes of your experience',
  caregiver: 'I am or have been a family carer',
  abilities: 'Your abilities and aptitudes',
  abilitiesText: 'What you can do or like doing',
  abilitiesHint: 'For example: listening, public speaking, leading groups, writing, English… Separate with commas.',
  availability: 'Your availability',
  commitment: 'Kind of commitment wished',
  activeMissions: 'Partnership missions under way',
  maxMissions: 'Most missions at the same time',
  maxMissionsHint: 'So as not to be over-solicited. Leave empty if unsure.',
  wishes: 'What you would like to do',
  domains: 'Domains of interest',
  missionsWished: (domain) => `Missions of interest — ${domain}`,
  statuses: 'Preferred statuses',
  trainings: 'Your trainings',
  trainingsHint:
    'No training is required to become a patient partner (HAS guide 3.4), except 40 hours of therapeutic education training to work in a TPE programme (French Public Health Code): the TPE 40 h course, or a DU, DIU… that covers them. Then give the number of hours.',
  training: (n) => `Training ${n}`,
  trainingKind: 'Kind',
  trainingKindNone: '— choose —',
  trainingLabel: 'Title',
  trainingIssuer: 'Issuing body',
  trainingIssuerHint: 'University, association, UTEP…',
  trainingYear: 'Year',
  trainingHours: 'Length (hours)',
  addTraining: 'Add a training',
  removeTraining: (n) => `Remove training ${n}`,
  association: 'Association',
  associationName: 'Association you are a member of',
  associationHint:
    'A patient partner acts for their experiential knowledge, not as a representative of their association (HAS guide 3.3).',
  associationMandated: 'My association mandates me for this kind of action',
  representative: "I hold a users' representative (RU) mandate",
  representativeHint: 'That is a distinct role: here you apply as a patient partner, for your lived experience (HAS guide 2.6).',
  yourTerritory: 'Where you live',
  remote: 'I accept to take part remotely',
  manager: 'Are you a manager of the establishment or service you are applying to (senior or middle management)?',
  managerNotice:
    'This establishment applies the exclusion criterion the HAS guide cites as an example (3.3): being both a manager of the establishment or service and a patient partner in that same establishment.',
  managerAllowed:
    'This establishment does not apply that exclusion criterion, which the HAS guide cites as an example (3.3): your application will be considered like the others.',
  consents: 'Your consents',
  consentsHint:
    'Each consent is separate and optional, except the first, without which your application cannot be recorded. You may withdraw each one at any time.',
  consent: {
    keepData: 'I agree that the establishment keeps my data to consider my application and manage my profile',
    matching:
      'I agree to be proposed for the establishment’s projects: project owners will see how my wishes and availability fit',
    projectExperience: 'Share my lived experience with the establishment’s project teams, without publishing it',
    projectExperienceHint:
      'Project owners will then see how your experience fits their need. Without this consent, it is neither shown nor used to propose you.',
    listing: 'I agree to appear in the site’s directory of patient partners',
    name: 'with my name',
    photo: 'with my photo (the team will ask you for it)',
    experience: 'with the themes of my lived experience',
    contact: 'with my contact details, to be contacted directly',
  },
  submitSend: 'Send my application',
  submitCheck: 'Check my application',
  sending: 'Sending…',
  sent: 'Thank you, your application has been sent. The partnership team will reply.',
  ready: 'Your application is complete.',
  sendFailed: (why) => `Sending failed (${why}). Your answers are kept: you can try again.`,
  insecureAction:
    'This form will not send your application: its sending address is not encrypted (https), and an application holds health data, which must travel encrypted. Nothing is sent and your answers stay on this page; please tell the establishment.',
  insecureWarning: (action) =>
    `action="${action}" refused: an application holds health data (GDPR art. 9), which must travel encrypted. Expected an https: address, or one on the page’s own origin.`,
  why: { network: 'server unreachable', timeout: 'timed out', status: (s) => `error ${s}`, action: 'invalid sending address' },
};
