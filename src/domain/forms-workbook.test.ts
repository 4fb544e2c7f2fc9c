import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '@/content/ids';
import { toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import { formsTemplate } from './forms-template';
import { cellText, readFormsWorkbook } from './forms-workbook';

const FORMS_DA = [
  'Id',
  'Starttidspunkt',
  'Fuldførelsestidspunkt',
  'Mail',
  'Navn',
  'Tidspunkt for seneste ændring',
];
const FORMS_EN = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time'];

/** A workbook laid out as Forms' "Open in Excel" download: its own columns, then one per statement. */
async function formsWorkbook(headers: readonly string[], rows: readonly (readonly unknown[])[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form1');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).buffer;
}

const start = new Date('2026-11-02T09:01:12Z');
const done = new Date('2026-11-02T09:03:40Z');

describe('readFormsWorkbook', () => {
  it.each([
    ['Danish', toolkitDa, FORMS_DA],
    ['English', toolkitEn, FORMS_EN],
  ])('reads a %s form made from the form to copy, without editing', async (_name, toolkit, formsColumns) => {
    const template = formsTemplate(toolkit);
    const headers = [...formsColumns, ...template.statements.map((statement) => statement.text)];
    const buffer = await formsWorkbook(headers, [
      [1, start, done, 'anonymous', '', done, ...template.options, template.options[4]],
      [2, start, done, 'bo@example.dk', 'Bo Ærø', done, '3', '3', '3 5', '4', '2', '1'],
      [3, start, done, 'anonymous', '', null, 5, 4, 3, 2, 1, 5],
    ]);
    const result = await readFormsWorkbook(buffer);
    expect(result).toMatchObject({
      ok: true,
      themeColumns: [...THEME_IDS],
      formsColumns: [formsColumns[0], formsColumns[1], formsColumns[2], formsColumns[5]],
      personalColumns: [formsColumns[3], formsColumns[4]],
      ignoredColumns: [],
      hasIds: true,
      responses: [
        {
          line: 2,
          key: 'id:1',
          scores: {
            sammenhaengskraft: 1,
            fleksibilitet: 2,
            tilgaengelighed: 3,
            fordybelse: 4,
            tillid: 5,
            retfaerdighed: 5,
          },
        },
        { line: 4, key: 'id:3', scores: { sammenhaengskraft: 5, retfaerdighed: 5 } },
      ],
      problems: [{ line: 3, kind: 'badValue', themeId: 'tilgaengelighed', value: '3 5' }],
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain('bo@example.dk');
    expect(text).not.toContain('Ærø');
  });

  it('refuses a file that is not a workbook', async () => {
    const buffer = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).buffer;
    expect(await readFormsWorkbook(buffer)).toEqual({ ok: false, error: 'unreadableWorkbook' });
  });

  it('says which headings it found when none names a theme', async () => {
    const buffer = await formsWorkbook(['Id', 'Hvad spiste du?'], [[1, 'Suppe']]);
    expect(await readFormsWorkbook(buffer)).toEqual({
      ok: false,
      error: 'noThemeColumns',
      headers: ['Id', 'Hvad spiste du?'],
    });
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    [4, '4'],
    [0.1 + 0.2, '0.3'],
    [true, 'true'],
    [new Date('2026-11-02T09:01:12Z'), '2026-11-02T09:01:12.000Z'],
    [' 5 – Meget vigtigt ', ' 5 – Meget vigtigt '],
  ])('writes %j as %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
