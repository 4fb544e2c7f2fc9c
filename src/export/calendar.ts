import { createEvents, type EventAttributes } from 'ics';
import type { Experiment } from '@/domain/entities/experiment';
import { addDays } from '@/domain/iso-week';
import { scheduleSixWeeks, type StopKind } from '@/domain/schedule';

/** Already translated text for the calendar, so this module stays free of the UI's i18n state. */
export interface CalendarText {
  calendarName: string;
  /** Event titles per stop, e.g. "Stop op efter 2 uger: Stille formiddag". */
  titles: Record<StopKind, string>;
  /** The three "stop op" questions. */
  questions: readonly [string, string, string];
  /** The decision question for week 6. */
  decisionQuestion: string;
  /** Labelled lines describing the experiment (Hvad? …, Hvorfor? …), empty values left out. */
  experimentLines: readonly string[];
}

function dateArray(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

/**
 * The experiment's two check-ins and its decision as all-day events in one iCalendar file (UTF-8,
 * CRLF, folded lines), for Outlook and Google Calendar. `nowMs` stamps the events; the ids stay
 * the same for an experiment, so importing the file again updates the events instead of copying
 * them. Throws if the library rejects the input.
 */
export function buildExperimentCalendar(experiment: Experiment, text: CalendarText, nowMs: number): string {
  const about = text.experimentLines.join('\n');
  const events: EventAttributes[] = scheduleSixWeeks(experiment.startDate).stops.map((stop) => ({
    uid: `${experiment.id}-${stop.kind}@servicetjek`,
    title: text.titles[stop.kind],
    description: [...(stop.kind === 'decision' ? [text.decisionQuestion] : text.questions), '', about].join(
      '\n',
    ),
    start: dateArray(stop.date),
    end: dateArray(addDays(stop.date, 1)),
    timestamp: nowMs,
    transp: 'TRANSPARENT',
    calName: text.calendarName,
  }));
  const { error, value } = createEvents(events, {
    productId: 'servicetjek/handleplan',
    calName: text.calendarName,
  });
  if (error || !value) throw error ?? new Error('Calendar could not be made');
  return value;
}
