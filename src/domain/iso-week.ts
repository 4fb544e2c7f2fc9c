// Calendar arithmetic on ISO `YYYY-MM-DD` strings. Dates are handled as UTC calendar days, so a
// daylight-saving change (a 23- or 25-hour local day) can never move a date.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtc(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** True for a real calendar date written as `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  return fromUtc(toUtc(value)) === value;
}

/** The date `days` calendar days after `iso` (negative goes back); crosses months and years. */
export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const day = toUtc(iso).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the ISO week that contains `iso` (the date itself on a Monday). */
export function startOfIsoWeek(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}

/** The first Monday strictly after `iso`: the default start of an experiment. */
export function nextMonday(iso: string): string {
  return addDays(iso, 8 - isoWeekday(iso));
}

/**
 * ISO 8601 week number and week-year of a date. Early January can belong to the last week of the
 * previous year (2027-01-01 is week 53 of 2026) and late December to week 1 of the next.
 */
export function isoWeek(iso: string): { year: number; week: number } {
  // The Thursday of the date's week decides which year the week belongs to.
  const thursday = toUtc(addDays(iso, 4 - isoWeekday(iso)));
  const year = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** The Monday of ISO week `week` of ISO week-year `year`. */
export function mondayOfIsoWeek(year: number, week: number): string {
  // 4 January is always in week 1.
  const weekOne = startOfIsoWeek(`${year}-01-04`);
  return addDays(weekOne, (week - 1) * 7);
}
