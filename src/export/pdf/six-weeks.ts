import { addWeeks, format, getISOWeek, parseISO } from 'date-fns';
import { CHECK_IN_WEEKS, EXPERIMENT_WEEKS } from '@/content/structure';

export interface SixWeekDates {
  start: { isoDate: string; week: number };
  checkIns: { afterWeeks: number; isoDate: string; week: number }[];
  decision: { isoDate: string; week: number };
}

function dated(startIso: string, weeks: number) {
  const date = addWeeks(parseISO(startIso), weeks);
  return { isoDate: format(date, 'yyyy-MM-dd'), week: getISOWeek(date) };
}

/**
 * Start, the stop op after weeks 2 and 4 and the decision after week 6 of an experiment starting on
 * `startIso` (ISO date): each milestone falls the same weekday n weeks later, with its ISO week number.
 * Interim: the handleplan feature's src/domain/schedule.ts replaces this when the branches merge.
 */
export function sixWeekDates(startIso: string): SixWeekDates {
  return {
    start: dated(startIso, 0),
    checkIns: CHECK_IN_WEEKS.map((afterWeeks) => ({ afterWeeks, ...dated(startIso, afterWeeks) })),
    decision: dated(startIso, EXPERIMENT_WEEKS),
  };
}
