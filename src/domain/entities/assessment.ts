import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  scoreSchema,
  themeIdSchema,
  userTextSchema,
  changeTimeSchema,
} from './common';

/** One participant's vurderingsskema: a score 1–5 per theme; a theme may be left blank. */
export const assessmentResponseSchema = z.object({
  id: idSchema,
  /** Optional; answers are anonymous by default. */
  name: userTextSchema(200).default(''),
  scores: z.partialRecord(themeIdSchema, scoreSchema),
  /** How the answer arrived: typed on the sheet, imported from a file, or sent from a phone. */
  source: z.enum(['sheet', 'import', 'live']).default('sheet'),
  createdAt: isoDateTimeSchema,
  /**
   * For an imported answer: which import it came with and how its row is known again (`id:<Forms Id>`
   * or `line:<line>`), so importing the same file twice is noticed. Holds no name, time or address.
   */
  importRef: z.object({ batch: idSchema, key: userTextSchema(120) }).optional(),
});
export type AssessmentResponse = z.infer<typeof assessmentResponseSchema>;

export const livePhaseSchema = z.enum(['open', 'closed', 'revealed']);
export type LivePhase = z.infer<typeof livePhaseSchema>;

/** Counts of how many chose 1, 2, 3, 4 and 5 (index 0 = score 1), from a show of hands or paper slips. */
export const scoreCountsSchema = z.tuple([
  z.number().int().min(0),
  z.number().int().min(0),
  z.number().int().min(0),
  z.number().int().min(0),
  z.number().int().min(0),
]);
export type ScoreCounts = z.infer<typeof scoreCountsSchema>;

/** Where the group chose to start: one theme's drejebog, or the dialogmøde with several themes. */
export const runbookChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('theme'), themeId: themeIdSchema }),
  z.object({ kind: z.literal('dialogmoede'), themeIds: z.array(themeIdSchema).min(2) }),
]);
export type RunbookChoice = z.infer<typeof runbookChoiceSchema>;

/** A dated scoring round of one team; a team scores again after its experiments to compare. */
export const assessmentRoundSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  date: isoDateSchema,
  label: userTextSchema(200).default(''),
  responses: z.array(assessmentResponseSchema).default([]),
  /** Tallied counts per theme, added to the individual responses in the summary. */
  tally: z.partialRecord(themeIdSchema, scoreCountsSchema).default({}),
  /** The facilitator's choice when it overrides the recommendation; null follows the recommendation. */
  choice: runbookChoiceSchema.nullable().default(null),
  /**
   * Collecting from phones: open for answers, closed, or closed with the distribution shown on the
   * phones; absent when phones are not in use. The room's keys are never part of the workspace.
   */
  livePhase: livePhaseSchema.optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: changeTimeSchema,
});
export type AssessmentRound = z.infer<typeof assessmentRoundSchema>;
