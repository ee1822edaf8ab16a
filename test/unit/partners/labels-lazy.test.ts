import { describe, expect, it } from 'vitest';
import { loadPartnerLabels, missionLabel } from '../../../shared/partners/labels';

// Its own module graph (vitest isolates test files): the English mission names start unloaded.
describe('the missions’ English names are fetched by English pages only', () => {
  it('gives the French name until they are loaded, then the English one', async () => {
    expect(missionLabel('recherche.gouvernance.1', 'fr')).toBe('Participer aux comités de pilotage');
    expect(missionLabel('recherche.gouvernance.1', 'en')).toBe('Participer aux comités de pilotage');
    await loadPartnerLabels('en');
    expect(missionLabel('recherche.gouvernance.1', 'en')).toBe('Take part in steering committees');
    expect(missionLabel('recherche.gouvernance.1', 'fr')).toBe('Participer aux comités de pilotage');
    expect(missionLabel('not.a.mission', 'en')).toBe('not.a.mission');
    await expect(loadPartnerLabels('fr')).resolves.toBeUndefined();
  });
});
