import { describe, expect, it } from 'vitest';
import { parseScoreCsv } from './score-csv';

const DANISH = 'Sammenhængskraft;Fleksibilitet;Tilgængelighed;Fordybelse;Tillid;Retfærdighed';

describe('parseScoreCsv', () => {
  it.each([
    ['semicolons with a BOM', `\uFEFF${DANISH}\r\n3;4;2;5;1;3\r\n`],
    ['commas', `${DANISH.replaceAll(';', ',')}\n3,4,2,5,1,3\n`],
    ['tabs', `${DANISH.replaceAll(';', '\t')}\n3\t4\t2\t5\t1\t3`],
  ])('reads %s', (_name, text) => {
    const result = parseScoreCsv(text);
    expect(result).toMatchObject({
      ok: true,
      responses: [
        {
          line: 2,
          scores: {
            sammenhaengskraft: 3,
            fleksibilitet: 4,
            tilgaengelighed: 2,
            fordybelse: 5,
            tillid: 1,
            retfaerdighed: 3,
          },
        },
      ],
      problems: [],
    });
  });

  it('matches English headers in any order and keeps the name column', () => {
    const result = parseScoreCsv('Trust,Name,Deep work,Fairness\n5,Ana,2,4\n');
    expect(result).toMatchObject({
      ok: true,
      themeColumns: ['tillid', 'fordybelse', 'retfaerdighed'],
      responses: [{ name: 'Ana', scores: { tillid: 5, fordybelse: 2, retfaerdighed: 4 } }],
    });
  });

  it('reads a Microsoft Forms export: questions as headers, extra columns ignored, labels as values', () => {
    const text = [
      'Id;Starttidspunkt;Hvor vigtigt er Tillid?;Hvor vigtigt er Fordybelse?',
      '1;01-02-2026 10:00;5 - Meget vigtigt;Slet ikke vigtigt',
    ].join('\n');
    expect(parseScoreCsv(text)).toMatchObject({
      ok: true,
      ignoredColumns: ['Id', 'Starttidspunkt'],
      responses: [{ scores: { tillid: 5, fordybelse: 1 } }],
    });
  });

  it('leaves blank cells blank and skips empty lines without counting them as problems', () => {
    const result = parseScoreCsv('Tillid;Fordybelse\n\n4;\n;;\n');
    expect(result).toMatchObject({ ok: true, responses: [{ line: 3, scores: { tillid: 4 } }], problems: [] });
  });

  it.each([
    ['a score above 5', '7', '7'],
    ['zero', '0', '0'],
    ['a decimal', '3,5', '3,5'],
    ['text', 'vigtigt', 'vigtigt'],
    ['a negative number', '-2', '-2'],
  ])('lists a row with %s by line and leaves it out', (_name, cell, value) => {
    const result = parseScoreCsv(`Tillid;Fordybelse\n4;4\n"${cell}";3\n`);
    expect(result).toMatchObject({
      ok: true,
      responses: [{ line: 2 }],
      problems: [{ line: 3, kind: 'badValue', themeId: 'tillid', value }],
    });
  });

  it('lists a row with no scores at all', () => {
    expect(parseScoreCsv('Navn;Tillid\nBo;\n')).toMatchObject({
      ok: true,
      responses: [],
      problems: [{ line: 2, kind: 'noScores' }],
    });
  });

  it.each([
    ['an empty file', ''],
    ['only blank lines', '\n\n'],
  ])('refuses %s', (_name, text) => {
    expect(parseScoreCsv(text)).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses a file without theme columns and shows the headers it found', () => {
    expect(parseScoreCsv('Navn;Alder\nBo;40\n')).toEqual({
      ok: false,
      error: 'noThemeColumns',
      headers: ['Navn', 'Alder'],
    });
  });

  it('refuses a file that names a theme twice', () => {
    expect(parseScoreCsv('Tillid;Trust\n1;2\n')).toMatchObject({
      ok: false,
      error: 'duplicateColumn',
      themeId: 'tillid',
    });
  });
});
