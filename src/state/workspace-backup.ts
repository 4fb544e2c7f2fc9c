import type { Workspace } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { mergeIncoming } from '@/domain/merge-workspace';
import { safeStorage, STORAGE_PREFIX } from './storage';
import { useStorageStatus } from './storage-status';
import { keepUnreadableCopy, readWorkspace, unreadableKeyPrefix } from './workspace-restore';
import { currentWorkspace, useWorkspace } from './workspace-store';
import { WORKSPACE_KEY, WORKSPACE_VERSION } from './workspace-version';

/** One slot on the device: the workspace as it was right before it was last replaced or deleted. */
const AUTO_BACKUP_KEY = `${STORAGE_PREFIX}auto-backup`;

export interface AutomaticBackup {
  savedAt: string;
  workspace: Workspace;
}

/** The automatic backup, validated like stored data; null when there is none or it cannot be read. */
export function readAutomaticBackup(): AutomaticBackup | null {
  const raw = safeStorage.getItem(AUTO_BACKUP_KEY);
  if (raw === null) return null;
  const result = readWorkspace(raw);
  if (result.problem === 'unreadable' || result.problem === 'newerVersion') return null;
  let savedAt = '';
  try {
    savedAt = String((JSON.parse(raw) as { savedAt?: unknown }).savedAt ?? '');
  } catch {
    return null;
  }
  return { savedAt, workspace: result.workspace };
}

function keepAutomaticBackup(workspace: Workspace, savedAt: string): boolean {
  return safeStorage.setItem(
    AUTO_BACKUP_KEY,
    JSON.stringify({ state: workspace, version: WORKSPACE_VERSION, savedAt }),
  );
}

/** Whether the last write reached storage: a failed save reports a problem, a good one clears it. */
function lastSaveSucceeded(): boolean {
  const status = useStorageStatus.getState();
  return status.problem === null && !status.savingHeld;
}

/**
 * Replace the whole workspace, keeping what was there as the automatic backup first. Returns false,
 * changing nothing, when the backup cannot be saved: replacing without it could lose data for good.
 * Also false when the new data could not be saved (it is on screen, and the storage alert says so).
 */
export function replaceWorkspace(next: Workspace, savedAt: string): boolean {
  if (!keepAutomaticBackup(currentWorkspace(), savedAt)) return false;
  useWorkspace.setState(next);
  return lastSaveSucceeded();
}

/**
 * Merge a backup file into the workspace (newer records win, see `mergeIncoming`), keeping what
 * was there as the automatic backup first, so the merge can be undone. False as `replaceWorkspace`.
 */
export function mergeIntoWorkspace(incoming: Workspace, savedAt: string): boolean {
  const current = currentWorkspace();
  return replaceWorkspace(mergeIncoming(current, incoming), savedAt);
}

/**
 * Delete everything on this device (the automatic backup keeps it, so it can be undone). The stored
 * workspace is removed before the backup is written: it is about to be emptied anyway, and a device
 * more than half full would otherwise have no room for the backup. If the backup still does not
 * fit, the stored workspace is put back and nothing changes.
 */
export function clearWorkspace(savedAt: string): boolean {
  const current = currentWorkspace();
  const stored = safeStorage.getItem(WORKSPACE_KEY);
  safeStorage.removeItem(WORKSPACE_KEY);
  if (!keepAutomaticBackup(current, savedAt)) {
    if (stored !== null) safeStorage.setItem(WORKSPACE_KEY, stored);
    return false;
  }
  useWorkspace.setState(emptyWorkspace());
  return lastSaveSucceeded();
}

/** Swap the current workspace with the automatic backup, so restoring can itself be taken back. */
export function restoreAutomaticBackup(savedAt: string): boolean {
  const backup = readAutomaticBackup();
  return backup ? replaceWorkspace(backup.workspace, savedAt) : false;
}

export interface UnreadableCopy {
  key: string;
  /** Epoch ms when the copy was kept. */
  keptAt: number;
  text: string;
}

/** Stored data that could not be read in full at some start-up, kept verbatim. */
export function listUnreadableCopies(): UnreadableCopy[] {
  const prefix = unreadableKeyPrefix(WORKSPACE_KEY);
  return safeStorage
    .keys(prefix)
    .map((key) => ({ key, keptAt: Number(key.slice(prefix.length)), text: safeStorage.getItem(key) ?? '' }))
    .sort((a, b) => b.keptAt - a.keptAt);
}

export function removeUnreadableCopy(key: string): void {
  if (key.startsWith(unreadableKeyPrefix(WORKSPACE_KEY))) safeStorage.removeItem(key);
}

/** The stored workspace exactly as it is, for the user to download while saving is held. */
export function readStoredWorkspaceText(): string | null {
  return safeStorage.getItem(WORKSPACE_KEY);
}

/**
 * Go on after a restore that held saving. Data from a newer version is kept as a copy first and
 * this build starts anew; when the copy does not fit, nothing changes and false is returned, unless
 * the user has chosen to go on without it (`keepCopy: false`, after downloading it). An unreadable
 * workspace whose copy did not fit is written over from now on.
 */
export function resumeAfterRestore(nowMs: number, { keepCopy = true } = {}): boolean {
  const status = useStorageStatus.getState();
  if (status.restoreProblem?.kind === 'newerVersion') {
    const raw = safeStorage.getItem(WORKSPACE_KEY);
    if (raw !== null) {
      if (keepCopy && keepUnreadableCopy(WORKSPACE_KEY, raw, nowMs) === null) return false;
      safeStorage.removeItem(WORKSPACE_KEY);
    }
  }
  status.resumeSaving();
  // Save what is on screen now, edits made while saving was held included.
  useWorkspace.setState(currentWorkspace());
  return true;
}
