import { describe, expect, it } from 'vitest';
import { parseScoreCsv } from './score-csv';
import { decodeScoreText, sniffScoreFile } from './score-file';

const TSV = 'Navn\tSammenhængskraft\tTillid\r\nÅse\t4\t5\r\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((char) => {
    const code = char.codePointAt(0) ?? 0;
    return order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array(units);
}

describe('decodeScoreText', () => {
  it.each([
    ['UTF-16 LE with BOM (Excel’s "Unicode text")', utf16(TSV, 'le', true)],
    ['UTF-16 LE without BOM', utf16(TSV, 'le', false)],
    ['UTF-16 BE with BOM', utf16(TSV, 'be', true)],
    ['UTF-16 BE without BOM', utf16(TSV, 'be', false)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TSV)])],
    ['UTF-8 without BOM', new TextEncoder().encode(TSV)],
  ])('reads %s with æ, ø, å and no NUL characters, and the answers import', (_name, bytes) => {
    const decoded = decodeScoreText(bytes);
    expect(decoded).toEqual({ ok: true, text: TSV });
    const result = decoded.ok ? parseScoreCsv(decoded.text) : null;
    expect(result).toMatchObject({
      ok: true,
      themeColumns: ['sammenhaengskraft', 'tillid'],
      responses: [{ scores: { sammenhaengskraft: 4, tillid: 5 } }],
    });
  });

  it('reads windows-1252 (plain "CSV" from a Danish Windows)', () => {
    const bytes = new Uint8Array(
      [...'Fordybelse;Retf']
        .map((c) => c.charCodeAt(0))
        .concat([0xe6, ...[...'rdighed\n5;4'].map((c) => c.charCodeAt(0))]),
    );
    expect(decodeScoreText(bytes)).toEqual({ ok: true, text: 'Fordybelse;Retfærdighed\n5;4' });
  });

  it('refuses a file that is not text (NUL characters) instead of showing it garbled', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x41, 0x00, 0x7f, 0x42, 0x43]);
    expect(decodeScoreText(bytes)).toEqual({ ok: false, error: 'notText' });
  });
});

describe('sniffScoreFile', () => {
  it.each([
    ['a zip container as xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14], 'xlsx'],
    ['the old binary Excel format', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0], 'xls'],
    ['anything else as text', [...new TextEncoder().encode('PK;Tillid')], 'text'],
  ])('tells %s', (_name, bytes, kind) => {
    expect(sniffScoreFile(new Uint8Array(bytes))).toBe(kind);
  });
});
