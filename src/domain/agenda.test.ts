import { describe, expect, it } from 'vitest';
import { DECISION_MODES, RUNBOOK_IDS, THEME_IDS } from '@/content/ids';
import {
  type AgendaInput,
  buildAgenda,
  defaultStepMinutes,
  formatClock,
  parseClock,
  suggestedGroups,
} from './agenda';

/** A meeting on tillid for six in one group, decision A, from 09:00, with the test's changes. */
const agendaFor = (input: Partial<AgendaInput>) =>
  buildAgenda({
    runbookId: 'tillid',
    participants: 6,
    groups: 1,
    decisionMode: 'A',
    startTime: '09:00',
    ...input,
  });

describe('buildAgenda', () => {
  it.each(THEME_IDS)(
    'gives the %s drejebog 50 + 4·N minutes with decision A, plus the welcome',
    (runbookId) => {
      for (const participants of [1, 6, 12, 25, 40]) {
        const agenda = agendaFor({ runbookId, participants });
        expect(agenda.totalMinutes).toBe(5 + 50 + 4 * participants);
      }
    },
  );

  it('gives 30 + 4·N minutes with decision B, plus the welcome', () => {
    const agenda = agendaFor({ decisionMode: 'B' });
    expect(agenda.totalMinutes).toBe(5 + 30 + 24);
    expect(agenda.items.map((item) => item.minutes)).toEqual([5, 5, 12, 15, 12, 10]);
  });

  it('gives the dialogmøde 90 minutes plus 8 per group, plus the welcome', () => {
    for (const groups of [1, 3, 6]) {
      const agenda = agendaFor({ runbookId: 'dialogmoede', participants: 18, groups, startTime: '13:00' });
      expect(agenda.totalMinutes).toBe(5 + 90 + 8 * groups);
    }
  });

  it('puts clock times on every step and ends at start + total', () => {
    const agenda = agendaFor({ runbookId: 'fordybelse', startTime: '09:30' });
    expect(agenda.items.map((item) => `${item.start}-${item.end}`)).toEqual([
      '09:30-09:35',
      '09:35-09:40',
      '09:40-09:52',
      '09:52-10:07',
      '10:07-10:19',
      '10:19-10:49',
    ]);
    expect(agenda.endTime).toBe('10:49');
  });

  it('uses the facilitator’s edits, marks them, and ignores invalid ones', () => {
    const agenda = agendaFor({
      runbookId: 'fordybelse',
      stepMinutes: { welcome: 10, round: -3, decision: Number.NaN },
    });
    expect(agenda.items[0]).toMatchObject({ minutes: 10, defaultMinutes: 5, edited: true });
    expect(agenda.items[2]).toMatchObject({ minutes: 12, edited: false });
    expect(agenda.items[5]).toMatchObject({ minutes: 30, edited: false });
  });

  it('reports the overrun against the time available, and none when no time is given', () => {
    expect(agendaFor({ participants: 20, availableMinutes: 60 }).overrunMinutes).toBe(5 + 50 + 80 - 60);
    expect(agendaFor({ participants: 20, availableMinutes: 240 }).overrunMinutes).toBe(0);
    expect(agendaFor({ participants: 20 }).overrunMinutes).toBe(0);
  });

  it('wraps clock times past midnight', () => {
    const agenda = agendaFor({
      runbookId: 'dialogmoede',
      participants: 12,
      groups: 2,
      decisionMode: 'B',
      startTime: '23:30',
    });
    expect(agenda.endTime).toBe(formatClock(23 * 60 + 30 + agenda.totalMinutes));
    expect(agenda.endTime).toBe('01:21');
  });
});

describe('buildAgenda for every drejebog, 1 to 40 participants, decision A and B', () => {
  const cases = RUNBOOK_IDS.flatMap((runbookId) =>
    DECISION_MODES.map((decisionMode) => [runbookId, decisionMode] as const),
  );

  it.each(cases)(
    '%s with decision %s follows the toolkit’s lengths and chains the clock times',
    (runbookId, decisionMode) => {
      for (let participants = 1; participants <= 40; participants++) {
        const groups = suggestedGroups(participants, runbookId === 'dialogmoede' ? 2 : 1);
        const agenda = buildAgenda({ runbookId, participants, groups, decisionMode, startTime: '08:15' });
        const expected =
          runbookId === 'dialogmoede'
            ? 5 + 90 + 8 * groups
            : 5 + 4 * participants + (decisionMode === 'A' ? 50 : 30);
        expect(agenda.totalMinutes).toBe(expected);
        expect(agenda.items).toHaveLength(6);
        expect(agenda.items[0]?.start).toBe('08:15');
        agenda.items.slice(1).forEach((item, index) => {
          expect(item.start).toBe(agenda.items[index]?.end);
          expect(item.offsetMinutes).toBe(
            agenda.items.slice(0, index + 1).reduce((sum, i) => sum + i.minutes, 0),
          );
        });
        expect(agenda.items.at(-1)?.end).toBe(agenda.endTime);
        expect(agenda.items.reduce((sum, item) => sum + item.minutes, 0)).toBe(agenda.totalMinutes);
      }
    },
  );
});

describe('defaultStepMinutes', () => {
  it('never counts fewer than one participant or group', () => {
    const context = { participants: 0, groups: 0, decisionMode: 'A' as const };
    expect(defaultStepMinutes({ kind: 'perParticipant', minutes: 2 }, context)).toBe(2);
    expect(defaultStepMinutes({ kind: 'perGroup', minutes: 5 }, context)).toBe(5);
  });
});

describe('clock times', () => {
  it.each(['9:00', '24:00', '12:60', 'noon', ''])('rejects %j', (time) => {
    expect(() => parseClock(time)).toThrow(RangeError);
  });
});

describe('suggestedGroups', () => {
  it.each([
    [6, 2, 2],
    [25, 3, 5],
    [12, 4, 4],
    [1, 1, 1],
    [40, 2, 7],
  ])('%i participants, %i themes → %i tables', (participants, themes, tables) => {
    expect(suggestedGroups(participants, themes)).toBe(tables);
  });
});
