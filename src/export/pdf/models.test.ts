import { toolkitDa } from '@/content/da/toolkit';
import pdfDa from '@/i18n/locales/da/pdf';
import pdfEn from '@/i18n/locales/en/pdf';
import { checkInSheetData, handleplanData, invitationData, reportData } from '../../../tests/pdf-fixtures';
import { checkInModel } from './check-in-model';
import type { Block } from './document-model';
import { handleplanModel } from './handleplan-model';
import { invitationModel } from './invitation-model';
import { fill, formatDate } from './labels';
import { reportModel } from './report-model';

const columns = toolkitDa.handleplan.columns;
const questions = toolkitDa.sixWeeks.questions;
const kinds = (blocks: readonly Block[]) => blocks.map((block) => block.kind);
const headings = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));

describe('labels', () => {
  it.each([
    ['Side {{page}} af {{pages}}', { page: 2, pages: 5 }, 'Side 2 af 5'],
    ['{{missing}} stays', {}, '{{missing}} stays'],
  ])('fills %j', (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });

  it.each([
    ['2026-11-22', 'da', 'long', '22. november 2026'],
    ['2026-11-22', 'en', 'long', '22 November 2026'],
    ['2027-01-04', 'da', 'short', '4. jan. 2027'],
  ] as const)('formats %s in %s (%s) as %j', (iso, language, style, expected) => {
    expect(formatDate(iso, language, style)).toBe(expected);
  });
});

describe('handleplanModel', () => {
  it('lays the poster out landscape with large type, the toolkit columns and a strip per experiment', () => {
    const model = handleplanModel(handleplanData(3), pdfDa, { language: 'da', format: 'a4', columns });
    expect(model.page).toEqual({ format: 'a4', orientation: 'landscape' });
    expect(model.bodySize).toBeGreaterThanOrEqual(12);
    expect(kinds(model.blocks)).toEqual(['title', 'facts', 'table', 'heading', 'table']);
    const [table, strip] = model.blocks.filter((block) => block.kind === 'table');
    expect(table?.columns.map((column) => column.header)).toEqual(Object.values(columns));
    expect(table?.rows).toHaveLength(3);
    expect(strip?.rows[0]).toEqual([
      '1. Fast mødedag om tirsdagen, hvor alle er på kontoret',
      'uge 48\n23. nov. 2026',
      'uge 50\n7. dec. 2026',
      'uge 52\n21. dec. 2026',
      'uge 1\n4. jan. 2027',
    ]);
    expect(model.meta).toMatchObject({
      title: 'Handleplan – Løn & Økonomi',
      language: 'da',
      creator: 'Servicetjek',
    });
  });

  it('prints A3 larger still', () => {
    const model = handleplanModel(handleplanData(1), pdfDa, { language: 'da', format: 'a3', columns });
    expect(model.page.format).toBe('a3');
    expect(model.bodySize).toBeGreaterThan(12);
  });

  it('says the plan is empty instead of drawing an empty table', () => {
    const model = handleplanModel(handleplanData(0), pdfDa, { language: 'da', format: 'a4', columns });
    expect(kinds(model.blocks)).toEqual(['title', 'facts', 'paragraph']);
    expect(model.blocks[1]).toEqual({
      kind: 'facts',
      items: [
        { label: 'Afdeling/team', value: 'Løn & Økonomi' },
        { label: 'Dato', value: '22. november 2026' },
      ],
    });
  });
});

describe('reportModel', () => {
  it('has every section in order when there is data for it', () => {
    const model = reportModel(reportData(), pdfDa, { language: 'da', columns, questions });
    expect(headings(model.blocks)).toEqual([
      'Vurderingen',
      'Mødet',
      'Forslag til forsøg',
      'Beslutningen',
      'Handleplanen',
      'Stop op og beslutninger',
    ]);
    const chart = model.blocks.find((block) => block.kind === 'chart');
    expect(chart?.bars).toHaveLength(6);
    expect(chart?.legend).toEqual(['1 point', '2 point', '3 point', '4 point', '5 point']);
  });

  it('leaves out sections without data and the empty groups', () => {
    const data = {
      ...reportData(),
      scores: null,
      decision: null,
      proposals: [{ name: 'Tom', proposals: [] }],
    };
    const model = reportModel(data, pdfEn, { language: 'en', columns, questions });
    expect(headings(model.blocks)).toEqual(['The meeting', 'The action plan', 'Check-ins and decisions']);
  });

  it('marks top proposals in bold', () => {
    const model = reportModel(reportData({ proposals: 6 }), pdfDa, { language: 'da', columns, questions });
    const table = model.blocks.find((block) => block.kind === 'table' && block.boldRows !== undefined);
    expect(table?.kind === 'table' && table.boldRows).toEqual([0, 1]);
  });
});

describe('invitationModel and checkInModel', () => {
  it('times the programme and numbers the checklist', () => {
    const model = invitationModel(invitationData, pdfDa, 'da');
    const table = model.blocks.find((block) => block.kind === 'table');
    expect(table?.rows[2]).toEqual(['09:10–09:30', '3. Runde', '20 min.']);
    expect(model.blocks.at(-1)).toMatchObject({ kind: 'bullets', numbered: true });
  });

  it('gives each stop op question room to write', () => {
    const model = checkInModel(checkInSheetData, pdfEn, {
      language: 'en',
      leadIn: toolkitDa.sixWeeks.checkInLeadIn,
      questions,
    });
    const spaces = model.blocks.filter((block) => block.kind === 'writingSpace');
    expect(spaces.map((block) => block.question)).toEqual([...questions]);
    expect(model.meta.title).toBe('Check-in – week 2 – Fast mødedag om tirsdagen');
  });
});
