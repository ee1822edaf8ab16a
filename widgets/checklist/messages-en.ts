import type { ChecklistMessages } from './messages';

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
  missing: (count: number) => `Answer the ${count > 1 ? `${count} remaining criteria` : 'remaining criterion'}.`,
  refused: (why: string) => `Data refused: ${why}. The checklist shown has not changed.`,
};
