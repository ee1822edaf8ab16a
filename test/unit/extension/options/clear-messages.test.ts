import { describe, expect, it } from 'vitest';
import { alsoDeleted } from '../../../../extension/modules/options/clear-messages';

describe('what « delete everything » also removes', () => {
  it('agrees the whole phrase with the count', () => {
    expect(alsoDeleted({ projects: 1, contacts: 1, charters: 1 }, 'fr')).toBe(
      'Seront aussi supprimés : 1 projet (avec sa check-list), 1 contact, 1 dossier de charte (téléchargez-le d’abord s’il est signé).',
    );
    expect(alsoDeleted({ projects: 2, contacts: 3, charters: 0 }, 'fr')).toBe(
      'Seront aussi supprimés : 2 projets (avec leurs check-lists), 3 contacts.',
    );
    expect(alsoDeleted({ projects: 1, contacts: 0, charters: 0 }, 'en')).toBe('Also deleted: 1 project (with its checklist).');
    expect(alsoDeleted({ projects: 0, contacts: 0, charters: 0, registry: 2 }, 'en')).toBe(
      'Also deleted: the partner registry (2 records: export it first if needed).',
    );
    expect(alsoDeleted({ projects: 0, contacts: 0, charters: 0 }, 'fr')).toBe('');
    // The meetings and effect indicators of the projects are said too (they name people and hold measurements).
    expect(alsoDeleted({ projects: 1, contacts: 0, charters: 0, meetings: 3, effects: 1 }, 'fr')).toBe(
      'Seront aussi supprimés : 1 projet (avec sa check-list), 3 réunions, 1 indicateur d’effets (avec ses mesures).',
    );
    expect(alsoDeleted({ projects: 1, contacts: 0, charters: 0, meetings: 1, effects: 2 }, 'en')).toBe(
      'Also deleted: 1 project (with its checklist), 1 meeting, 2 effect indicators (with their measurements).',
    );
  });
});
