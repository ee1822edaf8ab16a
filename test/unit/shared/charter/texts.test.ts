import { describe, expect, it } from 'vitest';
import { createCharterRecord } from '../../../../shared/charter/record';
import { charterParagraphs } from '../../../../shared/charter/text';
import { charterTexts, hasCharterTexts, loadCharterTexts } from '../../../../shared/charter/texts';
import { CHARTER_LAYOUT, charterText } from '../../../../shared/vocab/charter';

// Runs in its own module graph (vitest isolates test files): English starts unloaded here.
describe('the English charter text is a module of its own, loaded on demand', () => {
  it('is refused, never replaced by French, before it is loaded; French is always there', () => {
    expect(hasCharterTexts('fr')).toBe(true);
    expect(hasCharterTexts('en')).toBe(false);
    expect(() => charterParagraphs('P', 'en')).toThrow(/loadCharterTexts/);
    expect(charterParagraphs('P', 'fr')[0]?.text).toContain('« P »');
  });

  it('is the same text as the bilingual vocabulary once loaded, and async callers load it themselves', async () => {
    const record = await createCharterRecord({ projectTitle: 'P', locale: 'en' });
    expect(hasCharterTexts('en')).toBe(true);
    // Format 2: items keep the guide's « - », the corrected number calls the correction note.
    expect(record.charter.paragraphs.slice(0, 10)).toEqual(
      charterText('P', 'en').map((t, i) =>
        (CHARTER_LAYOUT[i]?.kind === 'item' ? `- ${t}` : t)
          .replace('226-13 of', '226-13* of')
          .replace('Criminal Code', 'Criminal Code⁴⁶'),
      ),
    );
    expect(charterTexts('en').blocks).toHaveLength(charterTexts('fr').blocks.length);
    await expect(loadCharterTexts('en')).resolves.toBeUndefined();
  });
});
