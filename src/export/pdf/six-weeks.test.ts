import { sixWeekDates } from './six-weeks';

describe('sixWeekDates', () => {
  it.each([
    ['2026-11-23', 48, ['2026-12-07', 50], ['2026-12-21', 52], ['2027-01-04', 1]],
    ['2026-03-02', 10, ['2026-03-16', 12], ['2026-03-30', 14], ['2026-04-13', 16]],
    // A Thursday start across the summer's DST change keeps the weekday and the calendar day.
    ['2026-03-26', 13, ['2026-04-09', 15], ['2026-04-23', 17], ['2026-05-07', 19]],
  ] as const)(
    'from %s (week %i) dates both stop op and the decision',
    (start, week, first, second, decision) => {
      const dates = sixWeekDates(start);
      expect(dates.start).toEqual({ isoDate: start, week });
      expect(dates.checkIns).toEqual([
        { afterWeeks: 2, isoDate: first[0], week: first[1] },
        { afterWeeks: 4, isoDate: second[0], week: second[1] },
      ]);
      expect(dates.decision).toEqual({ isoDate: decision[0], week: decision[1] });
    },
  );
});
