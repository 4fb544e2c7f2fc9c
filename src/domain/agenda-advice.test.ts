import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '@/content/ids';
import { adviseAgenda, isFarTooShort, MAX_PER_TABLE, type AdviceInput } from './agenda-advice';
import { buildAgenda, defaultStepMinutes } from './agenda';
import { tableProcessSteps } from './table-process';

const single: AdviceInput = {
  runbookId: 'tillid',
  participants: 6,
  groups: 1,
  decisionMode: 'A',
  startTime: '09:00',
  availableMinutes: 60,
  themeCount: 1,
};

const dialog: AdviceInput = {
  runbookId: 'dialogmoede',
  participants: 24,
  groups: 4,
  decisionMode: 'A',
  startTime: '13:00',
  availableMinutes: 120,
  themeCount: 3,
};

function kinds(input: AdviceInput) {
  return adviseAgenda(input).map((advice) => advice.kind);
}

describe('adviseAgenda', () => {
  it.each([
    ['it fits', { ...single, availableMinutes: 240 }],
    ['no time is given', { ...single, availableMinutes: 0 }],
    ['the time is left out', { ...single, availableMinutes: undefined }],
  ])('gives no advice when %s', (_case, input) => {
    expect(adviseAgenda(input)).toEqual([]);
  });

  it('offers decision B for a single theme meeting, saving 20 minutes', () => {
    // 5 + 50 + 24 = 79 minutes against 60: 19 over, so B alone makes it fit.
    const advice = adviseAgenda(single);
    expect(advice[0]).toMatchObject({
      kind: 'decisionB',
      savedMinutes: 20,
      fits: true,
      patch: { decisionMode: 'B' },
    });
  });

  it('does not offer decision B when B is already chosen or the decision step is edited', () => {
    expect(kinds({ ...single, decisionMode: 'B', availableMinutes: 50 })).not.toContain('decisionB');
    expect(kinds({ ...single, stepMinutes: { decision: 10 }, availableMinutes: 50 })).not.toContain(
      'decisionB',
    );
  });

  it('shortens the welcome by the overrun, but not below two minutes', () => {
    const small = adviseAgenda({ ...single, availableMinutes: 77 }).find((a) => a.kind === 'shorterWelcome');
    expect(small).toMatchObject({ minutes: 3, savedMinutes: 2, fits: true });
    const large = adviseAgenda({ ...single, availableMinutes: 76 }).find((a) => a.kind === 'shorterWelcome');
    expect(large).toMatchObject({
      minutes: 2,
      savedMinutes: 3,
      fits: true,
      patch: { stepMinutes: { welcome: 2 } },
    });
  });

  it('runs the rounds of a large single theme meeting in groups of about six', () => {
    // 30 people: five groups of six, so each round takes 12 minutes instead of 60.
    const advice = adviseAgenda({ ...single, participants: 30 }).find((a) => a.kind === 'roundsInGroups');
    expect(advice).toMatchObject({
      kind: 'roundsInGroups',
      groups: 5,
      savedMinutes: 96,
      patch: { stepMinutes: { round: 12, proposalRound: 12 } },
    });
  });

  it('does not offer groups for rounds of six or fewer', () => {
    expect(kinds({ ...single, participants: 6 })).not.toContain('roundsInGroups');
  });

  it('offers fewer tables in the dialogmøde, down to one per theme with about six at each', () => {
    // 18 people at 4 tables: 5 + 90 + 8·4 = 127 against 120; three tables of six save 8.
    const advice = adviseAgenda({ ...dialog, participants: 18 }).find((a) => a.kind === 'fewerGroups');
    expect(advice).toMatchObject({
      groups: 3,
      perGroup: 6,
      savedMinutes: 8,
      fits: true,
      patch: { groups: 3 },
    });
    expect(advice).not.toHaveProperty('appIdea');
  });

  it.each([
    [19, 4, null],
    [18, 4, 3],
    [13, 3, null],
    [12, 3, 2],
  ])('never seats more than six at a table: %i people at %i tables → %s', (participants, groups, fewer) => {
    const input = { ...dialog, participants, groups, themeCount: 2, availableMinutes: 60 };
    const advice = adviseAgenda(input).find((a) => a.kind === 'fewerGroups');
    expect(advice && advice.kind === 'fewerGroups' ? [advice.groups, advice.perGroup] : null).toEqual(
      fewer === null ? null : [fewer, Math.ceil(participants / fewer)],
    );
  });

  it('keeps a table to the six whose steps 2–5 fit in the 45 minutes; eight take 52', () => {
    const tableMinutes = (participants: number) =>
      tableProcessSteps('tillid').reduce(
        (sum, step) =>
          sum + defaultStepMinutes(step.duration, { participants, groups: 1, decisionMode: 'A' }),
        0,
      );
    expect(MAX_PER_TABLE).toBe(6);
    expect(tableMinutes(MAX_PER_TABLE)).toBe(44);
    expect(tableMinutes(7)).toBe(48);
    expect(tableMinutes(8)).toBe(52);
  });

  it("marks the app's own ideas (rounds in parallel groups, a second meeting) as the app's", () => {
    const advice = adviseAgenda({ ...single, participants: 30 });
    const own = advice.filter((a) => 'appIdea' in a).map((a) => a.kind);
    expect(own).toEqual(expect.arrayContaining(['roundsInGroups', 'secondMeeting']));
    expect(own).toHaveLength(2);
  });

  it.each([
    [76, false],
    [75, true],
    [50, true],
    [79, false],
  ])('with %i minutes set aside for 79, far too short is %s (a welcome can give 3)', (available, far) => {
    const input = { ...single, availableMinutes: available };
    expect(isFarTooShort(buildAgenda(input))).toBe(far);
    expect(kinds(input).includes('shorterWelcome')).toBe(available < 79 && !far);
  });

  it('says what really closes a 29-minute gap, with the minutes each saves', () => {
    // Tillid with six people and decision A: 5 + 5 + 12 + 15 + 12 + 30 = 79 against 50.
    const advice = adviseAgenda({ ...single, availableMinutes: 50 });
    expect(buildAgenda({ ...single, availableMinutes: 50 }).overrunMinutes).toBe(29);
    expect(advice.map(({ kind, savedMinutes }) => [kind, savedMinutes])).toEqual([
      ['decisionB', 20],
      ['secondMeeting', 12],
      ['moreTime', 0],
    ]);
  });

  it('gives the dialogmøde its real levers when far too short: fewer tables of six, fewer themes', () => {
    const input = { ...dialog, participants: 18, groups: 4, themeCount: 3, availableMinutes: 98 };
    expect(buildAgenda(input).overrunMinutes).toBe(29);
    expect(adviseAgenda(input).map(({ kind, savedMinutes }) => [kind, savedMinutes])).toEqual([
      ['fewerGroups', 8],
      ['fewerThemes', 8],
      ['moreTime', 0],
    ]);
  });

  it('offers one theme fewer in the dialogmøde when that frees a table', () => {
    const input = { ...dialog, participants: 12, groups: 4, themeCount: 4 };
    expect(adviseAgenda(input).find((a) => a.kind === 'fewerThemes')).toMatchObject({
      themes: 3,
      savedMinutes: 8,
    });
  });

  it.each([
    ['two themes are the minimum', { ...dialog, groups: 2, themeCount: 2, availableMinutes: 100 }],
    ['the room needs every table anyway', { ...dialog, participants: 36, groups: 6, themeCount: 3 }],
  ])('does not offer fewer themes when %s', (_case, input) => {
    expect(kinds(input)).not.toContain('fewerThemes');
  });

  it('never offers decision B or round groups in the dialogmøde, where they change no length', () => {
    expect(kinds({ ...dialog, availableMinutes: 60 })).not.toContain('decisionB');
    expect(kinds({ ...dialog, availableMinutes: 60 })).not.toContain('roundsInGroups');
  });

  it('lists the largest saving first and ends with setting aside the time needed', () => {
    const advice = adviseAgenda({ ...single, participants: 30 });
    const savings = advice.slice(0, -1).map((a) => a.savedMinutes);
    expect(savings).toEqual([...savings].sort((a, b) => b - a));
    expect(advice.at(-1)).toEqual({
      kind: 'moreTime',
      availableMinutes: 175,
      savedMinutes: 0,
      fits: true,
      patch: { availableMinutes: 175 },
    });
  });

  it.each(THEME_IDS.flatMap((id) => [1, 7, 20, 40].map((participants) => [id, participants] as const)))(
    'states savings that are exactly what taking the advice saves (%s, %i participants)',
    (runbookId, participants) => {
      const input: AdviceInput = { ...single, runbookId, participants, availableMinutes: 30 };
      const before = buildAgenda(input).totalMinutes;
      for (const advice of adviseAgenda(input)) {
        if (advice.kind === 'fewerThemes' || advice.kind === 'moreTime') continue;
        const taken = advice.kind === 'secondMeeting' ? { participants: advice.perMeeting } : advice.patch;
        expect(before - buildAgenda({ ...input, ...taken }).totalMinutes).toBe(advice.savedMinutes);
      }
    },
  );
});
