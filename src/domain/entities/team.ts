import { z } from 'zod';
import { idSchema, isoDateTimeSchema, userTextSchema, changeTimeSchema } from './common';

/** An afdeling or team, named by the user. Scores, meetings and experiments belong to one. */
export const teamSchema = z.object({
  id: idSchema,
  name: userTextSchema(200).min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: changeTimeSchema,
});
export type Team = z.infer<typeof teamSchema>;
