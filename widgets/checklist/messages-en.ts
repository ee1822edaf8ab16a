import { plural } from '../../shared/i18n/format';
import type { ChecklistMessages } from './messages';
import type { ViewMessages } from './views-messages';

/** English messages, fetched only by elements shown in English. */
export const en: ChecklistMessages = {
  source: 'Source:',
  details: 'The project and the people filling in the checklist',
  projectTitle: 'Title of the action, project or programme',
  date: 'Date of the evaluation',
  filledBy: 'Filled in by',
  filledByHint: 'For instance a patient partner and a professional, filling in the checklist together.',
  addPerson: 'Add a person',
  criteria: 'Criteria',
  extraTag: 'establishment’s criterion',
  comment: (i: number) => `Comment on criterion ${i} (optional)`,
  unanswered: 'Not answered',
  needPerson: (i: number) => `Enter the name and role of person ${i}.`,
  needTitle: 'Enter the project title.',
  missing: (count: number) =>
    plural(count, { one: 'Answer the remaining criterion.', other: 'Answer the # remaining criteria.' }, 'en'),
  refused: (why: string) => `Data refused: ${why}. The checklist shown has not changed.`,
  history: {
    history: 'Progress over time',
    timeline: 'Timeline of the answers per criterion (last 8 evaluations); the table below gives the details.',
    showTable: 'Table of changes',
    tableCaption: 'Answer to each criterion, by evaluation date',
    evolution: 'Change',
    trend: { up: 'progress', down: 'setback', same: 'stable', none: 'no answer' },
    notAsked: 'not asked',
    current: '(current)',
  },
};

/** The views' English words (views-messages.ts has the French ones). */
export const viewsEn: ViewMessages = {
  criterion: 'Criterion',
  signatures: 'Signatures',
  signature: 'Signature',
  person: (i: number) => `Person ${i}`,
  name: 'Name',
  role: 'Role',
  removePerson: (i: number) => `Remove person ${i}`,
  roles: ['Patient partner', 'Health professional', 'Partnership coordinator', 'Patients’ representative', 'Family carer'],
  removeCriterion: (i: number) => `Remove criterion ${i}`,
  addCriterion: 'New criterion of the establishment',
  addCriterionButton: 'Add the criterion',
  extraHint: 'The 10 HAS criteria cannot be changed or removed; yours come after them.',
  answer: 'Answer',
  commentShort: 'Comment',
  summary: 'Summary',
  progress: (done: number, total: number) =>
    `${plural(done, { one: '# criterion', other: '# criteria' }, 'en')} answered out of ${total}`,
  open: 'Criteria still open',
  noOpen: 'Every criterion is answered “Yes”.',
  noScore: 'The HAS gives no score or threshold: this summary counts the answers.',
  actions: 'Checklist actions',
  newEvaluation: 'New dated evaluation',
  exportJson: 'Export (JSON)',
  exportCsv: 'Export for Excel (CSV)',
  importJson: 'Import a JSON file',
  print: 'Print',
  actionFailed: 'This action could not be loaded (connection lost?). Nothing has changed: please try again.',
};
