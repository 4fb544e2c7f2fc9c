/** The six themes, in the toolkit's order. Ids are ASCII so they survive URLs and file names. */
export const THEME_IDS = [
  'sammenhaengskraft',
  'fleksibilitet',
  'tilgaengelighed',
  'fordybelse',
  'tillid',
  'retfaerdighed',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

/** A drejebog is either one theme's runbook or the dialogmøde med flere temaer. */
export const DIALOGMOEDE = 'dialogmoede' as const;
export type RunbookId = ThemeId | typeof DIALOGMOEDE;
export const RUNBOOK_IDS: readonly RunbookId[] = [...THEME_IDS, DIALOGMOEDE];

/** Decision mode of the last step: A decides on the spot, B hands proposals to AMO/MED. */
export const DECISION_MODES = ['A', 'B'] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

/** The vurderingsskema's scale: 1 = Slet ikke vigtigt … 5 = Meget vigtigt. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

/** The six-week experiment: stop op after weeks 2 and 4, decide after week 6. */
export const EXPERIMENT_WEEKS = 6;
export const CHECK_IN_WEEKS = [2, 4] as const;
export type CheckInWeek = (typeof CHECK_IN_WEEKS)[number];

/** A score of the vurderingsskema's scale, from data that came from outside (a phone, a file). */
export function isScore(value: unknown): value is Score {
  return (SCORES as readonly unknown[]).includes(value);
}

/** A stop op week, from data that came from outside. */
export function isCheckInWeek(value: unknown): value is CheckInWeek {
  return (CHECK_IN_WEEKS as readonly unknown[]).includes(value);
}

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value);
}

export function isRunbookId(value: unknown): value is RunbookId {
  return value === DIALOGMOEDE || isThemeId(value);
}
