import { z } from 'zod';
import { assessmentRoundSchema } from './assessment';
import { experimentSchema } from './experiment';
import { meetingSchema } from './meeting';
import { handoverSchema, proposalGroupSchema, proposalSchema } from './proposal';
import { teamSchema } from './team';

/** Everything a facilitator has entered on this device: what is persisted and backed up. */
export const workspaceSchema = z.object({
  teams: z.array(teamSchema).default([]),
  assessments: z.array(assessmentRoundSchema).default([]),
  meetings: z.array(meetingSchema).default([]),
  proposals: z.array(proposalSchema).default([]),
  proposalGroups: z.array(proposalGroupSchema).default([]),
  handovers: z.array(handoverSchema).default([]),
  experiments: z.array(experimentSchema).default([]),
});
export type Workspace = z.infer<typeof workspaceSchema>;
