import { describe, expect, it } from 'vitest';
import { nameRevealer, revealsHealth } from '../../../../shared/publish/health';

describe('revealsHealth: wording that names a condition', () => {
  it('recognises the shared health vocabulary, including derived words', () => {
    for (const text of [
      'Diabète Entraide Sud',
      'Ateliers « Vivre avec son diabète »',
      'DU Mission patient partenaire en cancérologie',
      'Ligue contre les cancers',
      'Groupe de parole des personnes asthmatiques',
      'Permanence en oncologie',
      'Association des insuffisants rénaux',
      'HIV support group',
    ]) {
      expect(revealsHealth(text), text).toBe(true);
    }
  });

  it('recognises the person’s own free-text themes', () => {
    expect(revealsHealth('Entraide des sclérodermiques', ['Sclérodermie systémique'])).toBe(true);
    expect(revealsHealth('Entraide des sclérodermiques')).toBe(false);
  });

  it('lets neutral wording through', () => {
    for (const text of [
      'Comité des usagers',
      'UTEP du CH de Valmont',
      'DU Démocratie en santé',
      'Refonte du livret d’accueil',
      'Université Rhône-Vallée',
    ]) {
      expect(revealsHealth(text, ['Diabète de type 1 depuis 18 ans']), text).toBe(false);
    }
  });
});

describe('nameRevealer: wording that names the person', () => {
  const names = nameRevealer(['Zéphyrine', 'Quassolt', 'Zéphyrine Q.']);
  it('finds the name whatever the accents and case, word by word', () => {
    expect(names('Histoire de ZEPHYRINE')).toBe(true);
    expect(names('Projet Quassolt 2026')).toBe(true);
    expect(names('Projet qualité')).toBe(false);
    expect(names(undefined)).toBe(false);
    expect(nameRevealer([undefined])('anything')).toBe(false);
  });
});
