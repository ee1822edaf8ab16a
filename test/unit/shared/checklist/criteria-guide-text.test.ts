/**
 * What the checklist shows must be the guide's text: the 10 criteria of Annex 2 (the same
 * as Table 8), in order, the definition heading Annex 2 with its attribution, and the
 * three answers of the grid. Read from the guide itself (test/fixtures), not from a copy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criteriaOf, criterionText, HAS_CRITERIA } from '../../../../shared/checklist/criteria';
import { createEvaluation } from '../../../../shared/checklist/evaluation';
import { withExtraCriterion } from '../../../../shared/checklist/extra-criteria';
import { answerLabel, CHECKLIST_ANSWER_IDS, CHECKLIST_DEFINITION, CHECKLIST_INTRO } from '../../../../shared/vocab/checklist';

const lines = readFileSync(new URL('../../../fixtures/has-guide-2026.txt', import.meta.url), 'utf8').split(/\r?\n/);

/** The criteria rows of the table that follows `heading` (rows are « text<TAB><TAB><TAB> »). */
function tableAfter(heading: string): { header: string[]; rows: string[] } {
  const start = lines.findIndex((l) => l.trim() === heading);
  expect(start, heading).toBeGreaterThan(0);
  const headerIndex = lines.findIndex((l, i) => i > start && l.startsWith('Critère\t'));
  const header = lines[headerIndex]!.split('\t').map((c) => c.trim());
  const rows: string[] = [];
  for (let i = headerIndex + 1; lines[i]?.includes('\t'); i++) rows.push(lines[i]!.split('\t')[0]!.trim());
  return { header, rows };
}

describe('checklist text = HAS guide (Annex 2 and Table 8)', () => {
  const annex = tableAfter('Tableau : Check-list rapide du partenariat');
  const table8 = tableAfter("Tableau 8. Check-list des questions à se poser pour vérifier que l'on travaille en partenariat");

  it('shows the 10 criteria of Annex 2, verbatim and in order, on every new sheet', () => {
    expect(annex.rows).toHaveLength(10);
    const shown = criteriaOf(createEvaluation()).map((c) => criterionText(c, 'fr'));
    expect(shown).toEqual(annex.rows);
    expect(HAS_CRITERIA.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('uses the same criteria as Table 8 (section 4.5)', () => {
    expect(table8.rows).toEqual(annex.rows);
  });

  it('answers with the grid’s three columns: Oui / Non / En cours', () => {
    expect(annex.header).toEqual(['Critère', 'Oui', 'Non', 'En cours']);
    expect(CHECKLIST_ANSWER_IDS.map((id) => answerLabel(id, 'fr'))).toEqual(annex.header.slice(1));
  });

  it('quotes the definition heading Annex 2 with its attribution, and the sentence that follows', () => {
    const annexStart = lines.findIndex((l) => l.trim() === 'Annexe 2. Check-list du partenariat');
    const paragraphs = lines.slice(annexStart + 1, annexStart + 6).filter((l) => l.trim());
    expect(paragraphs[0]).toBe(CHECKLIST_DEFINITION.fr);
    expect(CHECKLIST_DEFINITION.fr.endsWith('(Savoirs Patients)')).toBe(true);
    expect(paragraphs[1]).toBe(CHECKLIST_INTRO.fr);
  });

  it('gives every HAS criterion an English translation, and keeps extra criteria after the HAS ones', () => {
    for (const c of HAS_CRITERIA) expect(criterionText(c, 'en')).toMatch(/\?$/);
    const withExtra = withExtraCriterion(createEvaluation(), '  Les patients partenaires sont-ils rémunérés ?  ');
    const criteria = criteriaOf(withExtra);
    expect(criteria).toHaveLength(11);
    expect(criteria.slice(0, 10).map((c) => c.origin)).toEqual(Array(10).fill('has'));
    expect(criteria[10]).toMatchObject({ origin: 'extra', number: 11, label: 'Les patients partenaires sont-ils rémunérés ?' });
  });
});
