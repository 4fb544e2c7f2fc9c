import { addDays, format, getISODay, parseISO } from 'date-fns';

/**
 * The Monday after `todayIso` (ISO `YYYY-MM-DD`), the natural start of a six-week experiment.
 * On a Monday it gives the next week's Monday, so the team has a few days to prepare.
 */
export function nextMonday(todayIso: string): string {
  const today = parseISO(todayIso);
  return format(addDays(today, 8 - getISODay(today)), 'yyyy-MM-dd');
}
