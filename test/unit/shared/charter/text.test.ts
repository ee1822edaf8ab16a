import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charterContentV1, matchesModel } from '../../../../shared/charter/model-check';
import {
  CORRECTION_MARK,
  charterContent,
  charterParagraphs,
  FOOTNOTE_MARK,
  paragraphKinds,
} from '../../../../shared/charter/text';
import { hasCharterTexts, loadCharterTexts } from '../../../../shared/charter/texts';

// The HAS guide itself is the reference: Annex 1 is lines 981–998 of the fixture.
const guide = readFileSync(new URL('../../../fixtures/has-guide-2026.txt', import.meta.url), 'utf8').split(/\r?\n/);
const start = guide.findIndex((l) => l.startsWith('Annexe 1. Modèle de charte'));
const end = guide.findIndex((l, i) => i > start && l.startsWith('Annexe 2.'));
// The guide prints the four principles as « - » items (l.987–990): format 2 keeps the dash, format 1 did not.
const annex = guide.slice(start + 1, end).filter((l) => l.trim() !== '');
const annexV1 = annex.map((l) => l.replace(/^- /, ''));
const title = 'Parcours diabète : co-construire l’éducation thérapeutique';
const placeholder = "[insérer l'intitulé de l'action, du programme ou du projet]";

describe('the signed text is Annex 1 of the HAS guide', () => {
  it('equals the guide word for word but for the project title and the marked 226-13 correction, then the note', () => {
    const ours = charterParagraphs(title, 'fr').map((p) => p.text);
    const note = ours.pop() as string;
    const back = ours.map((text) =>
      text.replace(`« ${title} »`, placeholder).replace(`226-13${CORRECTION_MARK} du Code pénal`, '261-3 du Code pénal'),
    );
    expect(back).toEqual(annex);
    // only those two places differ
    expect(ours.filter((text, i) => text !== annex[i])).toHaveLength(2);
    // the note is called where the correction is made, and nowhere else
    expect(ours.join('\n').split(CORRECTION_MARK)).toHaveLength(2);
    expect(note).toMatch(/^\* La charte type de la HAS \(annexe 1\) cite « l'article 261-3 du Code pénal »/);
    expect(note).toContain('226-13');
  });

  it('rebuilds the text of format-1 records (no dash, no call, no note) exactly', () => {
    const ours = charterParagraphs(title, 'fr', 1).map((p) => p.text);
    const back = ours.map((text) =>
      text.replace(`« ${title} »`, placeholder).replace('226-13 du Code pénal', '261-3 du Code pénal'),
    );
    expect(back).toEqual(annexV1);
    expect(ours.join('\n')).not.toContain(CORRECTION_MARK);
    expect(charterContentV1(title, 'fr')).not.toHaveProperty('origin');
  });

  it('shows the corrected reference 226-13 and never 261-3 in the text, with both calls and the quoted article', () => {
    const paragraphs = charterParagraphs('Projet', 'fr');
    const law = paragraphs.find((p) => p.text.includes('Code pénal'));
    expect(law?.text).toContain(`l'article 226-13${CORRECTION_MARK} du Code pénal${FOOTNOTE_MARK},`);
    expect(paragraphs.filter((p) => p.kind !== 'note').some((p) => p.text.includes('261-3'))).toBe(false);
    expect(paragraphs.at(-2)).toEqual({ kind: 'footnote', text: expect.stringMatching(/^⁴⁶ « La révélation d'une information/) });
    expect(paragraphs.at(-1)?.kind).toBe('note');
  });

  it('keeps the placeholder when no title is given, and a title with "$&" as typed', () => {
    expect(charterParagraphs('  ', 'fr')[0]?.text).toContain("[insérer l'intitulé de l'action, du programme ou du projet]");
    expect(charterParagraphs('Projet $& test', 'fr')[0]?.text).toContain('« Projet $& test »');
  });

  it('has an English translation with the same structure, loaded on demand', async () => {
    await loadCharterTexts('en');
    expect(hasCharterTexts('en')).toBe(true);
    const fr = charterParagraphs('P', 'fr');
    const en = charterParagraphs('P', 'en');
    expect(en.map((p) => p.kind)).toEqual(fr.map((p) => p.kind));
    expect(en[0]?.text).toContain('"P"');
    expect(en.find((p) => p.text.includes('226-13'))?.text).toContain(
      `226-13${CORRECTION_MARK} of the French Criminal Code${FOOTNOTE_MARK}`,
    );
    expect(en.at(-1)?.text).toMatch(/^\* The HAS model charter \(appendix 1\) cites "article 261-3 du Code pénal"/);
  });

  it('keeps the establishment clauses apart from the HAS text', () => {
    const content = charterContent(' Projet ', 'fr', ['  Les réunions ont lieu en semaine.  ', ' ']);
    expect(content.projectTitle).toBe('Projet');
    expect(content.extraClauses).toEqual(['Les réunions ont lieu en semaine.']);
    expect(content.paragraphs.join('\n')).not.toContain('réunions');
    expect(content.source).toContain('annexe 1');
  });

  it('recognises paragraph kinds and whether a text is still the model', () => {
    const content = charterContent('Projet', 'fr');
    expect(content.origin).toBe('model');
    expect(paragraphKinds(content.paragraphs, 'Projet', 'fr').filter((k) => k === 'item')).toHaveLength(4);
    expect(paragraphKinds(['- autre principe', '⁴⁶ note', '* note', 'texte'], 'Projet', 'fr')).toEqual([
      'item',
      'footnote',
      'note',
      'paragraph',
    ]);
    expect(matchesModel(content)).toBe(true);
    expect(matchesModel(content, 1)).toBe(false);
    expect(matchesModel(charterContentV1('Projet', 'fr'), 1)).toBe(true);
    expect(matchesModel({ ...content, paragraphs: content.paragraphs.map((p, i) => (i === 1 ? `${p} ` : p)) })).toBe(false);
    expect(matchesModel({ ...content, projectTitle: 'Autre' })).toBe(false);
  });
});
