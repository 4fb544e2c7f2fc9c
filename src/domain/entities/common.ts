import { z } from 'zod';
import { DECISION_MODES, RUNBOOK_IDS, SCORES, THEME_IDS } from '@/content/ids';

// The app's Content-Security-Policy allows no eval: zod must not probe `new Function` for its
// compiled parsers (the probe alone is reported as a CSP violation in the browser's issues panel).
z.config({ jitless: true });

/** Ids are opaque strings made by `lib/id.ts`. */
export const idSchema = z.string().min(1).max(100);

/** A calendar date as ISO `YYYY-MM-DD`, never a Date: time zones must not move it. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A moment as ISO 8601 with time zone, e.g. `new Date().toISOString()`. */
export const isoDateTimeSchema = z.string().min(10).max(40);
/** When a record was last changed (set by the store); a merge keeps the newer of two versions. */
export const changeTimeSchema = isoDateTimeSchema.optional();

/** Free text typed by a user; bounded so one pasted novel cannot fill the storage quota. */
export const userTextSchema = (max = 5000) => z.string().max(max);

export const themeIdSchema = z.enum(THEME_IDS);
export const runbookIdSchema = z
  .enum(RUNBOOK_IDS as [string, ...string[]])
  .pipe(z.custom<(typeof RUNBOOK_IDS)[number]>());
export const decisionModeSchema = z.enum(DECISION_MODES);
/** A score on the vurderingsskema's 1–5 scale (content/ids.ts). */
export const scoreSchema = z.literal(SCORES);
