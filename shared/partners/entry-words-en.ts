/** English sentence words of the public partner widgets (labels.ts), fetched by English pages only. */
import type { EntryWords } from './labels';

export const EN: EntryWords = {
  umbrella: { m: 'Patient partner', f: 'Patient partner', x: 'Patient partner' },
  remote: 'remote possible',
  portraitOf: (name) => `Portrait of ${name}`,
  portraitOfRole: (role) => `Portrait of a ${role}`,
  mandatedBy: (association) => `Mandated by ${association ?? 'an association'}`,
  memberOf: (association) => `Member of ${association}`,
  notTaking: 'Does not wish a new mission for now',
  noMission: 'No mission under way',
  missionsUnderWay: { one: '# mission under way', other: '# missions under way' },
  atMost: (max) => ` (at most ${max}, as the person wishes)`,
  canTakeAnother: 'a new request remains possible',
  fullyEngaged: 'not to be asked for more for now',
  summary: {
    nobody: 'No patient partner listed yet',
    including: 'including',
    inDomain: {
      parcours_soins: 'in care pathways',
      offre_soins: 'in adapting the care offer',
      formation_enseignement: 'in training and teaching',
      recherche: 'in research',
    },
    inOther: (label) => `in ${label}`,
    partners: () => ({ one: '# patient partner', other: '# patient partners' }),
  },
};
