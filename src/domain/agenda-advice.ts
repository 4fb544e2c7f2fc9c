import { DIALOGMOEDE } from '@/content/ids';
import { RUNBOOKS, PARTICIPANTS_PER_GROUP } from '@/content/structure';
import { buildAgenda, suggestedGroups, type AgendaInput } from './agenda';

/** The shortest welcome the advice proposes, in minutes: enough to say why the room is gathered. */
export const MIN_WELCOME_MINUTES = 2;

/** Plan fields an advice changes when the facilitator takes it. */
export type AdvicePatch = Partial<
  Pick<AgendaInput, 'decisionMode' | 'groups' | 'stepMinutes' | 'availableMinutes'>
>;

/** One concrete way to make the agenda fit, with what it saves; minutes throughout. */
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
  | { kind: 'roundsInGroups'; groups: number; savedMinutes: number; fits: boolean; patch: AdvicePatch }
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
 * Concrete changes that shorten an agenda that runs over the time available, each computed by
 * rebuilding the agenda (so the facilitator's edits are respected), largest saving first.
 * Empty when the agenda fits or no time available is given. The last advice is always to set
 * aside the time the agenda needs.
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
    const minGroups = Math.max(1, input.themeCount);
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
    // The rounds grow with every participant; held in parallel groups of about six, each round
    // takes as long as one group's turns.
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
        patch: { stepMinutes },
      });
    }
  }

  const welcome = current.items.find((item) => item.step.id === 'welcome');
  if (welcome && welcome.minutes > MIN_WELCOME_MINUTES) {
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
