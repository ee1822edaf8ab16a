/**
 * The vocabularies that quote the HAS guide must match it entry for entry:
 * Tables 3–6 (modes and missions), Annex 2 and Table 8 (checklist), Annex 1
 * (charter, except the placeholder substitution and the 261-3 → 226-13 fix).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHARTER_BLOCKS,
  CHARTER_CORRECTED_PENAL_REFERENCE,
  CHARTER_FOOTNOTE,
  CHARTER_ORIGINAL_LAW_PARAGRAPH_FR,
  CHARTER_ORIGINAL_PENAL_REFERENCE,
  CHARTER_PLACEHOLDER,
  CHARTER_TITLE,
  charterBlocks,
  charterText,
} from '../../../../shared/vocab/charter';
import { CHECKLIST_ANSWERS, CHECKLIST_CRITERIA, CHECKLIST_DEFINITION, CHECKLIST_INTRO } from '../../../../shared/vocab/checklist';
import { DOMAINS, type Domain } from '../../../../shared/vocab/domains';

const guide = readFileSync(new URL('../../../fixtures/has-guide-2026.txt', import.meta.url), 'utf8');
const lines = guide.split(/\r?\n/);

const SUPERSCRIPT_DIGITS = /[\u00B9\u00B2\u00B3\u2070-\u2079]/;

/** Removes footnote markers (with the space before them) and HTML tags, collapses whitespace. */
function normalize(text: string): string {
  return text
    .replace(/\s*[\u00B9\u00B2\u00B3\u2070-\u2079]+/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function indexOfLine(predicate: (line: string) => boolean, from = 0): number {
  const index = lines.findIndex((line, i) => i >= from && predicate(line));
  if (index < 0) throw new Error('line not found in the guide');
  return index;
}

interface GuideRow {
  mode: string;
  missions: string;
}

/**
 * Rows of a table: from its "Tableau N." title to the next section heading
 * ("2.2. …"); a table row holds a tab; footnotes (lines opening with a
 * superscript number) are skipped; a row with an empty first cell continues
 * the previous one (page break). Also returns the tab lines found after the
 * table ended, which must be none.
 */
function tableRows(title: string): { rows: GuideRow[]; strayTabLines: string[] } {
  const start = indexOfLine((line) => line.startsWith(title));
  const end = indexOfLine((line) => /^\d+\.\d+\. /.test(line), start + 1);
  const rows: GuideRow[] = [];
  const strayTabLines: string[] = [];
  let header = true;
  let ended = false;
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === '' || SUPERSCRIPT_DIGITS.test(line.charAt(0))) continue;
    if (!line.includes('\t')) {
      if (rows.length > 0) ended = true;
      continue;
    }
    if (header) {
      header = false;
      expect(normalize(line)).toMatch(/^Modes? d'[Ii]ntervention Missions$/);
      continue;
    }
    if (ended) {
      strayTabLines.push(line);
      continue;
    }
    const [first = '', ...rest] = line.split('\t');
    const missions = normalize(rest.join(' '));
    const previous = rows.at(-1);
    if (normalize(first) === '' && previous) previous.missions = `${previous.missions} ${missions}`;
    else rows.push({ mode: normalize(first), missions });
  }
  return { rows, strayTabLines };
}

/** Splits a cell holding several missions: each one starts with a capitalised word. */
function splitMissions(cell: string): string[] {
  return cell.split(/ (?=\p{Lu}\p{Ll})/u);
}

const TABLES: Record<string, string> = {
  parcours_soins: 'Tableau 3.',
  offre_soins: 'Tableau 4.',
  formation_enseignement: 'Tableau 5.',
  recherche: 'Tableau 6.',
};

describe('domains match the guide body, Tables 3 to 6', () => {
  for (const domain of DOMAINS as readonly Domain[]) {
    const title = TABLES[domain.id] ?? '';

    describe(`${domain.id} (${title})`, () => {
      const { rows, strayTabLines } = tableRows(title);

      it('points at the right table title line', () => {
        expect(lines[domain.table.line - 1]).toMatch(new RegExp(`^${domain.table.name}\\. `));
        expect(`${domain.table.name}.`).toBe(title);
      });

      it('concatenates mode + missions, in order, to the table text', () => {
        const fromVocab = domain.modes.flatMap((mode) => [mode.label.fr, ...mode.missions.map((m) => m.label.fr)]).join(' ');
        const fromGuide = rows.map((row) => `${row.mode} ${row.missions}`).join(' ');
        expect(fromVocab).toBe(fromGuide);
      });

      it('has one mode per table row, with the same label and the same missions', () => {
        expect(domain.modes.map((m) => m.label.fr)).toEqual(rows.map((r) => r.mode));
        domain.modes.forEach((mode, i) => {
          expect(mode.missions.map((m) => m.label.fr)).toEqual(splitMissions(rows[i]?.missions ?? ''));
        });
      });

      it('leaves nothing of the table out', () => {
        expect(strayTabLines).toEqual([]);
        expect(rows.length).toBe(domain.modes.length);
      });

      it('records the line where each row starts', () => {
        for (const mode of domain.modes) {
          expect(normalize(lines[mode.line - 1]?.split('\t')[0] ?? '')).toBe(mode.label.fr);
        }
      });
    });
  }

  it('keeps the guide typography: straight apostrophes, no footnote marker, no markup', () => {
    const texts = (DOMAINS as readonly Domain[]).flatMap((d) => [
      d.label.fr,
      ...d.modes.flatMap((m) => [m.label.fr, ...m.missions.map((x) => x.label.fr)]),
    ]);
    for (const text of texts) {
      expect(text).not.toMatch(/[\u2019\u00B9\u00B2\u00B3\u2070-\u2079<>*]/);
      expect(text).toBe(text.trim());
    }
  });

  it('quotes the body wording, not the annex variants', () => {
    const offre = (DOMAINS as readonly Domain[]).find((d) => d.id === 'offre_soins');
    const labels = offre?.modes.flatMap((m) => [m.label.fr, ...m.missions.map((x) => x.label.fr)]) ?? [];
    expect(labels).toContain('Certification des établissements de santé');
    expect(labels.some((l) => l.includes("recueil de l'expérience (PREMs), à l'analyse"))).toBe(true);
  });

  it('copies the footnotes attached to rows verbatim', () => {
    const notes = (DOMAINS as readonly Domain[]).flatMap((d) => d.modes.flatMap((m) => (m.note ? [m.note.fr] : [])));
    expect(notes).toHaveLength(3);
    for (const note of notes) {
      const line = lines.find((l) => SUPERSCRIPT_DIGITS.test(l.charAt(0)) && normalize(l.replace(/\*/g, '')) === note);
      expect(line, note).toBeDefined();
    }
  });
});

describe('checklist matches Annex 2 and Table 8', () => {
  function criteriaAfter(start: number): { header: string[]; rows: string[] } {
    const headerIndex = indexOfLine((line) => line.startsWith('Critère\t'), start);
    const rows: string[] = [];
    for (const line of lines.slice(headerIndex + 1)) {
      if (!line.includes('\t')) break;
      rows.push(line.split('\t')[0] ?? '');
    }
    return { header: (lines[headerIndex] ?? '').split('\t'), rows };
  }

  const annex = indexOfLine((line) => line === 'Annexe 2. Check-list du partenariat');
  const table8 = indexOfLine((line) => line.startsWith('Tableau 8.'));

  it('has the 10 criteria of Annex 2, verbatim and in order', () => {
    expect(CHECKLIST_CRITERIA.map((c) => c.label.fr)).toEqual(criteriaAfter(annex).rows);
  });

  it('has the same 10 criteria as Table 8', () => {
    expect(CHECKLIST_CRITERIA.map((c) => c.label.fr)).toEqual(criteriaAfter(table8).rows);
  });

  it('numbers the criteria has.1 … has.10', () => {
    expect(CHECKLIST_CRITERIA.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, i) => `has.${i + 1}`));
  });

  it('quotes the definition and the introduction of Annex 2', () => {
    const paragraphs = lines.slice(annex + 1).filter((line) => line.trim() !== '');
    expect(paragraphs[0]).toBe(CHECKLIST_DEFINITION.fr);
    expect(CHECKLIST_DEFINITION.fr.endsWith('(Savoirs Patients)')).toBe(true);
    expect(paragraphs[1]).toBe(CHECKLIST_INTRO.fr);
  });

  it('offers the answers of the grid header', () => {
    expect(CHECKLIST_ANSWERS.map((a) => a.label.fr)).toEqual(criteriaAfter(annex).header.slice(1));
    expect(CHECKLIST_ANSWERS.map((a) => a.label.en)).toEqual(['Yes', 'No', 'In progress']);
  });
});

describe('charter matches Annex 1', () => {
  const start = indexOfLine((line) => line.startsWith('Annexe 1. ') && !line.includes('\t'));
  const end = indexOfLine((line) => line === 'Annexe 2. Check-list du partenariat', start);
  const annexLines = lines.slice(start + 1, end).filter((line) => line.trim() !== '');
  const footnoteLine = annexLines.at(-1) ?? '';
  const bodyLines = annexLines.slice(0, -1);

  it('has the title of Annex 1', () => {
    expect(lines[start]).toBe(`Annexe 1. ${CHARTER_TITLE.fr}`);
  });

  it('equals the annex, paragraph for paragraph, once the correction is undone', () => {
    const fromGuide = bodyLines.map((line) => normalize(line.replace(/^- /, '')));
    const fromVocab = CHARTER_BLOCKS.map((block) =>
      block.text.fr.replace(CHARTER_CORRECTED_PENAL_REFERENCE, CHARTER_ORIGINAL_PENAL_REFERENCE),
    );
    expect(fromVocab).toEqual(fromGuide);
  });

  it('keeps the 4 principles as list items', () => {
    expect(CHARTER_BLOCKS.map((b) => b.kind)).toEqual(
      bodyLines.map((line, i) => (line.startsWith('- ') ? 'item' : i === bodyLines.length - 1 ? 'closing' : 'paragraph')),
    );
    expect(CHARTER_BLOCKS.filter((b) => b.kind === 'item')).toHaveLength(4);
  });

  it('differs from the annex only by the penal-code reference', () => {
    const differing = CHARTER_BLOCKS.filter((block, i) => block.text.fr !== normalize((bodyLines[i] ?? '').replace(/^- /, '')));
    expect(differing).toHaveLength(1);
    expect(differing[0]?.text.fr).toContain("l'article 226-13 du Code pénal");
    expect(differing[0]?.text.fr).not.toContain('261-3');
    expect(differing[0]?.footnote).toBe(true);
    expect(guide).toContain("visées à l'article 261-3 du Code pénal");
  });

  it('exports the original wording of the corrected paragraph', () => {
    const original = bodyLines.find((line) => line.includes('261-3')) ?? '';
    expect(CHARTER_ORIGINAL_LAW_PARAGRAPH_FR).toBe(normalize(original));
  });

  it('quotes footnote 46, the text of article 226-13', () => {
    expect(footnoteLine.startsWith('\u2074\u2076 ')).toBe(true);
    expect(CHARTER_FOOTNOTE.fr).toBe(normalize(footnoteLine));
  });

  it('holds the placeholder once, and the « lu et approuvé » closing sentence last', () => {
    expect(CHARTER_BLOCKS.filter((b) => b.text.fr.includes(CHARTER_PLACEHOLDER))).toHaveLength(1);
    expect(CHARTER_BLOCKS.at(-1)?.text.fr).toContain('« lu et approuvé »');
  });
});

describe('charterText', () => {
  it('replaces the placeholder with the quoted project title', () => {
    const fr = charterText('Ateliers ETP diabète', 'fr');
    expect(fr).toHaveLength(CHARTER_BLOCKS.length);
    expect(fr[0]).toContain('du programme ou du projet « Ateliers ETP diabète ». Ils élaborent');
    expect(fr.join('\n')).not.toContain(CHARTER_PLACEHOLDER);
    const en = charterText('Diabetes TPE workshops', 'en');
    expect(en[0]).toContain('project "Diabetes TPE workshops". To this end');
    expect(en.join('\n')).not.toContain('[insert');
  });

  it('keeps the placeholder when the title is blank', () => {
    expect(charterText('   ', 'fr')[0]).toContain(CHARTER_PLACEHOLDER);
  });

  it('inserts the title literally, even with replacement patterns', () => {
    expect(charterText('Projet $& $1', 'fr')[0]).toContain('« Projet $& $1 »');
  });

  it('returns blocks with their kind for rendering lists', () => {
    const blocks = charterBlocks('X', 'en');
    expect(blocks.filter((b) => b.kind === 'item')).toHaveLength(4);
    expect(blocks.find((b) => b.footnote)?.text).toContain('article 226-13');
  });

  it('translates every block', () => {
    for (const block of CHARTER_BLOCKS) {
      expect(block.text.en.length).toBeGreaterThan(10);
      expect(block.text.en).not.toBe(block.text.fr);
    }
  });
});
