/**
 * Flowing text onto A4 pages: word wrapping with the real Helvetica widths, page breaks,
 * hanging bullets, keep-together blocks, line art, and "page n / N" footers added once
 * the page count is known.
 */
import { codesWidth, type PdfFont, toWinAnsi } from './fonts';
import { svgPathToPdf } from './svg-path';
import { A4, FONT_RESOURCE, num, pdfString } from './writer';

export interface TextStyle {
  font?: PdfFont;
  /** Points. */
  size?: number;
  /** 0 = black … 1 = white. */
  gray?: number;
  /** Extra left indent in points. */
  indent?: number;
  /** Space after the block, in points. */
  after?: number;
  /** A marker hung in the indent of the first line ("•", "1."). */
  bullet?: string;
}

/** Splits text into lines no wider than `maxWidth` points; a word longer than a line is cut. */
export function wrapText(text: string, font: PdfFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (codesWidth(toWinAnsi(candidate), font, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (codesWidth(toWinAnsi(line), font, size) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && codesWidth(toWinAnsi(line.slice(0, cut)), font, size) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

export class PdfComposer {
  readonly width = A4.width;
  readonly height = A4.height;
  readonly margin: number;
  readonly pages: string[][] = [];
  /** Distance from the top of the page to the next baseline area, in points. */
  private top = 0;

  constructor(margin = 56.69 /* 2 cm */) {
    this.margin = margin;
    this.newPage();
  }

  get contentWidth(): number {
    return this.width - 2 * this.margin;
  }

  private get ops(): string[] {
    return this.pages[this.pages.length - 1] as string[];
  }

  /** Points left before the bottom margin (the footer lives inside the margin). */
  get remaining(): number {
    return this.height - this.margin - this.top;
  }

  newPage(): void {
    this.pages.push([]);
    this.top = this.margin;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.remaining < height && this.top > this.margin) this.newPage();
  }

  space(points: number): void {
    this.top += points;
  }

  /** Wrapped text; each line breaks to a new page when it does not fit. */
  text(text: string, style: TextStyle = {}): void {
    const { font = 'regular', size = 10.5, gray = 0, indent = 0, after = 6, bullet } = style;
    const leading = size * 1.35;
    const left = this.margin + indent + (bullet ? size * 1.2 : 0);
    const lines = wrapText(text, font, size, this.width - this.margin - left);
    lines.forEach((line, i) => {
      this.ensure(leading);
      this.top += leading;
      const y = this.height - this.top + size * 0.3;
      if (i === 0 && bullet) this.write(bullet, this.margin + indent, y, font, size, gray);
      this.write(line, left, y, font, size, gray);
    });
    this.top += after;
  }

  /** One line of text at an absolute position (y = baseline from the page bottom). */
  write(text: string, x: number, y: number, font: PdfFont, size: number, gray = 0): void {
    this.ops.push(
      `BT ${gray ? `${num(gray)} g ` : ''}/${FONT_RESOURCE[font]} ${num(size)} Tf ${num(x)} ${num(y)} Td ${pdfString(toWinAnsi(text))} Tj ET`,
    );
  }

  /** A horizontal rule across the text column. */
  rule(gray = 0.6): void {
    this.ensure(8);
    this.top += 4;
    const y = num(this.height - this.top);
    this.ops.push(`q ${num(gray)} G 0.5 w ${num(this.margin)} ${y} m ${num(this.width - this.margin)} ${y} l S Q`);
    this.top += 4;
  }

  /**
   * SVG path data drawn as strokes inside a box of `boxWidth` × `boxHeight` points at the
   * text column's left edge (plus `indent`), keeping the drawing's aspect ratio. A thin
   * frame marks the box, as a signature line would on paper.
   */
  drawing(
    paths: readonly string[],
    viewBox: readonly [number, number, number, number],
    boxWidth: number,
    boxHeight: number,
    indent = 0,
  ): void {
    this.ensure(boxHeight);
    const [vx, vy, vw, vh] = viewBox;
    const scale = Math.min(boxWidth / (vw || 1), boxHeight / (vh || 1));
    const left = this.margin + indent;
    const topY = this.height - this.top;
    this.ops.push(`q 0.75 G 0.5 w ${num(left)} ${num(topY - boxHeight)} ${num(boxWidth)} ${num(boxHeight)} re S Q`);
    const t = { scale, x: left - vx * scale, y: topY + vy * scale };
    const strokes = paths.map((d) => svgPathToPdf(d, t, num)).filter(Boolean);
    if (strokes.length) this.ops.push(`q 0 G ${num(Math.max(0.8, 2 * scale))} w 1 J 1 j ${strokes.join(' ')} S Q`);
    this.top += boxHeight;
  }

  /** The content streams, each with a "label n / N" footer. */
  finish(footer: (page: number, total: number) => string): string[] {
    const total = this.pages.length;
    return this.pages.map((ops, i) => {
      const text = footer(i + 1, total);
      const size = 8;
      const line = `BT 0.35 g /${FONT_RESOURCE.regular} ${size} Tf ${num(this.margin)} ${num(this.margin / 2)} Td ${pdfString(toWinAnsi(text))} Tj ET`;
      return [...ops, line].join('\n');
    });
  }
}
