import { describe, expect, it } from 'vitest';
import { classify, classifyPage } from '../../../shared/library/classify';
import { fixtureMetadata } from './fixtures';

const at = (file: string) => fixtureMetadata(file, `http://127.0.0.1:4000/pages/${file}`);

describe('classify: transparent keyword suggestions', () => {
  it('suggests "guide" and the care-offer and care-pathway domains for the HAS-like guide', () => {
    const result = classifyPage(at('has-guide.html'));
    expect(result.resourceType).toBe('guide');
    expect(result.domains.map((d) => d.id)).toEqual(['offre_soins', 'parcours_soins']);
    // Transparent: every suggestion says which cue was found, where, how often.
    const offre = result.domains[0];
    expect(offre?.evidence).toContainEqual({ cue: 'CREX', field: 'text', count: 1 });
    expect(result.types[0]?.evidence.some((e) => e.cue === 'guide' && e.field === 'title')).toBe(true);
  });

  it('suggests "article scientifique" from the DOI / PMID, and training + research domains', () => {
    const result = classifyPage(at('scholarly-article.html'));
    expect(result.resourceType).toBe('article_scientifique');
    expect(result.types[0]?.evidence[0]).toEqual({ cue: 'ScholarlyArticle', field: 'metadata', count: 1 });
    expect(result.domains.map((d) => d.id)).toEqual(['formation_enseignement', 'recherche']);
    expect(result.tags).toEqual(['patient partenaire', 'formation médicale', 'étude qualitative']);
  });

  it('suggests "événement" for the event page', () => {
    expect(classifyPage(at('event.html')).resourceType).toBe('evenement');
  });

  it('says "autre" and suggests nothing when nothing matches', () => {
    const result = classifyPage(at('no-metadata.html'));
    expect(result.resourceType).toBe('autre');
    expect(result.domains).toEqual([]);
    expect(result.tags).toEqual([]);
  });

  it('matches acronyms only in capitals: « du » is not a DU', () => {
    const plain = classify({ title: 'Le rôle du patient', text: 'Le partage du vécu du patient.' });
    expect(plain.types.find((t) => t.id === 'formation')).toBeUndefined();
    const du = classify({ title: 'DU partenariat patient-soignant', text: '' });
    expect(du.types.find((t) => t.id === 'formation')?.evidence).toContainEqual({ cue: 'DU', field: 'title', count: 1 });
  });

  it('ignores accents, case and plurals, and caps repeated words', () => {
    const a = classify({ title: 'COLLOQUES', text: '' });
    expect(a.resourceType).toBe('evenement');
    const spam = classify({ title: 'Page', text: 'recherche '.repeat(200) });
    // The domain label « Recherche » and the cue « recherche » count once; 200 occurrences count as 3.
    expect(spam.domains[0]).toMatchObject({ id: 'recherche', score: 3 });
  });

  it('suggests health themes as tags, in the chosen language', () => {
    const fr = classify({ title: 'Vivre avec le diabète', text: 'insuline et diabète' }, 'fr');
    expect(fr.tags).toContain('Diabète');
    const en = classify({ title: 'Vivre avec le diabète', text: 'insuline et diabète' }, 'en');
    expect(en.tags).toContain('Diabetes');
  });
});
