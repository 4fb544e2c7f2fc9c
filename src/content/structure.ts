import type { RunbookId } from './ids';
import { THEME_IDS, DIALOGMOEDE } from './ids';

/**
 * How long a step lasts, as the toolkit states it. Minutes throughout.
 * - `unspecified`: the toolkit gives no length (the welcome); the agenda uses a default.
 * - `perParticipant` / `perGroup`: "Max to minutter pr. deltager", "Max fem minutter pr. gruppe".
 * - `byDecision`: "A: 30 minutter / B: 10 minutter".
 */
export type StepDuration =
  | { kind: 'unspecified' }
  | { kind: 'fixed'; minutes: number }
  | { kind: 'perParticipant'; minutes: number }
  | { kind: 'perGroup'; minutes: number }
  | { kind: 'byDecision'; A: number; B: number };

/**
 * What happens in a step, so the runner knows which tools to offer:
 * a speaker round gets the speaker timer, a proposals step gets the proposal capture,
 * `clustering` is the dialogmøde's 2×2 step.
 */
export type StepActivity =
  | 'welcome'
  | 'reflection'
  | 'speakerRound'
  | 'proposalReflection'
  | 'proposalRound'
  | 'decision'
  | 'groupWork'
  | 'groupReport'
  | 'clustering'
  | 'closing';

export interface RunbookStep {
  /** Stable id, used for notes, overrides and text look-up. */
  id: string;
  /** The toolkit's step number (1–6). */
  number: number;
  duration: StepDuration;
  activity: StepActivity;
  /** True when participants present proposals for experiments in this step. */
  capturesProposals: boolean;
}

export interface RunbookStructure {
  id: RunbookId;
  steps: readonly RunbookStep[];
}

/** The toolkit gives the welcome no length; the agenda starts from this, and the facilitator may edit it. */
export const DEFAULT_WELCOME_MINUTES = 5;

/** "Giv plads til cirka seks i hver gruppe." (dialogmøde, step 2) */
export const PARTICIPANTS_PER_GROUP = 6;

/** Steps 1–6 are the same in all six single-theme drejebøger; only step 2's questions differ. */
export const THEME_RUNBOOK_STEPS: readonly RunbookStep[] = [
  {
    id: 'welcome',
    number: 1,
    duration: { kind: 'unspecified' },
    activity: 'welcome',
    capturesProposals: false,
  },
  {
    id: 'reflection',
    number: 2,
    duration: { kind: 'fixed', minutes: 5 },
    activity: 'reflection',
    capturesProposals: false,
  },
  {
    id: 'round',
    number: 3,
    duration: { kind: 'perParticipant', minutes: 2 },
    activity: 'speakerRound',
    capturesProposals: false,
  },
  {
    id: 'proposalReflection',
    number: 4,
    duration: { kind: 'fixed', minutes: 15 },
    activity: 'proposalReflection',
    capturesProposals: false,
  },
  {
    id: 'proposalRound',
    number: 5,
    duration: { kind: 'perParticipant', minutes: 2 },
    activity: 'proposalRound',
    capturesProposals: true,
  },
  {
    id: 'decision',
    number: 6,
    duration: { kind: 'byDecision', A: 30, B: 10 },
    activity: 'decision',
    capturesProposals: true,
  },
];

/** "Drejebog til dialogmøde med flere temaer" (toolkit p. 19). */
export const DIALOGMOEDE_STEPS: readonly RunbookStep[] = [
  {
    id: 'welcome',
    number: 1,
    duration: { kind: 'unspecified' },
    activity: 'welcome',
    capturesProposals: false,
  },
  {
    id: 'groupWork',
    number: 2,
    duration: { kind: 'fixed', minutes: 45 },
    activity: 'groupWork',
    capturesProposals: false,
  },
  {
    id: 'groupReport',
    number: 3,
    duration: { kind: 'perGroup', minutes: 5 },
    activity: 'groupReport',
    capturesProposals: true,
  },
  {
    id: 'clustering',
    number: 4,
    duration: { kind: 'fixed', minutes: 30 },
    activity: 'clustering',
    capturesProposals: false,
  },
  {
    id: 'priorityReport',
    number: 5,
    duration: { kind: 'perGroup', minutes: 3 },
    activity: 'groupReport',
    capturesProposals: false,
  },
  {
    id: 'closing',
    number: 6,
    duration: { kind: 'fixed', minutes: 15 },
    activity: 'closing',
    capturesProposals: false,
  },
];

export const RUNBOOKS: Readonly<Record<RunbookId, RunbookStructure>> = {
  ...(Object.fromEntries(THEME_IDS.map((id) => [id, { id, steps: THEME_RUNBOOK_STEPS }])) as Record<
    (typeof THEME_IDS)[number],
    RunbookStructure
  >),
  [DIALOGMOEDE]: { id: DIALOGMOEDE, steps: DIALOGMOEDE_STEPS },
};

/**
 * Tensions the toolkit names between themes: when both sides score high the group
 * should look at the balance ("kigge efter sammenhænge og balancer").
 */
export const THEME_TENSIONS = [
  ['fordybelse', 'tilgaengelighed'],
  ['fleksibilitet', 'sammenhaengskraft'],
  ['fleksibilitet', 'retfaerdighed'],
] as const;

/**
 * The one tension the toolkit itself states ("onlinemøder og chat risikerer at forstyrre fordybelsen").
 * The other two pairs are the app's reading and must not be credited to the toolkit.
 */
export function isToolkitTension(a: string, b: string): boolean {
  return (a === 'fordybelse' && b === 'tilgaengelighed') || (a === 'tilgaengelighed' && b === 'fordybelse');
}

/** The handleplan's columns, in the toolkit's order. */
export const HANDLEPLAN_COLUMNS = ['hvad', 'hvorfor', 'hvordan', 'hvem', 'justeringer', 'status'] as const;
export type HandleplanColumn = (typeof HANDLEPLAN_COLUMNS)[number];
