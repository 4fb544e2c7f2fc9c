import { z } from 'zod';
import { CHECK_IN_WEEKS } from '@/content/ids';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  scoreSchema,
  themeIdSchema,
  userTextSchema,
  changeTimeSchema,
} from './common';

/**
 * The stop op's answers, as one phone or the whole team gives them: Hvad har vi lært? Hvad skal vi
 * fortsætte med? Hvad skal vi justere? and an optional re-score of the experiment's theme, 1–5.
 */
const stopOpAnswerFields = (maxLength?: number) => ({
  learned: userTextSchema(maxLength).default(''),
  continueWith: userTextSchema(maxLength).default(''),
  adjust: userTextSchema(maxLength).default(''),
  score: scoreSchema.nullable().default(null),
});

/**
 * One phone's answer to a stop op, anonymous. `id` is derived from the phone's random id so a
 * changed answer replaces its earlier one; it names no person, and the screens and the report list
 * each question's answers apart, never one phone's answers together.
 */
export const phoneCheckInAnswerSchema = z.object({ id: idSchema, ...stopOpAnswerFields(1000) });
export type PhoneCheckInAnswer = z.infer<typeof phoneCheckInAnswerSchema>;

/** A "stop op" after week 2 or 4, as recorded for the team. */
export const checkInSchema = z.object({
  week: z.literal(CHECK_IN_WEEKS),
  date: isoDateSchema,
  ...stopOpAnswerFields(),
  /** Answers sent from phones (the stop op opened for phones); absent when none came. */
  phoneAnswers: z.array(phoneCheckInAnswerSchema).max(500).optional(),
  recordedAt: isoDateTimeSchema,
});
export type CheckIn = z.infer<typeof checkInSchema>;

/** An adjustment made to the experiment, shown under "Justeringer – hvornår". */
export const adjustmentSchema = z.object({
  date: isoDateSchema,
  text: userTextSchema(2000).min(1),
});
export type Adjustment = z.infer<typeof adjustmentSchema>;

/** After six weeks: gøres permanent / justeres og forlænges / stoppes. */
export const DECISION_OUTCOMES = ['permanent', 'extend', 'stop'] as const;
export const experimentDecisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  reason: userTextSchema(),
  date: isoDateSchema,
});
export type ExperimentDecision = z.infer<typeof experimentDecisionSchema>;

/**
 * A six-week period that ended in "justeres og forlænges" (the app's addition to the toolkit's
 * "gøres permanent"): its start, its check-ins and that decision, kept when the next period starts.
 */
export const experimentPeriodSchema = z.object({
  startDate: isoDateSchema,
  checkIns: z.array(checkInSchema).default([]),
  decision: experimentDecisionSchema,
});

/**
 * One row of the handleplan: a six-week experiment ("forsøg"). `startDate`, `checkIns` and
 * `decision` belong to the current period; earlier periods, each ended by "justeres og forlænges",
 * are kept in `earlierPeriods`, oldest first.
 */
export const experimentSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  meetingId: idSchema.nullable().default(null),
  proposalId: idSchema.nullable().default(null),
  themeIds: z.array(themeIdSchema).default([]),
  hvad: userTextSchema(2000),
  hvorfor: userTextSchema().default(''),
  hvordan: userTextSchema().default(''),
  hvem: userTextSchema(500).default(''),
  /** First day of the six weeks. */
  startDate: isoDateSchema,
  /** The theme's score before the experiment, for the before/after line. */
  baselineScore: scoreSchema.nullable().default(null),
  checkIns: z.array(checkInSchema).default([]),
  adjustments: z.array(adjustmentSchema).default([]),
  decision: experimentDecisionSchema.nullable().default(null),
  /** The periods before the current one, oldest first; absent (or empty) until the experiment is extended. */
  earlierPeriods: z.array(experimentPeriodSchema).optional(),
  /**
   * A stop op open for phones: which check-in, and whether phones may still answer. Absent when phones
   * are not in use; the room's keys are never part of the workspace.
   */
  liveCheckIn: z.object({ week: z.literal(CHECK_IN_WEEKS), phase: z.enum(['open', 'closed']) }).optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: changeTimeSchema,
});
export type Experiment = z.infer<typeof experimentSchema>;
