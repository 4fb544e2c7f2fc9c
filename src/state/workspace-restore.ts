import type { z } from 'zod';
import { assessmentRoundSchema } from '@/domain/entities/assessment';
import { experimentSchema } from '@/domain/entities/experiment';
import { meetingSchema } from '@/domain/entities/meeting';
import { handoverSchema, proposalGroupSchema, proposalSchema } from '@/domain/entities/proposal';
import { teamSchema } from '@/domain/entities/team';
import type { Workspace } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { COLLECTIONS, type Collection } from '@/domain/merge-workspace';
import { migrate, WORKSPACE_MIGRATIONS, type MigrationTable } from './migrations';
import { safeStorage } from './storage';
import type { RestoreProblem } from './storage-status';
import { WORKSPACE_VERSION } from './workspace-version';

const RECORD_SCHEMAS: Record<Collection, z.ZodType> = {
  teams: teamSchema,
  assessments: assessmentRoundSchema,
  meetings: meetingSchema,
  proposals: proposalSchema,
  proposalGroups: proposalGroupSchema,
  handovers: handoverSchema,
  experiments: experimentSchema,
};

export interface ReadResult {
  workspace: Workspace;
  /** The envelope's write counter (0 when there was none); see workspace-sync.ts. */
  revision: number;
  /** The revision the writer merged onto (null in envelopes from before it was written). */
  basedOn: number | null;
  /** Why some or all of the stored data could not be used; null when all of it was read. */
  problem: 'salvaged' | 'unreadable' | 'newerVersion' | null;
  droppedRecords: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keep every record that is valid on its own; one bad meeting must not cost the team its scores. */
function salvage(state: Record<string, unknown>): { workspace: Workspace; dropped: number } {
  const workspace = emptyWorkspace();
  let dropped = 0;
  for (const collection of COLLECTIONS) {
    const records = state[collection];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      dropped += 1;
      continue;
    }
    const seen = new Set<string>();
    const kept: unknown[] = [];
    for (const record of records) {
      const parsed = RECORD_SCHEMAS[collection].safeParse(record);
      const id = parsed.success ? (parsed.data as { id: string }).id : null;
      if (id === null || seen.has(id)) {
        dropped += 1;
        continue;
      }
      seen.add(id);
      kept.push(parsed.data);
    }
    (workspace as Record<Collection, unknown[]>)[collection] = kept;
  }
  return { workspace, dropped };
}

/**
 * Read the stored envelope `{ state, version, revision }` without side effects: parse, migrate,
 * then validate record by record (the schemas fill defaults). Never throws.
 */
export function readWorkspace(
  raw: string | null,
  migrations: MigrationTable = WORKSPACE_MIGRATIONS,
): ReadResult {
  const empty = { workspace: emptyWorkspace(), revision: 0, basedOn: null, droppedRecords: 0 };
  if (raw === null || raw === '') return { ...empty, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ...empty, problem: 'unreadable' };
  }
  if (!isObject(parsed)) return { ...empty, problem: 'unreadable' };
  const revision =
    typeof parsed.revision === 'number' && Number.isFinite(parsed.revision) ? parsed.revision : 0;
  const basedOn =
    typeof parsed.basedOn === 'number' && Number.isFinite(parsed.basedOn) ? parsed.basedOn : null;
  const version = typeof parsed.version === 'number' ? parsed.version : 1;
  if (version > WORKSPACE_VERSION) return { ...empty, revision, basedOn, problem: 'newerVersion' };
  if (!isObject(parsed.state)) return { ...empty, revision, basedOn, problem: 'unreadable' };
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(parsed.state, Math.max(version, 1), WORKSPACE_VERSION, migrations);
  } catch {
    return { ...empty, revision, basedOn, problem: 'unreadable' };
  }
  const { workspace, dropped } = salvage(migrated);
  return { workspace, revision, basedOn, droppedRecords: dropped, problem: dropped > 0 ? 'salvaged' : null };
}

export interface RestoreResult extends ReadResult {
  /** What to tell the user; the raw text was kept under its backup key. */
  notice: RestoreProblem | null;
}

/** Key prefix of stored data that could not be read in full; listed and downloadable on /data. */
export const unreadableKeyPrefix = (key: string) => `${key}:unreadable:`;

/**
 * Keep `raw` as a copy under the backup prefix, unless an identical copy is already there (a reload
 * of the same unreadable data must not pile up copies). Returns the copy's key, or null when it
 * does not fit in storage.
 */
export function keepUnreadableCopy(key: string, raw: string, nowMs: number): string | null {
  const prefix = unreadableKeyPrefix(key);
  const existing = safeStorage.keys(prefix).find((copyKey) => safeStorage.getItem(copyKey) === raw);
  if (existing) return existing;
  const backupKey = `${prefix}${nowMs}`;
  return safeStorage.setItem(backupKey, raw) ? backupKey : null;
}

/**
 * Turn what is stored into a valid workspace, never throwing. When anything cannot be read, the
 * raw text is kept verbatim under a backup key first, so nothing is ever dropped silently. Data
 * from a newer version is left where it is: this build shows it as read-only (see storage-status).
 */
export function restoreWorkspace(
  raw: string | null,
  key: string,
  nowMs: number,
  migrations: MigrationTable = WORKSPACE_MIGRATIONS,
): RestoreResult {
  const result = readWorkspace(raw, migrations);
  if (!result.problem || raw === null) return { ...result, notice: null };
  if (result.problem === 'newerVersion') return { ...result, notice: { kind: 'newerVersion' } };
  const backupKey = keepUnreadableCopy(key, raw, nowMs);
  const notice: RestoreProblem =
    result.problem === 'salvaged'
      ? { kind: 'salvaged', droppedRecords: result.droppedRecords, backupKey }
      : { kind: result.problem, backupKey };
  return { ...result, notice };
}
