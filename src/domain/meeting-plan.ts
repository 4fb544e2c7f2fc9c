import {
  DIALOGMOEDE,
  isRunbookId,
  isThemeId,
  THEME_IDS,
  type DecisionMode,
  type RunbookId,
  type ThemeId,
} from '@/content/ids';
import { suggestedGroups } from './agenda';
import type { Meeting } from './entities/meeting';
import { parseWholeNumber } from './whole-number';

/** The planner's form as typed: numbers stay strings, so a half-typed value is never lost. */
export interface MeetingPlanDraft {
  teamId: string;
  runbookId: RunbookId;
  /** The dialogmøde's chosen themes; ignored by a single-theme drejebog. */
  themeIds: ThemeId[];
  date: string;
  startTime: string;
  /** Minutes set aside; empty means none given. */
  availableMinutes: string;
  participants: string;
  groups: string;
  tovholdere: string;
  place: string;
  decisionMode: DecisionMode;
}

/** The plan fields of a meeting, as stored. */
export type MeetingPlanValues = Pick<
  Meeting,
  | 'teamId'
  | 'runbookId'
  | 'themeIds'
  | 'date'
  | 'startTime'
  | 'availableMinutes'
  | 'participants'
  | 'groups'
  | 'tovholdere'
  | 'place'
  | 'decisionMode'
>;

export type PlanField = keyof MeetingPlanDraft;

/** Why a field is refused; the screen words it in the user's language. */
export type PlanError =
  | 'teamRequired'
  | 'themesMin'
  | 'dateInvalid'
  | 'timeInvalid'
  | 'availableRange'
  | 'participantsRange'
  | 'groupsRange'
  | 'textTooLong';

/** Limits the stored schema enforces, repeated here so the form can say them. */
export const PLAN_LIMITS = {
  participants: { min: 1, max: 500 },
  groups: { min: 1, max: 50 },
  availableMinutes: { min: 0, max: 24 * 60 },
  stepMinutes: { min: 0, max: 600 },
  place: 200,
  tovholdere: 500,
  minDialogThemes: 2,
} as const;

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date `YYYY-MM-DD` (no 31 February). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The themes a meeting covers: the drejebog's own theme, or the dialogmøde's choice in the toolkit's order. */
export function meetingThemes(draft: Pick<MeetingPlanDraft, 'runbookId' | 'themeIds'>): ThemeId[] {
  if (draft.runbookId !== DIALOGMOEDE) return [draft.runbookId];
  return THEME_IDS.filter((id) => draft.themeIds.includes(id));
}

/**
 * Check the draft field by field. Returns the valid fields as stored values and an error per
 * refused field, so a screen can keep what is right and say what is wrong. The dialogmøde needs
 * at least two themes (until it has them, neither drejebog nor themes count as valid); a time
 * available left empty counts as 0 (none given).
 */
export function parsePlanDraft(draft: MeetingPlanDraft): {
  values: Partial<MeetingPlanValues>;
  errors: Partial<Record<PlanField, PlanError>>;
} {
  const values: Partial<MeetingPlanValues> = { decisionMode: draft.decisionMode };
  const errors: Partial<Record<PlanField, PlanError>> = {};

  if (draft.teamId) values.teamId = draft.teamId;
  else errors.teamId = 'teamRequired';

  const themes = meetingThemes(draft);
  if (draft.runbookId === DIALOGMOEDE && themes.length < PLAN_LIMITS.minDialogThemes)
    errors.themeIds = 'themesMin';
  else {
    // The drejebog and its themes are stored together, so a dialogmøde is never saved with one theme.
    values.runbookId = draft.runbookId;
    values.themeIds = themes;
  }

  if (isIsoDate(draft.date)) values.date = draft.date;
  else errors.date = 'dateInvalid';

  if (CLOCK.test(draft.startTime)) values.startTime = draft.startTime;
  else errors.startTime = 'timeInvalid';

  const { availableMinutes: a, participants: p, groups: g } = PLAN_LIMITS;
  const available =
    draft.availableMinutes.trim() === '' ? 0 : parseWholeNumber(draft.availableMinutes, a.min, a.max);
  if (available === null) errors.availableMinutes = 'availableRange';
  else values.availableMinutes = available;

  const participants = parseWholeNumber(draft.participants, p.min, p.max);
  if (participants === null) errors.participants = 'participantsRange';
  else values.participants = participants;

  if (draft.runbookId === DIALOGMOEDE) {
    const groups = parseWholeNumber(draft.groups, g.min, g.max);
    if (groups === null) errors.groups = 'groupsRange';
    else values.groups = groups;
  } else {
    values.groups = 1;
  }

  if (draft.tovholdere.length > PLAN_LIMITS.tovholdere) errors.tovholdere = 'textTooLong';
  else values.tovholdere = draft.tovholdere;
  if (draft.place.length > PLAN_LIMITS.place) errors.place = 'textTooLong';
  else values.place = draft.place;

  return { values, errors };
}

/** The draft of a stored meeting, for editing. */
export function draftFromMeeting(meeting: Meeting): MeetingPlanDraft {
  return {
    teamId: meeting.teamId,
    runbookId: meeting.runbookId,
    themeIds: meeting.runbookId === DIALOGMOEDE ? [...meeting.themeIds] : [],
    date: meeting.date,
    startTime: meeting.startTime,
    availableMinutes: meeting.availableMinutes > 0 ? String(meeting.availableMinutes) : '',
    participants: String(meeting.participants),
    groups: String(meeting.groups),
    tovholdere: meeting.tovholdere,
    place: meeting.place,
    decisionMode: meeting.decisionMode,
  };
}

export interface PlanPrefill {
  /** Query parameters as given, e.g. from the assessment's recommendation. */
  runbook?: string | null;
  themes?: string | null;
  team?: string | null;
  /** Teams that exist; an unknown team id is ignored. */
  teamIds: readonly string[];
  /** Today as ISO `YYYY-MM-DD`. */
  today: string;
  /** People who answered the scoring round, if the plan comes from one; otherwise a default room. */
  respondents?: number;
}

/** Default participants when nothing says otherwise: "cirka seks" per group, two groups. */
export const DEFAULT_PARTICIPANTS = 12;
export const DEFAULT_START_TIME = '09:00';

/**
 * A new plan from the query string: `runbook` picks the drejebog; `themes` (comma-separated) picks
 * the dialogmøde's themes, or the theme when there is one and no runbook; unknown ids are ignored.
 * The team defaults to the only team, if there is just one.
 */
export function draftFromPrefill(prefill: PlanPrefill): MeetingPlanDraft {
  const themes = (prefill.themes ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(isThemeId);
  const unique = [...new Set(themes)];
  let runbookId: RunbookId;
  if (isRunbookId(prefill.runbook)) runbookId = prefill.runbook;
  else if (unique.length >= 2) runbookId = DIALOGMOEDE;
  else runbookId = unique[0] ?? THEME_IDS[0];

  const participants =
    prefill.respondents && prefill.respondents > 0 ? prefill.respondents : DEFAULT_PARTICIPANTS;
  const themeIds = runbookId === DIALOGMOEDE ? unique : [];
  const team =
    prefill.team && prefill.teamIds.includes(prefill.team)
      ? prefill.team
      : prefill.teamIds.length === 1
        ? (prefill.teamIds[0] ?? '')
        : '';
  return {
    teamId: team,
    runbookId,
    themeIds,
    date: prefill.today,
    startTime: DEFAULT_START_TIME,
    availableMinutes: '',
    participants: String(participants),
    groups: String(suggestedGroups(participants, Math.max(1, themeIds.length))),
    tovholdere: '',
    place: '',
    decisionMode: 'A',
  };
}
