import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { personName, splitAuthorList } from '../../../../shared/library/authors';
import { extractMetadata } from '../../../../shared/library/metadata';

describe('personName', () => {
  it.each([
    ['Marie Dupont', { family: 'Dupont', given: 'Marie' }],
    ['Dupont, Marie', { family: 'Dupont', given: 'Marie' }],
    ['Jean de La Fontaine', { family: 'de La Fontaine', given: 'Jean' }],
    ['van Beethoven, Ludwig', { family: 'van Beethoven', given: 'Ludwig' }],
    ['DUPONT Marie-Claire', { family: 'DUPONT', given: 'Marie-Claire' }],
    ["Seán O'Brien", { family: "O'Brien", given: 'Seán' }],
    ['M.-C. Lefèvre', { family: 'Lefèvre', given: 'M.-C.' }],
  ])('%s is a person', (name, expected) => {
    expect(personName(name)).toEqual(expected);
  });

  it.each([
    'Direction de la qualité et des usagers',
    'Haute Autorité de santé',
    'Santé publique France',
    'ARS Occitanie',
    'CHU de Nantes',
    'Inserm',
    'France Assos Santé',
    'Université de Lyon, faculté de médecine',
    'Marie Dupont and Paul Martin',
    'Équipe 42',
    'Dupont, Marie, Martin, Paul',
  ])('%s is not taken apart as a person', (name) => {
    expect(personName(name)).toBeUndefined();
  });
});

describe('splitAuthorList: several people only where the page says so', () => {
  it.each([
    ['Direction de la qualité et des usagers', ['Direction de la qualité et des usagers']],
    ['Dupont, Marie', ['Dupont, Marie']],
    ['Dupont, Marie; Martin, Paul', ['Dupont, Marie', 'Martin, Paul']],
    ['Marie Dupont, Paul Martin et Linh Nguyen', ['Marie Dupont', 'Paul Martin', 'Linh Nguyen']],
    ['Marie Dupont and Paul Martin', ['Marie Dupont', 'Paul Martin']],
    ['Haute Autorité de santé et Marie Dupont', ['Haute Autorité de santé et Marie Dupont']],
    ['Comité des usagers & des familles', ['Comité des usagers & des familles']],
    ['  ', []],
  ])('%s', (value, expected) => {
    expect(splitAuthorList(value)).toEqual(expected);
  });

  it('never loses or changes a character other than the separators', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (value) => {
        const parts = splitAuthorList(value);
        const letters = (s: string) => s.replace(/[\s;,&]|\bet\b|\band\b/g, '');
        expect(letters(parts.join(''))).toBe(letters(value));
      }),
    );
  });
});

describe('page authors (metadata.ts)', () => {
  const read = (head: string) => {
    const window = new Window({ url: 'https://exemple.fr/page' });
    const doc = new window.DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html');
    return extractMetadata(doc as unknown as Document, 'https://exemple.fr/page').authors;
  };

  it('keeps an organisation named in one author tag whole', () => {
    expect(read('<meta name="author" content="Direction de la qualité et des usagers">')).toEqual([
      'Direction de la qualité et des usagers',
    ]);
    expect(read('<meta name="citation_authors" content="Direction de la qualité et des usagers">')).toEqual([
      'Direction de la qualité et des usagers',
    ]);
  });

  it('lists several people from several tags, a « ; » list, or a list of personal names', () => {
    expect(
      read('<meta name="citation_author" content="Dupont, Marie"><meta name="citation_author" content="Martin, Paul">'),
    ).toEqual(['Dupont, Marie', 'Martin, Paul']);
    expect(read('<meta name="citation_authors" content="Dupont, Marie; Martin, Paul">')).toEqual([
      'Dupont, Marie',
      'Martin, Paul',
    ]);
    expect(read('<meta name="author" content="Marie Dupont et Paul Martin">')).toEqual(['Marie Dupont', 'Paul Martin']);
    expect(
      read(
        '<script type="application/ld+json">{"@type":"Report","author":[{"@type":"Organization","name":"Direction de la qualité et des usagers"},{"@type":"Person","name":"Marie Dupont"}]}</script>',
      ),
    ).toEqual(['Direction de la qualité et des usagers', 'Marie Dupont']);
  });
});
