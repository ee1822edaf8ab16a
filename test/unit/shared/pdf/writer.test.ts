import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, toWinAnsi } from '../../../../shared/pdf/fonts';
import { PdfComposer, wrapText } from '../../../../shared/pdf/layout';
import { svgPathToPdf } from '../../../../shared/pdf/svg-path';
import { buildPdf, num, pdfDate, pdfString } from '../../../../shared/pdf/writer';
import { checkPdf, decodeWindows1252 } from '../../../helpers/pdf-check';

describe('WinAnsi text', () => {
  it('encodes French letters, guillemets, apostrophes and the euro sign to Windows-1252', () => {
    const sample = 'Élise œuvre « à côté » l’été — 15 000 € ; ÇÀÙ ç';
    const bytes = toWinAnsi(sample);
    expect(decodeWindows1252([...bytes])).toBe(sample);
  });

  it('composes combining accents and replaces what WinAnsi lacks, never with a wrong letter', () => {
    expect(toWinAnsi('e\u0301')).toEqual([0xe9]);
    expect(decodeWindows1252(toWinAnsi('a\u202fb ⁴⁶ ✓ 日'))).toBe('a\u00a0b 46 v ?');
  });

  it('escapes string operands so the content stream stays ASCII', () => {
    expect(pdfString(toWinAnsi('(a\\b) é'))).toBe('(\\(a\\\\b\\) \\351)');
  });

  it('measures with Helvetica widths', () => {
    expect(textWidth('Hello', 'regular', 10)).toBeCloseTo(((722 + 556 + 222 + 222 + 556) * 10) / 1000);
    expect(textWidth('Hello', 'bold', 10)).toBeGreaterThan(textWidth('Hello', 'regular', 10));
    expect(textWidth('é', 'regular', 1000)).toBe(556);
  });
});

describe('wrapping', () => {
  it('never exceeds the width and loses no word (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Zéèàç«»’-]{1,30}$/), { maxLength: 60 }),
        fc.integer({ min: 40, max: 500 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), 'regular', 10, width);
          for (const line of lines) expect(textWidth(line, 'regular', 10) <= width || line.length === 1).toBe(true);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('PDF writer', () => {
  it('writes a file whose xref offsets, stream lengths and page tree are right', () => {
    const bytes = buildPdf(['BT /F1 12 Tf 72 720 Td (Bonjour) Tj ET', 'BT /F2 12 Tf 72 720 Td (\\253 Page 2 \\273) Tj ET'], {
      title: 'Charte « test »',
      creationDate: new Date(2026, 5, 2, 14, 3, 0),
      id: 'ab'.repeat(32),
    });
    const pdf = checkPdf(bytes);
    expect(pdf).toMatchObject({ version: '1.4', pageCount: 2, objectCount: 10 });
    expect(pdf.mediaBoxes).toEqual(['0 0 595.28 841.89', '0 0 595.28 841.89']);
    expect(pdf.text).toBe('Bonjour\n« Page 2 »\n');
    expect(pdf.info).toContain('/Title <FEFF');
    expect(pdf.info).toMatch(/\/CreationDate \(D:20260602140300(Z|[+-]\d\d'\d\d')\)/);
  });

  it('is caught by the checker when an offset is wrong', () => {
    const bytes = buildPdf(['BT /F1 12 Tf 72 720 Td (x) Tj ET']);
    const broken = new Uint8Array([...bytes.slice(0, 9), 32, ...bytes.slice(9)]);
    expect(() => checkPdf(broken)).toThrow(/offset|startxref/);
  });

  it('formats numbers and dates the PDF way', () => {
    expect(num(1 / 3)).toBe('0.33');
    expect(num(-0.001)).toBe('0');
    expect(pdfDate(new Date(2026, 0, 5, 9, 7, 3))).toMatch(/^D:20260105090703/);
  });
});

describe('SVG path to PDF path', () => {
  const t = { scale: 0.5, x: 100, y: 500 };
  it('turns moves and lines into m/l with y flipped', () => {
    expect(svgPathToPdf('M10 20L30 40 50 60', t, num)).toBe('105 490 m 115 480 l 125 470 l');
  });
  it('handles relative commands, H/V, curves and Z', () => {
    expect(svgPathToPdf('m0 0 l10 0 v10 h-10 z', t, num)).toBe('100 500 m 105 500 l 105 495 l 100 495 l h');
    expect(svgPathToPdf('M0 0C10 0 10 10 0 10', t, num)).toBe('100 500 m 105 500 105 495 100 495 c');
    expect(svgPathToPdf('M0 0Q30 0 30 30', { scale: 1, x: 0, y: 0 }, num)).toBe('0 0 m 20 0 30 -10 30 -30 c');
  });
  it('stops at a command it does not know or a missing number', () => {
    expect(svgPathToPdf('M0 0L10', t, num)).toBe('100 500 m');
    expect(svgPathToPdf('M0 0A1 1 0 0 0 5 5', t, num)).toBe('100 500 m');
  });
});

describe('composer', () => {
  it('breaks pages when text runs past the bottom margin, with a footer on each page', () => {
    const composer = new PdfComposer();
    for (let i = 0; i < 120; i++) composer.text(`Ligne numéro ${i} du texte de la charte, assez longue pour compter.`);
    const pages = composer.finish((n, total) => `Page ${n} / ${total}`);
    expect(pages.length).toBeGreaterThan(2);
    const pdf = checkPdf(buildPdf(pages));
    expect(pdf.text).toContain(`Page ${pages.length} / ${pages.length}`);
    expect(pdf.text).toContain('Ligne numéro 119');
  });
});
