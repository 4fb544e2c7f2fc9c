import { toolkitDa } from '@/content/da/toolkit';
import type { Workspace } from '@/domain/entities/workspace';
import pdfDa from '@/i18n/locales/da/pdf';
import { OTHER_TEAM, TEAM, reportWorkspace } from '../../../tests/report-workspace';
import assessmentDa from '@/i18n/locales/da/assessment';
import { collectReport, type ReportScope } from './report-collect';
import { inPeriod, periodIsValid, selectReport, selectionIsEmpty } from './report-scope';

const resources = { language: 'da' as const, labels: pdfDa, result: assessmentDa.result, toolkit: toolkitDa };
const today = { today: '2027-01-20', nowMs: Date.UTC(2027, 0, 20, 12) };
const report = (scope: Partial<ReportScope> = {}, workspace: Workspace = reportWorkspace(), team = TEAM) =>
  collectReport(workspace, team, { ...today, ...scope }, resources);
const period = (from: string | null, to: string | null) => ({ period: { from, to } });

describe('the report of a team', () => {
  it("holds all of the team's rounds, meetings and experiments and nothing of another team", () => {
    const data = report();
    expect(data?.teamName).toBe('Løn & Økonomi');
    expect(data?.rounds.map((round) => round.roundLabel)).toEqual(['Første vurdering', 'Efter forsøgene']);
    expect(data?.meetings.map((meeting) => meeting.heading)).toEqual([
      'Dialogmøde om fordybelse, tillid og sammenhængskraft, 15. september 2026',
      'Møde om fordybelse, 20. oktober 2026',
    ]);
    expect(data?.handleplan).toHaveLength(4);
    expect(data?.periodLabel).toBe('');
    const other = report({}, reportWorkspace(), OTHER_TEAM);
    expect(other?.teamName).toBe('Borgerservice');
    expect(other?.rounds.map((round) => round.roundLabel)).toEqual(['Borgerservice første']);
    expect(other?.meetings).toHaveLength(1);
    expect(other?.handleplan).toEqual([]);
  });

  it('compares the rounds from the shown figures, first to last', () => {
    const data = report();
    expect(data?.comparison?.rounds).toEqual([
      'Første vurdering, 1. sep. 2026',
      'Efter forsøgene, 12. jan. 2027',
    ]);
    expect(data?.comparison?.themes.find((theme) => theme.name === 'Tillid')).toEqual({
      name: 'Tillid',
      means: ['3,0 (14)', '4,0 (12)'],
      change: 'op 1,0',
    });
    expect(report(period('2026-09-01', '2026-12-31'))?.comparison).toBeNull();
  });

  it('names the meetings planned from a round as its choice, and says when none was', () => {
    const [first, second] = report()?.rounds ?? [];
    expect(first?.choice).toBe(
      'Jeres valg: Dialogmøde om fordybelse, tillid og sammenhængskraft, 15. september 2026 og Møde om fordybelse, 20. oktober 2026. I har valgt selv i stedet for anbefalingen.',
    );
    expect(second?.choice).toBe('Jeres valg: Der er endnu ikke planlagt et møde ud fra denne vurdering.');
  });

  it('follows the recommendation when the meeting planned from the round is the recommended one', () => {
    const workspace = reportWorkspace();
    // Fordybelse stands out in the first round; only the fordybelse meeting is planned from it.
    workspace.meetings = workspace.meetings.map((meeting) =>
      meeting.id === 'm1' ? { ...meeting, assessmentRoundId: null } : meeting,
    );
    expect(report({}, workspace)?.rounds[0]?.choice).toBe(
      'Jeres valg: Møde om fordybelse, 20. oktober 2026. I følger anbefalingen.',
    );
  });

  it('follows a recommended dialogmøde when the meeting takes up the same themes, in any order', () => {
    const workspace = reportWorkspace();
    const round = workspace.assessments.find((item) => item.id === 'r1')!;
    round.responses = round.responses.map((response) => ({
      ...response,
      scores: { tillid: 5, fordybelse: 5 },
    }));
    const dialog = workspace.meetings.find((meeting) => meeting.id === 'm1')!;
    workspace.meetings = [{ ...dialog, themeIds: ['tillid', 'fordybelse'] }];
    expect(report({}, workspace)?.rounds[0]?.choice).toBe(
      'Jeres valg: Dialogmøde om tillid og fordybelse, 15. september 2026. I følger anbefalingen.',
    );
    workspace.meetings = [{ ...dialog, themeIds: ['tillid', 'fordybelse', 'fleksibilitet'] }];
    expect(report({}, workspace)?.rounds[0]?.choice).toMatch(/I har valgt selv i stedet for anbefalingen\.$/);
  });

  it('gives the closed dot vote in vote order, ties in the board’s order, with phones and dots each', () => {
    const workspace = reportWorkspace({ proposals: 4 });
    const dialog = workspace.meetings.find((meeting) => meeting.id === 'm1')!;
    dialog.dotVote = {
      ...dialog.dotVote!,
      items: ['m1-p1', 'm1-p2', 'm1-p3', 'm1-p4'],
      counts: { 'm1-p1': 2, 'm1-p2': 5, 'm1-p3': 2, 'm1-p4': 0 },
      voters: 3,
    };
    expect(report({}, workspace)?.meetings[0]?.vote).toEqual({
      on: 'proposals',
      dotsPerPhone: 3,
      maxPerItem: 2,
      voters: 3,
      items: [
        { text: 'Fokustid uden møder fra 9 til 11 – “stille formiddag”', dots: 5 },
        { text: 'Fast mødedag om tirsdagen, hvor alle er på kontoret', dots: 2 },
        { text: 'Fælles frokost hver torsdag med skiftende værter', dots: 2 },
        { text: 'Aftaler om svartider på Teams og mail, også for Borgerservice', dots: 0 },
      ],
    });
    // A vote still open has no result to print; a meeting without one has none either.
    dialog.dotVote = { ...dialog.dotVote!, phase: 'open' };
    expect(report({}, workspace)?.meetings[0]?.vote).toBeNull();
    expect(report({}, workspace)?.meetings[1]?.vote).toBeNull();
  });

  it('gives a vote on the groups by the groups’ names', () => {
    const workspace = reportWorkspace();
    const dialog = workspace.meetings.find((meeting) => meeting.id === 'm1')!;
    dialog.dotVote = {
      ...dialog.dotVote!,
      on: 'groups',
      items: ['g1', 'g2'],
      counts: { g1: 4, g2: 9 },
      voters: 5,
    };
    expect(report({}, workspace)?.meetings[0]?.vote?.items).toEqual([
      { text: 'Ro til fordybelse', dots: 9 },
      { text: 'Møder og fællesskab', dots: 4 },
    ]);
  });

  it('keeps every period of an extended experiment, and the phones’ answers apart and sorted', () => {
    const extended = report()?.followUps[0];
    expect(extended?.periods.map((item) => [item.number, item.startIsoDate, item.checkIns.length])).toEqual([
      [1, '2026-09-28', 2],
      [2, '2026-11-09', 1],
    ]);
    expect(extended?.periods[0]?.decision).toEqual({
      outcomeLabel: 'Justeret og forlænget',
      reason: 'Vi flytter dagen til onsdag og prøver igen.',
      isoDate: '2026-11-09',
    });
    const phones = extended?.periods[0]?.checkIns[0]?.phoneAnswers;
    expect(phones?.learned).toEqual([...(phones?.learned ?? [])].sort((a, b) => a.localeCompare(b, 'da')));
    expect(phones?.learned).toHaveLength(4);
    expect(extended?.periods[0]?.checkIns[0]?.phoneScore).toEqual({ score: 3, n: 6 });
  });
});

describe('the report of a period', () => {
  it.each([
    // A round on the from-date and a meeting on the to-date are in; a day later or earlier they are not.
    ['2026-09-01', '2026-09-15', ['Første vurdering'], ['m1']],
    ['2026-09-02', '2026-09-15', [], ['m1']],
    ['2026-09-01', '2026-09-14', ['Første vurdering'], []],
    ['2026-09-15', '2026-10-20', [], ['m1', 'm2']],
    ['2026-09-16', '2026-10-19', [], []],
    [null, '2026-09-01', ['Første vurdering'], []],
    ['2027-01-12', null, ['Efter forsøgene'], []],
  ] as const)('from %s to %s holds rounds %j and meetings %j', (from, to, rounds, meetings) => {
    const selection = selectReport(reportWorkspace(), TEAM, period(from, to));
    expect(selection.rounds.map((round) => round.label)).toEqual(rounds);
    expect(selection.meetings.map((meeting) => meeting.id)).toEqual(meetings);
  });

  it('holds a check-in on either end of the period and leaves out one a day outside', () => {
    // "Fokustid" starts 5 October: stop op 19 October and 2 November, decision due 16 November.
    const checkIns = (from: string, to: string) =>
      report(period(from, to))
        ?.followUps.find((item) => item.hvad.startsWith('Fokustid'))
        ?.periods.flatMap((item) => item.checkIns.map((checkIn) => checkIn.isoDate));
    expect(checkIns('2026-10-19', '2026-11-02')).toEqual(['2026-10-19', '2026-11-02']);
    expect(checkIns('2026-10-20', '2026-11-02')).toEqual(['2026-11-02']);
    expect(checkIns('2026-10-19', '2026-11-01')).toEqual(['2026-10-19']);
  });

  it('holds an experiment from its start to its decision, and only the periods that meet the chosen one', () => {
    const experiments = (from: string, to: string) =>
      selectReport(reportWorkspace(), TEAM, period(from, to)).experiments.map((item) => item.hvad);
    // "Aftaler om svartider" runs 2 November to its decision on 14 December.
    expect(experiments('2026-12-14', '2026-12-31')).toContain(
      'Aftaler om svartider på Teams og mail, også for Borgerservice',
    );
    expect(experiments('2026-12-15', '2026-12-31')).not.toContain(
      'Aftaler om svartider på Teams og mail, også for Borgerservice',
    );
    expect(experiments('2026-10-01', '2026-11-02')).toContain(
      'Aftaler om svartider på Teams og mail, også for Borgerservice',
    );
    // The extended experiment's second period alone, after its first ended on 9 November.
    const second = report(period('2026-11-10', '2026-12-31'))?.followUps.find((item) =>
      item.hvad.startsWith('Fast mødedag'),
    );
    expect(second?.periods.map((item) => item.number)).toEqual([2]);
  });

  it('says the period in words, and nothing when the period holds nothing', () => {
    expect(report(period('2026-09-01', '2026-12-31'))?.periodLabel).toBe(
      '1. september 2026 – 31. december 2026',
    );
    expect(report(period('2026-09-01', null))?.periodLabel).toBe('Fra 1. september 2026');
    expect(report(period(null, '2026-12-31'))?.periodLabel).toBe('Til 31. december 2026');
    expect(report(period('2026-08-01', '2026-08-31'))).toBeNull();
    expect(selectionIsEmpty(selectReport(reportWorkspace(), TEAM, period('2026-08-01', '2026-08-31')))).toBe(
      true,
    );
  });

  it.each([
    ['2026-09-01', '2026-09-01', true],
    ['2026-09-01', '2026-09-02', true],
    ['2026-09-02', '2026-09-01', false],
    [null, '2026-09-01', true],
  ] as const)('a period from %s to %s is valid: %s', (from, to, valid) => {
    expect(periodIsValid({ from, to })).toBe(valid);
  });

  it('reads a time stamp by its day', () => {
    expect(inPeriod('2026-09-15T23:59:00.000Z', { from: '2026-09-15', to: '2026-09-15' })).toBe(true);
    expect(inPeriod('2026-09-16T00:00:00.000Z', { from: '2026-09-15', to: '2026-09-15' })).toBe(false);
  });
});
