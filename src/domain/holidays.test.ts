import { describe, expect, it } from 'vitest';
import { easterSunday, holidayPeriods, holidaysBetween, lastSaturdayOfJune } from './holidays';

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2016, '2016-03-27'],
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2035, '2035-03-25'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const date = easterSunday(year);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true);
    }
  });
});

describe('holidayPeriods', () => {
  it('names the periods of 2026 with their first and last days', () => {
    expect(holidayPeriods(2026)).toEqual([
      { id: 'vinterferie', start: '2026-02-09', end: '2026-02-22' },
      { id: 'paaske', start: '2026-03-29', end: '2026-04-06' },
      { id: 'sommerferie', start: '2026-06-27', end: '2026-08-09' },
      { id: 'efteraarsferie', start: '2026-10-12', end: '2026-10-18' },
      { id: 'jul', start: '2026-12-24', end: '2027-01-01' },
    ]);
  });
});

describe('sommerferie', () => {
  it.each([
    [2022, '2022-06-25'],
    [2024, '2024-06-29'],
    [2025, '2025-06-28'],
    [2026, '2026-06-27'],
    [2027, '2027-06-26'],
    [2029, '2029-06-30'],
  ])('starts on the last Saturday of June %i: %s', (year, date) => {
    expect(lastSaturdayOfJune(year)).toBe(date);
    expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(6);
  });

  it.each([
    [2025, '2025-06-28', '2025-08-10'],
    [2026, '2026-06-27', '2026-08-09'],
    [2027, '2027-06-26', '2027-08-08'],
  ])('runs like the schools in %i: %s to the Sunday six weeks later, %s', (year, start, end) => {
    expect(holidayPeriods(year).find((p) => p.id === 'sommerferie')).toEqual({
      id: 'sommerferie',
      start,
      end,
    });
  });

  it.each([
    ['2026-06-26', []],
    ['2026-06-27', ['sommerferie']],
    ['2026-08-09', ['sommerferie']],
    ['2026-08-10', []],
  ])('on the single day %s finds %j', (day, ids) => {
    expect(holidaysBetween(day, day).map((h) => h.id)).toEqual(ids);
  });
});

describe('holidaysBetween', () => {
  it.each([
    ['2026-08-17', '2026-09-28', []],
    ['2026-11-30', '2027-01-11', ['jul']],
    ['2026-12-30', '2027-01-05', ['jul']],
    ['2026-09-07', '2026-10-19', ['efteraarsferie']],
    ['2026-10-18', '2026-11-30', ['efteraarsferie']],
    ['2026-10-19', '2026-11-30', []],
    ['2027-01-11', '2027-04-05', ['vinterferie', 'paaske']],
    ['2026-05-25', '2026-07-06', ['sommerferie']],
    ['2026-12-01', '2026-11-01', []],
  ])('finds the holidays between %s and %s', (from, to, ids) => {
    expect(holidaysBetween(from, to).map((p) => p.id)).toEqual(ids);
  });
});
