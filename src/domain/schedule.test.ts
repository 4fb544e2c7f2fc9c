import { describe, expect, it } from 'vitest';
import { checkInStop, nearestHolidayFreeStart, periodSchedules, scheduleSixWeeks } from './schedule';

describe('scheduleSixWeeks', () => {
  it.each([
    // Plain autumn weeks.
    ['2026-08-17', ['2026-08-31', 36], ['2026-09-14', 38], ['2026-09-28', 40]],
    // Across the spring DST change (29 March 2026).
    ['2026-03-16', ['2026-03-30', 14], ['2026-04-13', 16], ['2026-04-27', 18]],
    // Across the autumn DST change (25 October 2026).
    ['2026-10-12', ['2026-10-26', 44], ['2026-11-09', 46], ['2026-11-23', 48]],
    // Across the year end, through ISO week 53 of 2026.
    ['2026-11-30', ['2026-12-14', 51], ['2026-12-28', 53], ['2027-01-11', 2]],
    // A start on another weekday keeps its weekday.
    ['2026-12-17', ['2026-12-31', 53], ['2027-01-14', 2], ['2027-01-28', 4]],
  ] as const)('from %s: stops at %j, %j and decision %j', (start, two, four, six) => {
    const schedule = scheduleSixWeeks(start);
    expect(schedule.stops.map((s) => [s.date, s.isoWeek])).toEqual([two, four, six]);
    expect(schedule.stops.map((s) => s.kind)).toEqual(['checkIn2', 'checkIn4', 'decision']);
  });

  it('ends on the last day of the sixth week', () => {
    expect(scheduleSixWeeks('2026-11-30').end).toBe('2027-01-10');
  });

  it('names the ISO week-year of a stop in early January', () => {
    const stops = scheduleSixWeeks('2026-11-20').stops;
    expect([stops[2].date, stops[2].isoYear, stops[2].isoWeek]).toEqual(['2027-01-01', 2026, 53]);
  });

  it.each([
    ['2026-08-17', []],
    ['2026-11-30', ['jul']],
    ['2026-09-07', ['efteraarsferie']],
    ['2027-01-04', ['vinterferie']],
    ['2026-03-02', ['paaske']],
  ])('warns about the holidays in six weeks from %s: %j', (start, ids) => {
    expect(scheduleSixWeeks(start).holidays.map((h) => h.id)).toEqual(ids);
  });
});

describe('checkInStop', () => {
  it('finds the stop op of week 2 and of week 4, not the decision', () => {
    const schedule = scheduleSixWeeks('2026-11-02');
    expect(checkInStop(schedule, 2)).toMatchObject({ kind: 'checkIn2', week: 2, date: '2026-11-16' });
    expect(checkInStop(schedule, 4)).toMatchObject({ kind: 'checkIn4', week: 4, date: '2026-11-30' });
  });
});

describe('nearestHolidayFreeStart', () => {
  it.each([
    // Already free: kept as it is, also the first Monday after the summer holiday.
    ['2026-08-17', '2026-01-01', '2026-08-17'],
    ['2026-08-10', '2026-01-01', '2026-08-10'],
    // The summer holiday's last day (Sunday 9 August) is one day too many: a week later.
    ['2026-08-09', '2026-01-01', '2026-08-16'],
    // Inside the summer holiday: the Monday after it.
    ['2026-08-03', '2026-01-01', '2026-08-10'],
    // A decision on 29 June is in the holiday; a week earlier it ends on 22 June, before it.
    ['2026-05-18', '2026-01-01', '2026-05-11'],
    // ... unless that week has passed: then after the summer holiday.
    ['2026-05-18', '2026-05-12', '2026-08-10'],
    ['2026-05-18', '2026-05-11', '2026-05-11'],
    // Efterårsferie: two weeks earlier is nearer than six weeks later.
    ['2026-09-07', '2026-01-01', '2026-08-24'],
    // Jul og nytår: three weeks earlier ends on 21 December.
    ['2026-11-30', '2026-01-01', '2026-11-09'],
    // Too late for that: after jul, vinterferie and påske 2027.
    ['2026-11-30', '2026-11-20', '2027-04-05'],
  ])('from %s, not before %s, suggests %s', (start, notBefore, expected) => {
    const suggestion = nearestHolidayFreeStart(start, notBefore);
    expect(suggestion).toBe(expected);
    expect(scheduleSixWeeks(expected).holidays).toEqual([]);
  });

  it('on equal distance prefers the later date', () => {
    // From 21 September, 24 August (4 weeks back) and 19 October (4 weeks on) are the nearest free starts.
    expect(nearestHolidayFreeStart('2026-09-21', '2026-01-01')).toBe('2026-10-19');
  });
});

describe('periodSchedules', () => {
  it('gives a second period its own check-ins after 2 and 4 weeks and its own decision, across a year end', () => {
    // Extended at the first decision, Monday 14 December 2026: the new six weeks run from there.
    const [first, second, third] = periodSchedules({
      startDate: '2026-12-14',
      earlierPeriods: [{ startDate: '2026-11-02' }],
    });
    expect(third).toBeUndefined();
    expect(first?.stops.map((s) => [s.kind, s.date, s.isoWeek])).toEqual([
      ['checkIn2', '2026-11-16', 47],
      ['checkIn4', '2026-11-30', 49],
      ['decision', '2026-12-14', 51],
    ]);
    expect(second?.stops.map((s) => [s.kind, s.date, s.isoYear, s.isoWeek])).toEqual([
      ['checkIn2', '2026-12-28', 2026, 53],
      ['checkIn4', '2027-01-11', 2027, 2],
      ['decision', '2027-01-25', 2027, 4],
    ]);
    expect(first?.holidays).toEqual([]);
    expect(second?.holidays.map((h) => h.id)).toEqual(['jul']);
  });

  it('flags the holidays of each period on its own', () => {
    const [first, second] = periodSchedules({
      startDate: '2026-06-01',
      earlierPeriods: [{ startDate: '2026-04-20' }],
    });
    expect(first?.holidays).toEqual([]);
    expect(second?.stops.map((s) => s.isoWeek)).toEqual([25, 27, 29]);
    expect(second?.holidays.map((h) => h.id)).toEqual(['sommerferie']);
  });

  it('is the one six weeks while the experiment has not been extended', () => {
    expect(periodSchedules({ startDate: '2026-11-02', earlierPeriods: [] })).toEqual([
      scheduleSixWeeks('2026-11-02'),
    ]);
  });
});
