import { workspaceSchema, type Workspace } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { migrate } from './migrations';
import { safeStorage } from './storage';
import { WORKSPACE_VERSION } from './workspace-version';

export interface RestoreResult {
  workspace: Workspace;
  /** Set when stored data could not be read as it was; the raw text was kept under this key. */
  keptRawUnder: string | null;
}

/**
 * Turn what is stored into a valid workspace, never throwing: parse, migrate, validate with the schema
 * (which fills defaults). Whatever cannot be read is kept verbatim under a backup key, never dropped.
 */
export function restoreWorkspace(raw: string | null, key: string, nowMs = Date.now()): RestoreResult {
  if (raw === null || raw === '') return { workspace: emptyWorkspace(), keptRawUnder: null };
  try {
    const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown };
    const version = typeof parsed.version === 'number' ? parsed.version : 0;
    if (version > WORKSPACE_VERSION) throw new Error(`Stored version ${version} is newer than this app`);
    const state = (parsed.state ?? {}) as Record<string, unknown>;
    const migrated = migrate(state, Math.max(version, 1), WORKSPACE_VERSION);
    return { workspace: workspaceSchema.parse(migrated), keptRawUnder: null };
  } catch {
    const backupKey = `${key}:unreadable:${nowMs}`;
    safeStorage.setItem(backupKey, raw);
    return { workspace: emptyWorkspace(), keptRawUnder: backupKey };
  }
}
