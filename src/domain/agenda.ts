import type { DecisionMode, RunbookId } from '@/content/ids';
import {
  DEFAULT_WELCOME_MINUTES,
  PARTICIPANTS_PER_GROUP,
  RUNBOOKS,
  type RunbookStep,
  type StepDuration,
} from '@/content/structure';

export interface AgendaInput {
  runbookId: RunbookId;
  /** People in the room, at least 1. */
  participants: number;
  /** Tables in the dialogmøde; ignored by single-theme drejebøger. */
  groups: number;
  decisionMode: DecisionMode;
  /** Local start time `HH:MM`. */
  startTime: string;
  /** The facilitator's edits in minutes, keyed by step id; they win over the toolkit's lengths. */
  stepMinutes?: Readonly<Record<string, number>>;
  /** Minutes set aside; 0 or absent means "not given", and nothing is reported as over. */
  availableMinutes?: number;
}

export interface AgendaItem {
  step: RunbookStep;
  /** Minutes used in the agenda (the edit if there is one). */
  minutes: number;
  /** Minutes the toolkit's rule gives for this meeting. */
  defaultMinutes: number;
  edited: boolean;
  /** Minutes from the meeting's start to this step's start. */
  offsetMinutes: number;
  /** Clock times `HH:MM`. */
  start: string;
  end: string;
}

export interface Agenda {
  items: AgendaItem[];
  totalMinutes: number;
  startTime: string;
  endTime: string;
  /** How many minutes the agenda runs past the time available; 0 when it fits or none is given. */
  overrunMinutes: number;
}

/** Minutes a step takes by the toolkit's rule: per participant and per group are maxima, so they multiply. */
export function defaultStepMinutes(
  duration: StepDuration,
  { participants, groups, decisionMode }: Pick<AgendaInput, 'participants' | 'groups' | 'decisionMode'>,
): number {
  switch (duration.kind) {
    case 'unspecified':
      return DEFAULT_WELCOME_MINUTES;
    case 'fixed':
      return duration.minutes;
    case 'perParticipant':
      return duration.minutes * Math.max(1, Math.floor(participants));
    case 'perGroup':
      return duration.minutes * Math.max(1, Math.floor(groups));
    case 'byDecision':
      return duration[decisionMode];
  }
}

/** Minutes since midnight from `HH:MM`; throws on anything else, since an agenda needs a real start. */
export function parseClock(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Not a clock time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` for minutes since midnight; wraps past midnight. */
export function formatClock(minutes: number): string {
  const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
}

/** The timed agenda of a meeting: each step's length and clock time, the total and any overrun. */
export function buildAgenda(input: AgendaInput): Agenda {
  const start = parseClock(input.startTime);
  let offset = 0;
  const items = RUNBOOKS[input.runbookId].steps.map((step): AgendaItem => {
    const defaultMinutes = defaultStepMinutes(step.duration, input);
    const edit = input.stepMinutes?.[step.id];
    const minutes = edit !== undefined && Number.isFinite(edit) && edit >= 0 ? edit : defaultMinutes;
    const item: AgendaItem = {
      step,
      minutes,
      defaultMinutes,
      edited: minutes !== defaultMinutes,
      offsetMinutes: offset,
      start: formatClock(start + offset),
      end: formatClock(start + offset + minutes),
    };
    offset += minutes;
    return item;
  });
  const available = input.availableMinutes ?? 0;
  return {
    items,
    totalMinutes: offset,
    startTime: formatClock(start),
    endTime: formatClock(start + offset),
    overrunMinutes: available > 0 ? Math.max(0, offset - available) : 0,
  };
}

/** Tables for the dialogmøde: about six per table, and at least one table per chosen theme. */
export function suggestedGroups(participants: number, themeCount: number): number {
  const byPeople = Math.ceil(Math.max(1, participants) / PARTICIPANTS_PER_GROUP);
  return Math.max(1, themeCount, byPeople);
}
