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

/** Text for a calendar field: a lone CR (not part of a line break), NUL and other control characters would break the file. */
function calendarText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return text.replace(/\r\n/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

const encoder = new TextEncoder();

/**
 * Fold one content line at 75 octets, as RFC 5545 says (the library counts characters, and æ, ø and
 * å are two octets each), never inside a character; continuation lines start with a space.
 */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Undo the library's folding (CRLF and a space or tab) and fold again by octets. */
function foldByOctets(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

/**
 * The experiment's two check-ins and its decision as all-day events in one iCalendar file (UTF-8,
 * CRLF, folded lines), for Outlook and Google Calendar. `nowMs` stamps the events; the ids stay
 * the same for an experiment, so importing the file again updates the events instead of copying
 * them. Throws if the library rejects the input.
 */
export function buildExperimentCalendar(experiment: Experiment, text: CalendarText, nowMs: number): string {
  const about = calendarText(text.experimentLines.join('\n'));
  const events: EventAttributes[] = scheduleSixWeeks(experiment.startDate).stops.map((stop) => ({
    uid: `${experiment.id}-${stop.kind}@servicetjek`,
    title: calendarText(text.titles[stop.kind]),
    description: calendarText(
      [...(stop.kind === 'decision' ? [text.decisionQuestion] : text.questions), '', about].join('\n'),
    ),
    start: dateArray(stop.date),
    end: dateArray(addDays(stop.date, 1)),
    timestamp: nowMs,
    transp: 'TRANSPARENT',
    calName: calendarText(text.calendarName),
  }));
  const { error, value } = createEvents(events, {
    productId: 'servicetjek/handleplan',
    calName: calendarText(text.calendarName),
  });
  if (error || !value) throw error ?? new Error('Calendar could not be made');
  return foldByOctets(value);
}
