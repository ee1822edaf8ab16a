/**
 * An independent reader for the PDFs we write, enough to prove a file is well formed:
 * header and trailer, every cross-reference offset landing on its object, stream
 * lengths, the page tree, and the text shown by Tj operators (decoded from
 * Windows-1252 with a table of its own, not with our encoder).
 */
export interface PdfCheck {
  version: string;
  objectCount: number;
  pageCount: number;
  mediaBoxes: string[];
  text: string;
  /** Path-painting operators found in content streams (m, l, c, re, S). */
  pathOps: number;
  info: string;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

export function checkPdf(bytes: Uint8Array): PdfCheck {
  const src = latin1(bytes);
  const header = /^%PDF-(\d\.\d)\n/.exec(src);
  if (!header) throw new Error('no %PDF header');
  if (!src.endsWith('%%EOF\n')) throw new Error('no %%EOF at the end');
  const startxref = /startxref\n(\d+)\n%%EOF\n$/.exec(src);
  if (!startxref) throw new Error('no startxref');
  const xrefAt = Number(startxref[1]);
  if (src.slice(xrefAt, xrefAt + 5) !== 'xref\n') throw new Error(`startxref ${xrefAt} does not point at the xref table`);
  const sub = /^xref\n0 (\d+)\n/.exec(src.slice(xrefAt));
  if (!sub) throw new Error('bad xref subsection');
  const size = Number(sub[1]);
  const tableAt = xrefAt + sub[0].length;
  const objects = new Map<number, string>();
  for (let i = 0; i < size; i++) {
    const entry = src.slice(tableAt + 20 * i, tableAt + 20 * (i + 1));
    const m = /^(\d{10}) (\d{5}) ([nf]) \n$/.exec(entry);
    if (!m) throw new Error(`xref entry ${i} is not 20 bytes: ${JSON.stringify(entry)}`);
    if (m[3] === 'f') continue;
    const offset = Number(m[1]);
    const head = `${i} 0 obj\n`;
    if (src.slice(offset, offset + head.length) !== head)
      throw new Error(`xref offset of object ${i} (${offset}) does not point at "${i} 0 obj"`);
    const end = src.indexOf('\nendobj\n', offset);
    objects.set(i, src.slice(offset + head.length, end));
  }
  const trailer = /trailer\n<<(.*)>>\nstartxref/s.exec(src)?.[1] ?? '';
  if (!new RegExp(`/Size ${size}\\b`).test(trailer)) throw new Error('trailer /Size does not match the xref table');
  const root = /\/Root (\d+) 0 R/.exec(trailer);
  if (!root || !objects.get(Number(root[1]))?.includes('/Type /Catalog')) throw new Error('trailer /Root is not a catalog');
  const infoRef = /\/Info (\d+) 0 R/.exec(trailer);

  let text = '';
  let pathOps = 0;
  const pages: string[] = [];
  for (const body of objects.values()) {
    const stream = /^<< \/Length (\d+) >>\nstream\n/.exec(body);
    if (stream) {
      const start = stream[0].length;
      const length = Number(stream[1]);
      if (body.slice(start + length, start + length + 10) !== '\nendstream') throw new Error('stream /Length is wrong');
      const content = body.slice(start, start + length);
      for (const m of content.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)) text += `${decodeString(m[1] ?? '')}\n`;
      pathOps += [...content.matchAll(/ (m|l|c|re|S)(?=\s|$)/g)].length;
    }
    if (/\/Type \/Page\b(?!s)/.test(body)) pages.push(/\/MediaBox \[([^\]]+)\]/.exec(body)?.[1] ?? '');
  }
  const pagesCount = Number(/\/Type \/Pages .*\/Count (\d+)/.exec([...objects.values()].join('\n'))?.[1]);
  if (pagesCount !== pages.length) throw new Error(`/Count ${pagesCount} but ${pages.length} page objects`);
  return {
    version: header[1] as string,
    objectCount: objects.size,
    pageCount: pages.length,
    mediaBoxes: pages,
    text,
    pathOps,
    info: infoRef ? (objects.get(Number(infoRef[1])) ?? '') : '',
  };
}

/** A literal string's escapes (\\ \( \) \ddd) → bytes → Unicode through Windows-1252. */
function decodeString(literal: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i] as string;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0));
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(literal.slice(i + 1));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8));
      i += octal[0].length;
    } else {
      bytes.push(literal.charCodeAt(i + 1));
      i++;
    }
  }
  return decodeWindows1252(bytes);
}

/**
 * Windows-1252 → Unicode, from the WHATWG encoding index (Node's TextDecoder decodes
 * this label as plain Latin-1, wrong for 0x80–0x9F, so the table is written out here).
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export function decodeWindows1252(bytes: readonly number[]): string {
  return bytes.map((b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b))).join('');
}
