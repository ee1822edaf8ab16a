/**
 * Bytes of a CSV file → text, as French Excel writes it: « CSV UTF-8 » (with a byte
 * order mark), plain « CSV (séparateur : point-virgule) » in Windows-1252, or UTF-16
 * (« Texte Unicode »). Invalid UTF-8 is taken as Windows-1252 — the only other encoding
 * Excel uses for French text — rather than shown with replacement characters.
 */

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Windows-1252 bytes 0x80–0x9F (where it differs from Latin-1), as their characters; the 5 undefined bytes stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node.js (20 and 22 at least) decodes the `windows-1252` label as Latin-1: « ’ », « œ »
 * or « € » come out as invisible C1 control characters. A real Windows-1252 decoder never
 * produces those (except for the 5 bytes it leaves undefined), so mapping them back is
 * correct everywhere and a no-op in browsers.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The text of the file, byte order mark removed. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  // TextDecoder drops the byte order mark by default (ignoreBOM: false).
  let text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  if (encoding === 'windows-1252') text = fixWindows1252(text);
  return { text, encoding };
}

/**
 * The delimiter of a CSV file, from its header line: French Excel writes `;` (the comma
 * is the decimal separator), other tools `,`; tabs come from « Texte Unicode ». Column
 * titles hold none of them, so the most frequent one on the first line wins.
 */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  const counts = [
    [';', count(';')],
    [',', count(',')],
    ['\t', count('\t')],
  ] as const;
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ';';
}
