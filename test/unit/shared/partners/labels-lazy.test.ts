import { describe, expect, it } from 'vitest';
import { entryWords, loadEntryWords, territoryLabel } from '../../../../shared/partners/labels';
import { partnerNoun } from '../../../../shared/partners/nouns';

// Its own module graph (vitest isolates test files): the English words start unloaded.
describe('the sentence words’ English is fetched by English pages only', () => {
  it('gives the French words until they are loaded, then the English ones', async () => {
    const territory = { departement: { id: '13', fr: 'Bouches-du-Rhône', en: 'Bouches-du-Rhône' }, remote: true };
    expect(territoryLabel({ territory }, 'en')).toBe('Bouches-du-Rhône (13) · à distance possible');
    expect(partnerNoun(2, 'en')).toBe('2 patientes et patients partenaires');
    await loadEntryWords('en');
    expect(territoryLabel({ territory }, 'en')).toBe('Bouches-du-Rhône (13) · remote possible');
    expect(partnerNoun(2, 'en')).toBe('2 patient partners');
    expect(entryWords('fr').remote).toBe('à distance possible');
    await expect(loadEntryWords('fr')).resolves.toBeUndefined();
  });
});
