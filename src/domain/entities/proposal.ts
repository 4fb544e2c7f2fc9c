import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  themeIdSchema,
  userTextSchema,
  changeTimeSchema,
} from './common';

/** The dialogmøde's 2×2 (step 4): similar/different purpose × same/different time. */
export const QUADRANTS = [
  'similarSameTime',
  'similarDifferentTime',
  'differentSameTime',
  'differentDifferentTime',
] as const;
export const quadrantSchema = z.enum(QUADRANTS);
export type Quadrant = z.infer<typeof quadrantSchema>;

/** The longest proposal the app keeps, in characters: a few sentences. */
export const PROPOSAL_TEXT_MAX = 2000;

/**
 * A proposal for an experiment ("forslag til forsøg"), said in a round or typed later.
 * Not chosen proposals stay `open` in the parking lot for the next meeting.
 */
export const proposalSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  meetingId: idSchema.nullable(),
  text: userTextSchema(PROPOSAL_TEXT_MAX).min(1),
  themeId: themeIdSchema.nullable().default(null),
  /** A group of similar proposals, merged on the board. */
  groupId: idSchema.nullable().default(null),
  /** Priority: lower comes first. */
  rank: z.number(),
  quadrant: quadrantSchema.nullable().default(null),
  /** Among the group's top two or three. */
  top: z.boolean().default(false),
  status: z.enum(['open', 'chosen', 'handedOver']).default('open'),
  createdAt: isoDateTimeSchema,
  updatedAt: changeTimeSchema,
});
export type Proposal = z.infer<typeof proposalSchema>;

export const proposalGroupSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  meetingId: idSchema.nullable(),
  name: userTextSchema(200),
  rank: z.number(),
  updatedAt: changeTimeSchema,
});
export type ProposalGroup = z.infer<typeof proposalGroupSchema>;

/** Decision B: the AMO/MED group takes the proposals on, with who and a follow-up date. */
export const handoverSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  meetingId: idSchema.nullable(),
  who: userTextSchema(500).min(1),
  followUpDate: isoDateSchema,
  note: userTextSchema(5000).default(''),
  proposalIds: z.array(idSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: changeTimeSchema,
});
export type Handover = z.infer<typeof handoverSchema>;
