import { toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import liveMeetingDa from '@/i18n/locales/da/liveMeeting';
import liveMeetingEn from '@/i18n/locales/en/liveMeeting';
import pdfDa from '@/i18n/locales/da/pdf';
import pdfEn from '@/i18n/locales/en/pdf';
import { reportData } from '../../../tests/pdf-fixtures';
import type { ReportData } from './document-data';
import type { Block } from './document-model';
import { reportModel } from './report-model';

const da = {
  language: 'da' as const,
  columns: toolkitDa.handleplan.columns,
  questions: toolkitDa.sixWeeks.questions,
  vote: liveMeetingDa.report,
};
const en = {
  language: 'en' as const,
  columns: toolkitEn.handleplan.columns,
  questions: toolkitEn.sixWeeks.questions,
  vote: liveMeetingEn.report,
};

type Heading = Extract<Block, { kind: 'heading' }>;
const headings = (blocks: readonly Block[], level = 1) =>
  blocks.filter((block): block is Heading => block.kind === 'heading' && (block.level ?? 1) === level);
const tocOf = (blocks: readonly Block[]) => {
  const toc = blocks.find((block) => block.kind === 'toc');
  if (!toc) throw new Error('no contents');
  return toc;
};
/** The blocks from a heading up to the next heading of the same or a higher level. */
function sectionAfter(blocks: readonly Block[], text: string): Block[] {
  const start = blocks.findIndex((block) => block.kind === 'heading' && block.text === text);
  if (start < 0) return [];
  const level = (blocks[start] as Heading).level ?? 1;
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((block) => block.kind === 'heading' && (block.level ?? 1) <= level);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('reportModel', () => {
  it('starts with the contents: each section and what is in it, anchored to its heading', () => {
    const model = reportModel(reportData(), pdfDa, da);
    const toc = tocOf(model.blocks);
    expect(toc.title).toBe('Indhold');
    expect(toc.entries.map((entry) => `${entry.level} ${entry.text}`)).toEqual([
      '1 Vurderingerne',
      '2 Første vurdering, 1. september 2026',
      '2 Efter forsøgene, 12. januar 2027',
      '2 Før og efter',
      '1 Møderne',
      '2 Dialogmøde om fordybelse, tillid og sammenhængskraft, 15. september 2026',
      '2 Møde om fordybelse, 20. oktober 2026',
      '2 Forslag uden for møderne',
      '1 Handleplanen',
      '1 Stop op og beslutninger',
      '2 Fast mødedag om tirsdagen, hvor alle er på kontoret',
      '2 Fokustid uden møder fra 9 til 11 – “stille formiddag”',
      '2 Fælles frokost hver torsdag med skiftende værter',
      '2 Aftaler om svartider på Teams og mail, også for Borgerservice',
    ]);
    // Every entry points at exactly one heading with its text.
    for (const entry of toc.entries) {
      const targets = model.blocks.filter(
        (block): block is Heading => block.kind === 'heading' && block.anchor === entry.anchor,
      );
      expect(targets.map((block) => [block.text, block.level ?? 1])).toEqual([[entry.text, entry.level]]);
    }
    // Each section starts a new page.
    for (const heading of headings(model.blocks)) {
      expect(model.blocks[model.blocks.indexOf(heading) - 1]).toEqual({ kind: 'pageBreak' });
    }
    expect(model.blocks.indexOf(toc)).toBeLessThan(
      model.blocks.findIndex((block) => block.kind === 'heading'),
    );
  });

  it('has no before and after with one round, and leaves out sections without data', () => {
    const full = reportData();
    const data: ReportData = {
      ...full,
      rounds: full.rounds.slice(0, 1),
      comparison: null,
      meetings: [],
      looseProposals: [],
    };
    const model = reportModel(data, pdfEn, en);
    expect(headings(model.blocks).map((heading) => heading.text)).toEqual([
      'The assessments',
      'The action plan',
      'Check-ins and decisions',
    ]);
    expect(headings(model.blocks, 2).map((heading) => heading.text)).not.toContain('Before and after');
  });

  it('prints the dot vote in vote order with the dots, the phones that voted and the dots each had', () => {
    const model = reportModel(reportData(), pdfDa, da);
    const meeting = sectionAfter(
      model.blocks,
      'Dialogmøde om fordybelse, tillid og sammenhængskraft, 15. september 2026',
    );
    const vote = sectionAfter(meeting, 'Prioritering med prikker');
    expect(vote[0]).toEqual({
      kind: 'paragraph',
      text: '11 telefoner satte prikker. Hver telefon havde 3 prikker og kunne sætte højst 2 på ét forslag.',
    });
    const table = vote[1];
    expect(table?.kind === 'table' && table.columns.map((column) => column.header)).toEqual([
      'Nr.',
      'Forslag',
      'Prikker',
    ]);
    const rows = table?.kind === 'table' ? table.rows : [];
    expect(rows).toHaveLength(12);
    const dots = rows.map((row) => Number(row[2]));
    expect(dots).toEqual([...dots].sort((a, b) => b - a));
    expect(rows[0]).toEqual(['1', 'Fælles frokost hver torsdag med skiftende værter', '8']);
    // The other meeting had no vote: no section.
    expect(
      sectionAfter(model.blocks, 'Møde om fordybelse, 20. oktober 2026').some(
        (block) => block.kind === 'heading' && block.text === 'Prioritering med prikker',
      ),
    ).toBe(false);
  });

  it.each([
    [1, 'da', '1 telefon satte prikker. Hver telefon havde 5 prikker og kunne sætte højst 1 på én gruppe.'],
    [1, 'en', '1 phone placed dots. Each phone had 5 dots and could put at most 1 on one group.'],
    [2, 'en', '2 phones placed dots. Each phone had 5 dots and could put at most 1 on one group.'],
  ] as const)('says %i voter(s) in %s, for a vote on the groups', (voters, language, sentence) => {
    const full = reportData();
    const [first] = full.meetings;
    const data: ReportData = {
      ...full,
      meetings: [
        {
          ...first!,
          vote: {
            on: 'groups',
            dotsPerPhone: 5,
            maxPerItem: 1,
            voters,
            items: [
              { text: 'Ro til fordybelse', dots: voters },
              { text: 'Møder og fællesskab', dots: 0 },
            ],
          },
        },
      ],
    };
    const model = reportModel(data, language === 'da' ? pdfDa : pdfEn, language === 'da' ? da : en);
    const heading = language === 'da' ? 'Prioritering med prikker' : 'Prioritising with dots';
    const vote = sectionAfter(model.blocks, heading);
    expect(vote[0]).toEqual({ kind: 'paragraph', text: sentence });
    expect(vote[1]?.kind === 'table' && vote[1].columns[1]?.header).toBe(
      language === 'da' ? 'Gruppe' : 'Group',
    );
  });

  it('says the choice after a round in the words of the meeting planned from it', () => {
    const model = reportModel(reportData(), pdfDa, da);
    const first = sectionAfter(model.blocks, 'Første vurdering, 1. september 2026');
    expect(first).toContainEqual({
      kind: 'paragraph',
      tone: 'accent',
      text: 'Jeres valg: Dialogmøde om fordybelse, tillid og sammenhængskraft, 15. september 2026 og Møde om fordybelse, 20. oktober 2026. I har valgt selv i stedet for anbefalingen.',
    });
  });

  it('prints each period of an extended experiment with its check-ins and decision', () => {
    const model = reportModel(reportData(), pdfDa, da);
    const extended = sectionAfter(model.blocks, 'Fast mødedag om tirsdagen, hvor alle er på kontoret');
    const texts = extended.flatMap((block) =>
      block.kind === 'heading' || block.kind === 'paragraph' ? [block.text] : [],
    );
    expect(texts).toEqual([
      'Temaets score før forsøget: 2',
      'Periode 1 fra 28. september 2026',
      'Stop op efter uge 2, 12. oktober 2026',
      'Hvad har vi lært?',
      'Hvad skal vi fortsætte med?',
      'Hvad skal vi justere?',
      'Telefonernes score: 3 (midterste af 6 svar)',
      'Stop op efter uge 4, 26. oktober 2026',
      'Beslutning 9. november 2026: Justeret og forlænget',
      'Vi flytter dagen til onsdag og prøver igen.',
      'Periode 2 fra 9. november 2026',
      'Stop op efter uge 2, 23. november 2026',
    ]);
  });

  it('marks top proposals in bold', () => {
    const model = reportModel(reportData(), pdfDa, da);
    const table = model.blocks.find((block) => block.kind === 'table' && block.boldRows !== undefined);
    expect(table?.kind === 'table' && table.boldRows).toEqual([0]);
  });

  it('prints a report with nothing in it as its title and a sentence, without contents', () => {
    const empty: ReportData = {
      ...reportData(),
      rounds: [],
      comparison: null,
      meetings: [],
      looseProposals: [],
      handleplan: [],
      followUps: [],
    };
    const model = reportModel(empty, pdfEn, en);
    expect(model.blocks.map((block) => block.kind)).toEqual(['title', 'facts', 'paragraph']);
    expect(model.blocks.at(-1)).toMatchObject({ text: 'There is nothing to report for this team yet.' });
  });
});
