import { DIALOGMOEDE } from '@/content/ids';
import { RUNBOOKS, PARTICIPANTS_PER_GROUP } from '@/content/structure';
import { buildAgenda, suggestedGroups, type Agenda, type AgendaInput } from './agenda';

/** The shortest welcome the advice proposes, in minutes: enough to say why the room is gathered. */
export const MIN_WELCOME_MINUTES = 2;

/** Plan fields an advice changes when the facilitator takes it. */
export type AdvicePatch = Partial<
  Pick<AgendaInput, 'decisionMode' | 'groups' | 'stepMinutes' | 'availableMinutes'>
>;

/**
 * One concrete way to make the agenda fit, with what it saves; minutes throughout. `appIdea` marks
 * an idea of the app's own that the toolkit does not propose, so the screen can say so.
 */
export type AgendaAdvice =
  | { kind: 'decisionB'; savedMinutes: number; fits: boolean; patch: AdvicePatch }
  | {
      kind: 'fewerGroups';
      groups: number;
      perGroup: number;
      savedMinutes: number;
      fits: boolean;
      patch: AdvicePatch;
    }
  | { kind: 'fewerThemes'; themes: number; savedMinutes: number; fits: boolean }
  | {
      kind: 'roundsInGroups';
      groups: number;
      savedMinutes: number;
      fits: boolean;
      appIdea: true;
      patch: AdvicePatch;
    }
  | { kind: 'secondMeeting'; perMeeting: number; savedMinutes: number; fits: boolean; appIdea: true }
  | { kind: 'shorterWelcome'; minutes: number; savedMinutes: number; fits: boolean; patch: AdvicePatch }
  | { kind: 'moreTime'; availableMinutes: number; savedMinutes: 0; fits: true; patch: AdvicePatch };

export interface AdviceInput extends AgendaInput {
  /** Themes chosen for the dialogmøde; the minimum is two, and there is a table per theme. */
  themeCount: number;
}

function totalOf(input: AgendaInput): number {
  return buildAgenda(input).totalMinutes;
}

/**
 * The most people at one dialogmøde table: the toolkit gives "plads til cirka seks i hver gruppe",
 * and each table runs its drejebog's steps 2–5 (5 + 2 per person + 15 + 2 per person) in the 45
 * minutes of step 2; at six that is 44 minutes, at eight 52.
 */
export const MAX_PER_TABLE = PARTICIPANTS_PER_GROUP;

/**
 * True when the time set aside is far too short: more is missing than a shorter welcome can take
 * back, so only the real levers (decision B, fewer themes or tables, fewer people per round, a
 * second meeting) close the gap.
 */
export function isFarTooShort(agenda: Agenda): boolean {
  if (agenda.overrunMinutes <= 0) return false;
  const welcome = agenda.items.find((item) => item.step.id === 'welcome');
  const trim = welcome ? Math.max(0, welcome.minutes - MIN_WELCOME_MINUTES) : 0;
  return agenda.overrunMinutes > trim;
}

/**
 * Concrete changes that shorten an agenda that runs over the time available, each computed by
 * rebuilding the agenda (so the facilitator's edits are respected), largest saving first.
 * Empty when the agenda fits or no time available is given. Every advice stays inside the
 * toolkit's method (never more than about six at a table) unless it is marked `appIdea`. When the
 * time is far too short (see isFarTooShort) a shorter welcome is not offered, as it cannot close
 * the gap. The last advice is always to set aside the time the agenda needs.
 */
export function adviseAgenda(input: AdviceInput): AgendaAdvice[] {
  const current = buildAgenda(input);
  const overrun = current.overrunMinutes;
  if (overrun <= 0) return [];
  const total = current.totalMinutes;
  const saving = (changed: AgendaInput) => total - totalOf(changed);
  const advice: AgendaAdvice[] = [];

  if (input.runbookId !== DIALOGMOEDE && input.decisionMode === 'A') {
    const savedMinutes = saving({ ...input, decisionMode: 'B' });
    if (savedMinutes > 0) {
      advice.push({
        kind: 'decisionB',
        savedMinutes,
        fits: savedMinutes >= overrun,
        patch: { decisionMode: 'B' },
      });
    }
  }

  if (input.runbookId === DIALOGMOEDE) {
    // Fewer tables only down to the number that keeps about six at each, and one per theme.
    const minGroups = suggestedGroups(input.participants, Math.max(1, input.themeCount));
    if (input.groups > minGroups) {
      const savedMinutes = saving({ ...input, groups: minGroups });
      if (savedMinutes > 0) {
        advice.push({
          kind: 'fewerGroups',
          groups: minGroups,
          perGroup: Math.ceil(Math.max(1, input.participants) / minGroups),
          savedMinutes,
          fits: savedMinutes >= overrun,
          patch: { groups: minGroups },
        });
      }
    }
    if (input.themeCount > 2 && input.groups >= input.themeCount) {
      // A table fewer, unless the room still needs the tables for its people.
      const groups = Math.min(input.groups, suggestedGroups(input.participants, input.themeCount - 1));
      const savedMinutes = saving({ ...input, groups });
      if (savedMinutes > 0) {
        advice.push({
          kind: 'fewerThemes',
          themes: input.themeCount - 1,
          savedMinutes,
          fits: savedMinutes >= overrun,
        });
      }
    }
  } else if (input.participants > PARTICIPANTS_PER_GROUP) {
    // The app's own idea, not the toolkit's: the rounds grow with every participant; held in
    // parallel groups of about six, each round takes as long as one group's turns.
    const groups = Math.ceil(input.participants / PARTICIPANTS_PER_GROUP);
    const stepMinutes = { ...input.stepMinutes };
    for (const step of RUNBOOKS[input.runbookId].steps) {
      if (step.duration.kind === 'perParticipant') {
        stepMinutes[step.id] = step.duration.minutes * Math.ceil(input.participants / groups);
      }
    }
    const savedMinutes = saving({ ...input, stepMinutes });
    if (savedMinutes > 0) {
      advice.push({
        kind: 'roundsInGroups',
        groups,
        savedMinutes,
        fits: savedMinutes >= overrun,
        appIdea: true,
        patch: { stepMinutes },
      });
    }
  }

  if (input.runbookId !== DIALOGMOEDE && input.participants >= 2) {
    // The app's own idea too: a second meeting, the team holding the drejebog twice with half the
    // people each time, so every round has half the turns.
    const perMeeting = Math.ceil(input.participants / 2);
    const savedMinutes = saving({ ...input, participants: perMeeting });
    if (savedMinutes > 0) {
      advice.push({
        kind: 'secondMeeting',
        perMeeting,
        savedMinutes,
        fits: savedMinutes >= overrun,
        appIdea: true,
      });
    }
  }

  const welcome = current.items.find((item) => item.step.id === 'welcome');
  if (welcome && welcome.minutes > MIN_WELCOME_MINUTES && !isFarTooShort(current)) {
    const minutes = Math.max(MIN_WELCOME_MINUTES, welcome.minutes - overrun);
    const stepMinutes = { ...input.stepMinutes, welcome: minutes };
    advice.push({
      kind: 'shorterWelcome',
      minutes,
      savedMinutes: welcome.minutes - minutes,
      fits: welcome.minutes - minutes >= overrun,
      patch: { stepMinutes },
    });
  }

  advice.sort((a, b) => b.savedMinutes - a.savedMinutes);
  advice.push({
    kind: 'moreTime',
    availableMinutes: total,
    savedMinutes: 0,
    fits: true,
    patch: { availableMinutes: total },
  });
  return advice;
}
