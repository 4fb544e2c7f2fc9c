import { toolkitDa } from '@/content/da/toolkit';
import pdfDa from '@/i18n/locales/da/pdf';
import pdfEn from '@/i18n/locales/en/pdf';
import { checkInSheetData, handleplanData, invitationData } from '../../../tests/pdf-fixtures';
import { checkInModel } from './check-in-model';
import type { Block } from './document-model';
import { handleplanModel } from './handleplan-model';
import { invitationModel } from './invitation-model';
import { fill, formatDate } from './labels';

const columns = toolkitDa.handleplan.columns;
const questions = toolkitDa.sixWeeks.questions;
const kinds = (blocks: readonly Block[]) => blocks.map((block) => block.kind);

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
  it('lays the poster out landscape: the toolkit columns with status and the six-week strip beside each experiment', () => {
    const model = handleplanModel(handleplanData(3), pdfDa, { language: 'da', format: 'a4', columns });
    expect(model.page).toMatchObject({ format: 'a4', orientation: 'landscape' });
    expect(kinds(model.blocks)).toEqual(['poster']);
    const poster = model.blocks[0];
    if (poster?.kind !== 'poster') throw new Error('no poster');
    expect(poster.grid.columns.map((column) => column.header)).toEqual([
      columns.hvad,
      columns.hvorfor,
      columns.hvordan,
      columns.hvem,
      columns.justeringer,
      `${columns.status} Seks uger`,
    ]);
    expect(poster.grid.rows).toHaveLength(3);
    expect(poster.grid.perSheet).toBe(5);
    expect(poster.grid.rows[0]?.cells.at(-1)).toBe(
      'Planlagt\nStart: 23. nov.\nStop op – uge 2: 7. dec.\nStop op – uge 4: 21. dec.\nBeslutning – uge 6: 4. jan.',
    );
    expect(poster.grid.rows[0]?.note).toBe('Ferie i perioden: jul og nytår');
    expect(poster.title).toBe('Handleplan – Løn & Økonomi');
    expect(poster.facts).toBe('Dato: 22. november 2026   ·   Periode: 23. november 2026 – 4. januar 2027');
    expect(model.meta).toMatchObject({
      title: 'Handleplan – Løn & Økonomi',
      language: 'da',
      creator: 'Servicetjek',
    });
  });

  it('flags no holiday when the six weeks miss them all', () => {
    const plan = handleplanData(1);
    const data = { ...plan, rows: plan.rows.map((row) => ({ ...row, holidays: [] })) };
    const poster = handleplanModel(data, pdfDa, { language: 'da', format: 'a3', columns }).blocks[0];
    expect(poster?.kind === 'poster' && poster.grid.rows[0]).not.toHaveProperty('note');
  });

  it('sets A3 body type at 14 pt at the least and A4 at A3 scaled by 1/√2', () => {
    const a3 = handleplanModel(handleplanData(1), pdfDa, { language: 'da', format: 'a3', columns });
    const a4 = handleplanModel(handleplanData(1), pdfDa, { language: 'da', format: 'a4', columns });
    const size = (model: typeof a3) => (model.blocks[0]?.kind === 'poster' ? model.blocks[0].size : null);
    expect(size(a3)?.floor).toBe(14);
    expect(size(a4)?.floor).toBeCloseTo(14 / Math.SQRT2, 1);
    expect(a3.page.format).toBe('a3');
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
