/**
 * Assembles a PDF 1.4 file from page content streams: catalog, page tree, the three
 * standard fonts (WinAnsiEncoding), an Info dictionary and a cross-reference table
 * whose byte offsets are exact. No compression and no dependency: the file is small
 * (a few pages of text and line art) and any reader opens it.
 */
import { FONT_NAMES, type PdfFont } from './fonts';

/** A4 in PostScript points (210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Resource names of the fonts in content streams. */
export const FONT_RESOURCE: Record<PdfFont, string> = { regular: 'F1', bold: 'F2', oblique: 'F3' };

export interface PdfInfo {
  title?: string;
  subject?: string;
  author?: string;
  creationDate?: Date;
  /** Hex string (e.g. a SHA-256) used as the file identifier. */
  id?: string;
}

/**
 * `pages` are content streams made of ASCII only (text goes through `pdfString`, which
 * escapes every byte above 127), so a stream's length in bytes is its length in characters.
 */
export function buildPdf(pages: readonly string[], info: PdfInfo = {}, size: { width: number; height: number } = A4): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const fontIds: Record<PdfFont, number> = { regular: 3, bold: 4, oblique: 5 };
  const infoId = 6;
  const firstPageId = 7;
  const kids = pages.map((_, i) => `${firstPageId + 2 * i} 0 R`).join(' ');

  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  for (const font of ['regular', 'bold', 'oblique'] as const) {
    add(`<< /Type /Font /Subtype /Type1 /BaseFont /${FONT_NAMES[font]} /Encoding /WinAnsiEncoding >>`);
  }
  add(infoDictionary(info));
  const fonts = (Object.keys(fontIds) as PdfFont[]).map((f) => `/${FONT_RESOURCE[f]} ${fontIds[f]} 0 R`).join(' ');
  pages.forEach((content, i) => {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(size.width)} ${num(size.height)}] ` +
        `/Resources << /Font << ${fonts} >> >> /Contents ${firstPageId + 2 * i + 1} 0 R >>`,
    );
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });

  // A binary comment on line 2 tells transfer tools the file is binary (PDF 32000-1, 7.5.2).
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = info.id && /^[0-9a-f]+$/i.test(info.id) ? `<${info.id.slice(0, 32)}>` : null;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R${id ? ` /ID [${id} ${id}]` : ''} >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;

  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}

function infoDictionary(info: PdfInfo): string {
  const entries = ['/Producer (Binome)'];
  if (info.title) entries.push(`/Title ${textString(info.title)}`);
  if (info.subject) entries.push(`/Subject ${textString(info.subject)}`);
  if (info.author) entries.push(`/Author ${textString(info.author)}`);
  if (info.creationDate) entries.push(`/CreationDate (${pdfDate(info.creationDate)})`);
  return `<< ${entries.join(' ')} >>`;
}

/** A PDF text string for metadata: plain when ASCII, else UTF-16BE with a byte-order mark (PDF 32000-1, 7.9.2.2). */
function textString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${escapeAscii(text)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function escapeAscii(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** A string operand from WinAnsi codes: ASCII as is, `\ ( )` escaped, other bytes as octal escapes. */
export function pdfString(codes: readonly number[]): string {
  let out = '(';
  for (const code of codes) {
    if (code === 0x5c || code === 0x28 || code === 0x29) out += `\\${String.fromCharCode(code)}`;
    else if (code >= 32 && code <= 126) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** D:YYYYMMDDHHmmSS+HH'mm' in the local offset. */
export function pdfDate(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const tz = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(offset / 60)}'${pad(offset % 60)}'`;
  return `D:${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}${tz}`;
}

/** A number as PDF wants it: no exponent, at most 2 decimals. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
