import { z } from 'zod';
import {
  decisionModeSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  runbookIdSchema,
  themeIdSchema,
  userTextSchema,
  changeTimeSchema,
} from './common';

/**
 * A countdown as timestamps, never as counted ticks: right after the tab slept or the lid closed.
 * Running while `startedAt` is set; `elapsedMs` holds the time run before the current start.
 */
export const timerSchema = z.object({
  durationMs: z.number().int().min(0),
  startedAt: z.number().nullable(),
  elapsedMs: z.number().min(0),
});
export type TimerState = z.infer<typeof timerSchema>;

/** The speaker timer in a round: who of how many is speaking, each with the same slot. */
export const speakerRoundSchema = z.object({
  count: z.number().int().min(1),
  index: z.number().int().min(0),
  slotMs: z.number().int().min(0),
  /** When the current speaker began (epoch ms), or null when paused. */
  speakerStartedAt: z.number().nullable(),
  speakerElapsedMs: z.number().min(0),
});
export type SpeakerRound = z.infer<typeof speakerRoundSchema>;

/** What actually happened in a step, for the summary and the report. Epoch ms. */
export const stepLogSchema = z.object({
  stepId: z.string(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  /** The facilitator skipped the step rather than ran it. */
  skipped: z.boolean().default(false),
});
export type StepLog = z.infer<typeof stepLogSchema>;

/** A step's countdown as it was left, so going back to it picks up where it stopped. */
export const pausedTimerSchema = timerSchema.pick({ durationMs: true, elapsedMs: true });

export const meetingRunSchema = z.object({
  stepIndex: z.number().int().min(0),
  timer: timerSchema,
  speakers: speakerRoundSchema.nullable(),
  log: z.array(stepLogSchema),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  /** Countdowns of steps left behind, keyed by step id. */
  stepTimers: z.record(z.string(), pausedTimerSchema).default({}),
  /** A short sound when time is up; off unless the facilitator turns it on for this meeting. */
  sound: z.boolean().default(false),
});
export type MeetingRun = z.infer<typeof meetingRunSchema>;

/**
 * What the facilitator did with one proposal sent from a phone: accepted it onto the board (as the
 * proposal `proposalId`), merged it into the proposal `proposalId` already there, or hid it. Keeps no
 * text: a hidden proposal's words are never saved.
 */
export const liveProposalDecisionSchema = z.object({
  action: z.enum(['accepted', 'merged', 'hidden']),
  proposalId: idSchema.nullable().default(null),
});
export type LiveProposalDecision = z.infer<typeof liveProposalDecisionSchema>;

/**
 * A dot vote on the meeting's board: on its proposals or on its groups, in the board's order when it
 * opened. The counts are kept only once it closed (while open, they are not shown anywhere).
 */
export const dotVoteSchema = z.object({
  phase: z.enum(['open', 'closed']),
  on: z.enum(['proposals', 'groups']),
  dots: z.number().int().min(1).max(10),
  maxPerItem: z.number().int().min(1).max(10),
  items: z.array(idSchema).max(500),
  counts: z.record(z.string(), z.number().int().min(0)).optional(),
  /** Phones whose dots counted. */
  voters: z.number().int().min(0).optional(),
  openedAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.optional(),
});
export type DotVote = z.infer<typeof dotVoteSchema>;

/** A meeting planned from one drejebog: one theme's, or the dialogmøde with several themes. */
export const meetingSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  runbookId: runbookIdSchema,
  /** The single theme, or the dialogmøde's chosen themes (one table each). */
  themeIds: z.array(themeIdSchema),
  /** The scoring round the choice came from, if any. */
  assessmentRoundId: idSchema.nullable().default(null),
  date: isoDateSchema,
  /** Local clock time `HH:MM`. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  place: userTextSchema(200).default(''),
  /** Minutes set aside in the calendar. */
  availableMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  participants: z.number().int().min(1).max(500),
  /** Tables in the dialogmøde; 1 for a single-theme meeting. */
  groups: z.number().int().min(1).max(50),
  tovholdere: userTextSchema(500).default(''),
  decisionMode: decisionModeSchema,
  /** Facilitator's edits of step lengths in minutes, keyed by step id. */
  stepMinutes: z.record(z.string(), z.number().min(0).max(600)).default({}),
  /** "Før mødet" checklist, ticked off, keyed by item index. */
  checklist: z.record(z.string(), z.boolean()).default({}),
  /** Notes per step, keyed by step id. */
  notes: z.record(z.string(), userTextSchema(20000)).default({}),
  run: meetingRunSchema.nullable().default(null),
  /** Phones follow the meeting (a room is open for it); absent when phones are not in use. */
  livePhones: z.boolean().optional(),
  /** The facilitator's decisions on proposals sent from phones, keyed `<phone id>:<proposal id>`. */
  liveProposals: z.record(z.string(), liveProposalDecisionSchema).optional(),
  /** The board's dot vote, open or with its result. */
  dotVote: dotVoteSchema.optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: changeTimeSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;
