import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectEncoding } from '../../../../shared/registry/decode';

describe('CSV bytes as French Excel writes them', () => {
  it('UTF-8 with or without a byte order mark', () => {
    const text = 'id;prénom\r\n';
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({
      text,
      encoding: 'utf-8',
    });
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('invalid UTF-8 is Windows-1252, including the characters Latin-1 lacks (’ œ € …)', () => {
    // « Cœur d’enfant… 5 € » in Windows-1252.
    const bytes = new Uint8Array([
      0x43, 0x9c, 0x75, 0x72, 0x20, 0x64, 0x92, 0x65, 0x6e, 0x66, 0x61, 0x6e, 0x74, 0x85, 0x20, 0x35, 0x20, 0x80, 0xe9,
    ]);
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeText(bytes).text).toBe('Cœur d’enfant… 5 €é');
  });

  it('UTF-16 (Excel’s « Texte Unicode ») by its byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00, 0xe9, 0x00]);
    expect(decodeText(le)).toEqual({ text: 'idé', encoding: 'utf-16le' });
  });

  it('the delimiter from the header line: `;`, `,` or tab', () => {
    expect(detectDelimiter('id;prenom;nom\r\n1;"a,b";c')).toBe(';');
    expect(detectDelimiter('id,prenom,nom\n1,"a;b",c')).toBe(',');
    expect(detectDelimiter('id\tprenom\n')).toBe('\t');
    expect(detectDelimiter('id\n')).toBe(';');
  });
});
