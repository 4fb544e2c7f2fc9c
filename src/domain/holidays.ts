import { addDays, isoWeekday, mondayOfIsoWeek } from './iso-week';

/**
 * The Danish holiday periods a six-week experiment should avoid (the toolkit chose six weeks so an
 * experiment runs "uden at blive afbrudt af de almindelige ferieperioder"). Choices:
 * - vinterferie: ISO weeks 7–8 (schools take one of the two depending on the municipality)
 * - påske: Palmesøndag to 2. påskedag, with Easter by the anonymous Gregorian algorithm
 * - sommerferie: the schools' summer holiday, from the last Saturday of June (in week 25 or 26) to
 *   the Sunday six weeks later (2026: 27 June – 9 August), so an experiment ending in the last days
 *   of June is flagged too
 * - efterårsferie: ISO week 42
 * - jul og nytår: 24 December to 1 January
 */
export const HOLIDAY_IDS = ['vinterferie', 'paaske', 'sommerferie', 'efteraarsferie', 'jul'] as const;
export type HolidayId = (typeof HOLIDAY_IDS)[number];

export interface HolidayPeriod {
  id: HolidayId;
  /** First day, ISO date, inclusive. */
  start: string;
  /** Last day, ISO date, inclusive. */
  end: string;
}

/** Easter Sunday of a Gregorian year as an ISO date (anonymous Gregorian / Meeus–Jones–Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last Saturday of June of `year` as an ISO date: the first day of the schools' summer holiday. */
export function lastSaturdayOfJune(year: number): string {
  const june30 = `${year}-06-30`;
  // ISO weekday 6 is Saturday; step back 0–6 days to reach it.
  return addDays(june30, -((isoWeekday(june30) + 1) % 7));
}

/** The holiday periods that begin in `year` (jul og nytår runs into the next year). */
export function holidayPeriods(year: number): HolidayPeriod[] {
  const weeks = (id: HolidayId, first: number, last: number): HolidayPeriod => ({
    id,
    start: mondayOfIsoWeek(year, first),
    end: addDays(mondayOfIsoWeek(year, last), 6),
  });
  const easter = easterSunday(year);
  const summer = lastSaturdayOfJune(year);
  return [
    weeks('vinterferie', 7, 8),
    { id: 'paaske', start: addDays(easter, -7), end: addDays(easter, 1) },
    // Six whole weeks plus the opening Saturday: Saturday to the Sunday 43 days later.
    { id: 'sommerferie', start: summer, end: addDays(summer, 43) },
    weeks('efteraarsferie', 42, 42),
    { id: 'jul', start: `${year}-12-24`, end: `${year + 1}-01-01` },
  ];
}

/**
 * The holiday periods that share at least one day with `from`..`to` (ISO dates, both inclusive),
 * in date order. Empty when `to` is before `from`.
 */
export function holidaysBetween(from: string, to: string): HolidayPeriod[] {
  if (to < from) return [];
  const first = Number(from.slice(0, 4)) - 1;
  const last = Number(to.slice(0, 4));
  const periods: HolidayPeriod[] = [];
  for (let year = first; year <= last; year++) periods.push(...holidayPeriods(year));
  // ISO dates compare correctly as strings.
  return periods.filter((p) => p.start <= to && p.end >= from).sort((a, b) => a.start.localeCompare(b.start));
}
