import { addDays, isoWeek } from './iso-week';
import { holidaysBetween, type HolidayPeriod } from './holidays';
import { CHECK_IN_WEEKS, EXPERIMENT_WEEKS, type CheckInWeek } from '@/content/ids';

// The weeks come from content/ids.ts, the one place that says them, beside the 1–5 scale.
export { CHECK_IN_WEEKS, EXPERIMENT_WEEKS, type CheckInWeek };

/** Weeks after the start a stop falls in: a check-in's, or the decision's at the end. */
export type StopWeek = CheckInWeek | typeof EXPERIMENT_WEEKS;

/** A "stop op" after week 2 or 4, or the decision after week 6. */
export type StopKind = 'checkIn2' | 'checkIn4' | 'decision';

export interface ScheduledStop {
  kind: StopKind;
  /** Weeks after the start: 2, 4 or 6. */
  week: StopWeek;
  /** ISO date. */
  date: string;
  isoWeek: number;
  isoYear: number;
}

export interface SixWeekSchedule {
  start: string;
  /** The last day of the sixth week. */
  end: string;
  stops: readonly [ScheduledStop, ScheduledStop, ScheduledStop];
  /** Holiday periods that fall inside start..decision. */
  holidays: HolidayPeriod[];
}

function stop(kind: StopKind, week: StopWeek, start: string): ScheduledStop {
  const date = addDays(start, week * 7);
  const { week: number, year } = isoWeek(date);
  return { kind, week, date, isoWeek: number, isoYear: year };
}

/**
 * The six weeks from an ISO start date: check-ins 14 and 28 days after the start and the decision
 * 42 days after it, counted in calendar days so DST changes and year ends cannot shift them.
 */
export function scheduleSixWeeks(start: string): SixWeekSchedule {
  const [first, second] = CHECK_IN_WEEKS;
  const stops = [
    stop('checkIn2', first, start),
    stop('checkIn4', second, start),
    stop('decision', EXPERIMENT_WEEKS, start),
  ] as const;
  return {
    start,
    end: addDays(start, EXPERIMENT_WEEKS * 7 - 1),
    stops,
    holidays: holidaysBetween(start, stops[2].date),
  };
}

/** The stop op of a check-in week in a schedule. */
export function checkInStop(schedule: SixWeekSchedule, week: CheckInWeek): ScheduledStop {
  return week === CHECK_IN_WEEKS[0] ? schedule.stops[0] : schedule.stops[1];
}

/** How far (in weeks either way) a holiday-free start is looked for; a year covers every pattern. */
const SEARCH_WEEKS = 52;

/**
 * The start date nearest to `start` whose six weeks (start to decision, ISO dates) touch no holiday
 * period, on the same weekday so the team's rhythm is kept, and never before `notBefore` (usually
 * today). On equal distance the later date wins, as an earlier one is more often already too close.
 * Returns `start` itself when it is already free, and null when nothing within a year is.
 */
export function nearestHolidayFreeStart(start: string, notBefore: string): string | null {
  const isFree = (candidate: string) =>
    candidate >= notBefore && scheduleSixWeeks(candidate).holidays.length === 0;
  if (isFree(start)) return start;
  for (let weeks = 1; weeks <= SEARCH_WEEKS; weeks++) {
    const later = addDays(start, weeks * 7);
    if (isFree(later)) return later;
    const earlier = addDays(start, -weeks * 7);
    if (isFree(earlier)) return earlier;
  }
  return null;
}

/**
 * The six-week schedules of an experiment, oldest period first: each earlier period from its own
 * start, and the current one from `startDate`. A period after "justeres og forlænges" starts on
 * that decision's date, so its check-ins fall 2 and 4 weeks after it, in their own ISO weeks.
 */
export function periodSchedules(experiment: {
  startDate: string;
  earlierPeriods?: readonly { startDate: string }[] | undefined;
}): SixWeekSchedule[] {
  return [...(experiment.earlierPeriods ?? []).map((p) => p.startDate), experiment.startDate].map(
    scheduleSixWeeks,
  );
}
