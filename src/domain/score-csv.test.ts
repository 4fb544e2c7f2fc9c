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

  it('matches English headers in any order and never reads the name column', () => {
    const result = parseScoreCsv('Trust,Name,Deep work,Fairness\n5,Ana,2,4\n');
    expect(result).toMatchObject({
      ok: true,
      themeColumns: ['tillid', 'fordybelse', 'retfaerdighed'],
      personalColumns: ['Name'],
      responses: [{ line: 2, key: 'line:2', scores: { tillid: 5, fordybelse: 2, retfaerdighed: 4 } }],
    });
    expect(JSON.stringify(result)).not.toContain('Ana');
  });

  it('reads a Microsoft Forms export: questions as headers, extra columns ignored, labels as values', () => {
    const text = [
      'Id;Starttidspunkt;Mail;Hvor vigtigt er Tillid?;Hvor vigtigt er Fordybelse?;Kommentar',
      '1;01-02-2026 10:00;bo@example.dk;5 - Meget vigtigt;Slet ikke vigtigt;Godt',
    ].join('\n');
    const result = parseScoreCsv(text);
    expect(result).toMatchObject({
      ok: true,
      formsColumns: ['Id', 'Starttidspunkt'],
      personalColumns: ['Mail'],
      ignoredColumns: ['Kommentar'],
      hasIds: true,
      responses: [{ key: 'id:1', scores: { tillid: 5, fordybelse: 1 } }],
    });
    expect(JSON.stringify(result)).not.toContain('bo@example.dk');
  });

  it('leaves blank cells blank and skips empty lines without counting them as problems', () => {
    const result = parseScoreCsv('Tillid;Fordybelse\n\n4;\n;;\n');
    expect(result).toMatchObject({ ok: true, responses: [{ line: 3, scores: { tillid: 4 } }], problems: [] });
  });

  it.each([
    ['a score above 5', '7'],
    ['zero', '0'],
    ['a decimal', '3,5'],
    ['text', 'vigtigt'],
    ['a negative number', '-2'],
    ['two numbers', '3 5'],
    ['a fraction', '1/5'],
    ['a range', '2-4'],
    ['a number with the other end’s words', '1 – Meget vigtigt'],
  ])('lists a row with %s (%j) by line and leaves it out as it was written', (_name, cell) => {
    const result = parseScoreCsv(`Tillid;Fordybelse\n4;4\n"${cell}";3\n`);
    expect(result).toMatchObject({
      ok: true,
      responses: [{ line: 2 }],
      problems: [{ line: 3, kind: 'badValue', themeId: 'tillid', value: cell }],
    });
  });

  it('lists a second row with the same Forms Id and leaves it out', () => {
    expect(parseScoreCsv('ID;Trust\n4;5\n4;2\n')).toMatchObject({
      ok: true,
      responses: [{ line: 2, key: 'id:4' }],
      problems: [{ line: 3, kind: 'repeatedId', id: '4' }],
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
