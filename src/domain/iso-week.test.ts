import { getISOWeek, getISOWeekYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isIsoDate,
  isoWeek,
  isoWeekday,
  mondayOfIsoWeek,
  nextMonday,
  startOfIsoWeek,
} from './iso-week';

describe('isoWeek', () => {
  it.each([
    ['2026-11-23', 2026, 48],
    ['2026-01-01', 2026, 1],
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
    ['2025-12-29', 2026, 1],
  ])('puts %s in week %i/%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it('agrees with date-fns on every day from 2019 through 2032', () => {
    for (let date = '2019-01-01'; date <= '2032-12-31'; date = addDays(date, 1)) {
      const local = new Date(`${date}T12:00:00`);
      expect(isoWeek(date)).toEqual({ year: getISOWeekYear(local), week: getISOWeek(local) });
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-01-01', -1, '2026-12-31'],
  ])('%s plus %i days is %s, also across DST and year ends', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects text that is not an ISO date', () => {
    expect(() => addDays('23/11/2026', 1)).toThrow(RangeError);
  });
});

describe('weeks and weekdays', () => {
  it.each([
    ['2026-11-23', 1, '2026-11-23', '2026-11-30'],
    ['2026-11-28', 6, '2026-11-23', '2026-11-30'],
    ['2026-11-29', 7, '2026-11-23', '2026-11-30'],
    ['2026-12-31', 4, '2026-12-28', '2027-01-04'],
    ['2026-11-22', 7, '2026-11-16', '2026-11-23'],
    ['2026-11-27', 5, '2026-11-23', '2026-11-30'],
    ['2026-12-29', 2, '2026-12-28', '2027-01-04'],
    ['2028-02-28', 1, '2028-02-28', '2028-03-06'],
  ])('%s is weekday %i, its week starts %s, next Monday is %s', (date, weekday, monday, next) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(startOfIsoWeek(date)).toBe(monday);
    expect(nextMonday(date)).toBe(next);
  });

  it.each([
    [2026, 1, '2025-12-29'],
    [2026, 48, '2026-11-23'],
    [2026, 53, '2026-12-28'],
    [2027, 1, '2027-01-04'],
  ])('week %i/%i starts on %s', (year, week, monday) => {
    expect(mondayOfIsoWeek(year, week)).toBe(monday);
  });

  it('counts calendar days between dates over a DST change', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-11-01', '2026-10-01')).toBe(-31);
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['26-1-1', false],
  ])('accepts %s as a date: %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});
