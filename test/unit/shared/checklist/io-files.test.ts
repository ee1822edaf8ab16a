/**
 * Exports and imports: CSV as French Excel reads it, JSON that round-trips, and imports
 * validated whole by the shared schema with a readable message when refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, evaluationsToCsv, toCsv } from '../../../../shared/checklist/csv';
import { createEvaluation, withAnswer, withComment } from '../../../../shared/checklist/evaluation';
import { exportFileName, exportJson } from '../../../../shared/checklist/export';
import { withExtraCriterion } from '../../../../shared/checklist/extra-criteria';
import { parseDraft, parseEvaluations, parseImport, parseStored } from '../../../../shared/checklist/io';
import { toStored } from '../../../../shared/checklist/records';
import { CHECKLIST_CRITERION_IDS } from '../../../../shared/vocab/checklist';

/** A CSV reader with Excel's rules for « ; » files: quoted fields, "" for a quote, CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ';') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

const jan = withComment(
  withAnswer(
    { ...createEvaluation({ projectTitle: 'Projet « Accueil » des urgences', date: '2026-01-15', id: 'eval-jan' }) },
    'has.1',
    'non',
  ),
  'has.1',
  'Pas encore de diagnostic ; à co-écrire avec "l’équipe"',
);
const jun = {
  ...withAnswer(
    withExtraCriterion(
      createEvaluation({ projectTitle: 'Projet « Accueil » des urgences', date: '2026-06-02', id: 'eval-jun' }),
      'Charte signée ?',
      'etab-charte',
    ),
    'has.1',
    'oui',
  ),
  filledBy: [
    { name: 'Awa Diallo', role: 'Patiente partenaire' },
    { name: 'Dr Paul Martin', role: 'Médecin urgentiste' },
  ],
};

describe('CSV for French Excel', () => {
  const csv = evaluationsToCsv([jun, jan], 'fr');

  it('starts with a UTF-8 BOM, separates with « ; », ends rows with CRLF and quotes every field', () => {
    expect(csv.startsWith('\uFEFF"Projet";"Date";"Rempli par";"N°";"Critère";"Origine";"Réponse";"Commentaire"\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const encoded = new TextEncoder().encode(csv);
    expect([...encoded.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has one row per criterion and evaluation, oldest first, with accents, quotes and separators intact', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 10 + 11);
    expect(rows[1]).toEqual([
      'Projet « Accueil » des urgences',
      '2026-01-15',
      '',
      '1',
      'Y a-t-il un diagnostic partagé ?',
      'HAS (annexe 2)',
      'Non',
      'Pas encore de diagnostic ; à co-écrire avec "l’équipe"',
    ]);
    expect(rows[11]?.slice(1, 3)).toEqual([
      '2026-06-02',
      'Awa Diallo (Patiente partenaire), Dr Paul Martin (Médecin urgentiste)',
    ]);
    expect(rows[21]?.slice(3, 7)).toEqual(['11', 'Charte signée ?', 'Établissement', '']);
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  it('writes English headers and answers in English', () => {
    const rows = readCsv(evaluationsToCsv([jun], 'en').slice(1));
    expect(rows[0]).toEqual(['Project', 'Date', 'Filled in by', 'No.', 'Criterion', 'Origin', 'Answer', 'Comment']);
    expect(rows[1]?.slice(4, 7)).toEqual(['Is there a shared diagnosis?', 'HAS (appendix 2)', 'Yes']);
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const payload of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1']) {
      expect(csvField(payload).startsWith(`"'`)).toBe(true);
    }
    expect(csvField('Oui, voir « =B2 »')).toBe('"Oui, voir « =B2 »"');
  });

  it('reads back any text exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (table) => {
          const safe = table.map((row) => row.map((cell) => cell.replace(/^[=+\-@\t\r]/, 'x')));
          expect(readCsv(toCsv(safe).slice(1))).toEqual(safe);
        },
      ),
    );
  });
});

describe('JSON export and import', () => {
  it('round-trips every evaluation through the file', () => {
    const text = exportJson({ current: jun, history: [jan] }, new Date('2026-06-02T10:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'binome-checklist',
      exportedAt: '2026-06-02T10:00:00.000Z',
      projectTitle: jun.projectTitle,
    });
    const back = parseImport(text, 'fr');
    expect(back).toEqual({ ok: true, data: [jan, jun] });
  });

  it('reads a single evaluation, with a byte-order mark if an editor added one', () => {
    expect(parseImport(`\uFEFF${JSON.stringify(jun)}`, 'fr')).toEqual({ ok: true, data: [jun] });
  });

  it('names the file after the project and the date', () => {
    expect(exportFileName({ current: { ...jun, projectTitle: 'Accueil / urgences : 2026' }, history: [] }, 'csv', 'fr')).toBe(
      'check-list-Accueil-urgences-2026-2026-06-02.csv',
    );
  });

  it.each([
    ['not JSON', '{ "evaluations": [', /JSON valide/],
    ['another kind of file', '{"name": "Awa"}', /n’est pas une check-list/],
    ['an empty history', '{"evaluations": []}', /aucune évaluation/],
    [
      'a wrong answer',
      JSON.stringify({ ...jun, answers: { ...jun.answers, 'has.1': { answer: 'peut-être' } } }),
      /answers\["has\.1"\]\.answer/,
    ],
    [
      'an unknown criterion',
      JSON.stringify({ ...jun, answers: { ...jun.answers, 'has.99': { answer: 'oui' } } }),
      /critère inconnu/,
    ],
    [
      'an extra criterion posing as a HAS one',
      JSON.stringify({ ...jun, extraCriteria: [{ id: 'has.11', label: 'x' }] }),
      /réservé aux critères HAS/,
    ],
    ['an impossible date', JSON.stringify({ ...jun, date: '2026-02-30' }), /AAAA-MM-JJ/],
    ['two evaluations with one id', JSON.stringify({ evaluations: [jan, { ...jun, id: jan.id }] }), /identifiant en double/],
  ])('refuses %s with a readable French message', (_, text, message) => {
    const result = parseImport(text, 'fr');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('explains refusals in English too', () => {
    const result = parseImport('[1, 2', 'en');
    expect(result).toMatchObject({ ok: false, message: 'The file is not valid JSON' });
  });
});

describe('what storage gives back', () => {
  it('reads back what the widget stored, including a draft without a title yet', () => {
    const draft = withAnswer(createEvaluation({ date: '2026-06-03' }), 'has.4', 'oui');
    expect(parseStored(toStored({ current: draft, history: [jan] }), 'fr')).toEqual({
      ok: true,
      data: { current: draft, history: [jan] },
    });
    expect(parseDraft(draft, 'fr')).toEqual({ ok: true, data: draft });
  });

  it('refuses anything else with a message', () => {
    expect(parseStored('{broken', 'fr')).toMatchObject({ ok: false });
    expect(parseStored({ schemaVersion: 1, current: { ...jun, date: 'hier' }, history: [] }, 'en')).toMatchObject({ ok: false });
    expect(
      parseEvaluations([jun, { ...jan, answers: { 'has.1': { answer: 'oui', comment: 'x'.repeat(2001) } } }], 'fr'),
    ).toMatchObject({
      ok: false,
    });
  });

  it('keeps every HAS criterion id in a valid draft', () => {
    const result = parseDraft(createEvaluation(), 'fr');
    expect(result.ok && Object.keys(result.data.answers)).toEqual([...CHECKLIST_CRITERION_IDS]);
  });
});
