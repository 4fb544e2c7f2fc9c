import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_IN_WEEKS, DECISION_MODES, RUNBOOK_IDS, SCORES, THEME_IDS } from '@/content/ids';
import { PARTICIPANTS_PER_GROUP } from '@/content/structure';
import type { ScoreCounts } from '@/domain/entities/assessment';
import { buildAgenda, formatClock, parseClock, suggestedGroups } from './agenda';
import { addDays, daysBetween, isoWeek, isoWeekday } from './iso-week';
import { scheduleSixWeeks } from './schedule';
import { DISAGREEMENT_SPREAD, MIN_ANSWERS_FOR_DETAIL, roundShown, summarizeCounts } from './scores';

// Rules that are functions of numbers, checked over many generated inputs rather than a few picked ones.

const clock = fc
  .record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ hour, minute }) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

const isoDate = fc.integer({ min: 0, max: 365 * 150 }).map((days) => addDays('1970-01-01', days + 365 * 30));

const counts = fc
  .tuple(...SCORES.map(() => fc.integer({ min: 0, max: 40 })))
  .map((values) => values as unknown as ScoreCounts);

const answered = counts.filter((scoreCounts) => scoreCounts.some((count) => count > 0));

describe('agenda maths', () => {
  it('reads back every clock time it writes', () => {
    fc.assert(
      fc.property(clock, (time) => {
        expect(formatClock(parseClock(time))).toBe(time);
      }),
    );
  });

  it('times the steps back to back from the start, totals them and reports only a real overrun', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RUNBOOK_IDS),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...DECISION_MODES),
        clock,
        fc.integer({ min: 0, max: 600 }),
        (runbookId, participants, groups, decisionMode, startTime, availableMinutes) => {
          const agenda = buildAgenda({
            runbookId,
            participants,
            groups,
            decisionMode,
            startTime,
            availableMinutes,
          });
          let offset = 0;
          for (const item of agenda.items) {
            expect(item.offsetMinutes).toBe(offset);
            expect(item.minutes).toBeGreaterThanOrEqual(0);
            expect(item.start).toBe(formatClock(parseClock(startTime) + offset));
            offset += item.minutes;
            expect(item.end).toBe(formatClock(parseClock(startTime) + offset));
          }
          expect(agenda.totalMinutes).toBe(offset);
          expect(agenda.endTime).toBe(formatClock(parseClock(startTime) + offset));
          expect(agenda.overrunMinutes).toBe(
            availableMinutes > 0 ? Math.max(0, offset - availableMinutes) : 0,
          );
        },
      ),
    );
  });

  it('suggests tables of about six, at least one per theme and no more than the people need', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: THEME_IDS.length }),
        (participants, themes) => {
          const groups = suggestedGroups(participants, themes);
          expect(groups).toBeGreaterThanOrEqual(Math.max(1, themes));
          expect(groups * PARTICIPANTS_PER_GROUP).toBeGreaterThanOrEqual(participants);
          // One table fewer would leave more than six at a table, unless the themes ask for it.
          const needed =
            groups === Math.max(1, themes) || (groups - 1) * PARTICIPANTS_PER_GROUP < participants;
          expect(needed).toBe(true);
        },
      ),
    );
  });
});

describe('the six-week schedule', () => {
  it('puts the check-ins and the decision whole weeks after the start, on its weekday, in order', () => {
    fc.assert(
      fc.property(isoDate, (start) => {
        const schedule = scheduleSixWeeks(start);
        const weeks = [...CHECK_IN_WEEKS, 6];
        schedule.stops.forEach((stop, index) => {
          expect(stop.week).toBe(weeks[index]);
          expect(daysBetween(start, stop.date)).toBe(stop.week * 7);
          expect(isoWeekday(stop.date)).toBe(isoWeekday(start));
          expect({ year: stop.isoYear, week: stop.isoWeek }).toEqual(isoWeek(stop.date));
        });
        expect(daysBetween(start, schedule.end)).toBe(41);
      }),
    );
  });
});

describe('the spread and the figures of a theme', () => {
  it('keeps the mean and median between the lowest and highest score, and the spread within half their range', () => {
    fc.assert(
      fc.property(answered, (scoreCounts) => {
        const summary = summarizeCounts('tillid', scoreCounts);
        const n = scoreCounts.reduce((a, b) => a + b, 0);
        expect(summary.n).toBe(n);
        const { min, max, mean, median, spread } = summary;
        if (min === null || max === null || mean === null || median === null || spread === null)
          throw new Error('figures missing');
        expect(min).toBeLessThanOrEqual(mean + 1e-9);
        expect(mean).toBeLessThanOrEqual(max + 1e-9);
        expect(min).toBeLessThanOrEqual(median);
        expect(median).toBeLessThanOrEqual(max);
        expect(spread).toBeGreaterThanOrEqual(0);
        expect(spread).toBeLessThanOrEqual((max - min) / 2 + 1e-9);
        expect(summary.detailVisible).toBe(n >= MIN_ANSWERS_FOR_DETAIL);
        expect(summary.disagreement).toBe(
          n >= MIN_ANSWERS_FOR_DETAIL && roundShown(spread) >= DISAGREEMENT_SPREAD,
        );
      }),
    );
  });

  it('does not change when every answer moves by the same number of points', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 4 }), (scoreCounts, shift) => {
        // Move the answers up by `shift`, keeping only those that stay on the scale.
        const kept = scoreCounts.slice(0, 5 - shift);
        const moved = [...Array(shift).fill(0), ...kept] as unknown as ScoreCounts;
        const before = summarizeCounts('tillid', [
          ...kept,
          ...Array(shift).fill(0),
        ] as unknown as ScoreCounts);
        const after = summarizeCounts('tillid', moved);
        if (before.spread === null || after.spread === null) return;
        expect(after.spread).toBeCloseTo(before.spread, 9);
        expect(after.mean).toBeCloseTo((before.mean ?? 0) + shift, 9);
      }),
    );
  });
});
