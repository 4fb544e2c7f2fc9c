import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Workspace } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { mergeThreeWay } from '@/domain/merge-workspace';
import { clock } from '@/lib/clock';
import { safeStorage } from './storage';
import { useStorageStatus } from './storage-status';
import type * as RestoreModuleType from './workspace-restore';
import { WORKSPACE_VERSION } from './workspace-version';

/** The part of safeStorage the sync needs; tests pass a shared in-memory one for two "tabs". */
export interface KeyValueStore {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => boolean;
  removeItem: (key: string) => void;
}

interface StoreHandle {
  getState: () => Workspace;
  setState: (workspace: Workspace) => void;
}

type RestoreModule = typeof RestoreModuleType;

/** The revision from the end of an envelope we wrote (`…,"revision":12}`); NaN when not found. */
function peekRevision(raw: string): number {
  const match = /"revision":(\d+)\}$/.exec(raw.slice(-40));
  return match ? Number(match[1]) : Number.NaN;
}

/**
 * Keeps one workspace consistent across browser tabs that share localStorage.
 *
 * The stored envelope is `{ state, version, revision }`; `revision` counts writes. Each tab remembers
 * the revision it last read or wrote and the workspace at that point (`base`).
 * - Another tab's write arrives as a `storage` event: we three-way merge base → ours → theirs per
 *   record, so the other tab's edits show here and anything this tab had not yet saved survives.
 * - Before writing, we read the stored revision. If it is not ours, another tab wrote after we last
 *   synced (its event may not have arrived yet), so we merge the same way before writing instead of
 *   overwriting. Per record, a change beats no change and the later writer wins only where both
 *   changed the same record, so neither tab clobbers the other's newer data.
 * localStorage calls are synchronous, so read-merge-write in one task cannot interleave with a write
 * from the same tab; across tabs the revision check catches what the event has not yet delivered.
 */
export function createWorkspaceSync(key: string, backend: KeyValueStore = safeStorage) {
  let synced = { revision: 0, base: emptyWorkspace() };
  let restore: RestoreModule | null = null;
  let store: StoreHandle | null = null;
  // Applying another tab's data must not be written back: that would echo writes between tabs forever.
  let applyingRemote = false;

  function apply(workspace: Workspace) {
    applyingRemote = true;
    try {
      store?.setState(workspace);
    } finally {
      applyingRemote = false;
    }
  }

  /** Merge another tab's data into ours; a value of theirs that lost to ours is shown to the user. */
  function merge(base: Workspace, mine: Workspace, theirs: Workspace): Workspace {
    const { workspace, conflicts } = mergeThreeWay(base, mine, theirs);
    if (conflicts.length > 0) useStorageStatus.getState().reportConflicts(conflicts);
    return workspace;
  }

  function write(mine: Workspace) {
    // Before hydration we do not know what is stored; writing now would overwrite it. While saving
    // is held (newer-version data, or an unreadable workspace whose copy did not fit), the stored
    // data exists nowhere else, so nothing is written until the user decides.
    if (!restore || useStorageStatus.getState().savingHeld) return;
    const raw = backend.getItem(key);
    let next = mine;
    let storedRevision = synced.revision;
    // Parse and validate what is stored only when someone else wrote since: most writes skip it.
    if (raw !== null && peekRevision(raw) !== synced.revision) {
      const stored = restore.readWorkspace(raw);
      if (stored.problem === 'newerVersion') return;
      if (stored.problem === null) next = merge(synced.base, mine, stored.workspace);
      storedRevision = stored.revision;
    }
    const revision = Math.max(storedRevision, synced.revision) + 1;
    const envelope = { state: next, version: WORKSPACE_VERSION, revision };
    if (backend.setItem(key, JSON.stringify(envelope))) {
      synced = { revision, base: next };
      useStorageStatus.getState().reportSaved();
    }
    if (next !== mine) apply(next);
  }

  const storage: PersistStorage<Workspace> = {
    // Hydration loads the validating restore step (and its schema library) on demand,
    // so the first screen does not carry it.
    getItem: async (name) => {
      restore = await import('./workspace-restore');
      const result = restore.restoreWorkspace(backend.getItem(name), name, clock.now());
      if (result.notice) useStorageStatus.getState().reportRestore(result.notice);
      synced = { revision: result.revision, base: result.workspace };
      return { state: result.workspace, version: WORKSPACE_VERSION };
    },
    setItem: (_name, value: StorageValue<Workspace>) => {
      if (!applyingRemote) write(value.state);
    },
    removeItem: (name) => backend.removeItem(name),
  };

  return {
    storage,
    /** Give the sync the store to apply other tabs' data to. */
    connect(handle: StoreHandle) {
      store = handle;
    },
    /** Another tab wrote `newValue` under our key (from the window's `storage` event). */
    receive(newValue: string | null) {
      if (!restore || !store || newValue === null) return;
      const theirs = restore.readWorkspace(newValue);
      // Revisions only grow, so an older event than what we already merged is stale: skip it.
      if (theirs.problem !== null || theirs.revision <= synced.revision) return;
      const mine = store.getState();
      const merged = merge(synced.base, mine, theirs.workspace);
      synced = { revision: theirs.revision, base: theirs.workspace };
      apply(merged);
      // This tab held changes the other had not seen (e.g. a failed save): write them on top.
      if (JSON.stringify(merged) !== JSON.stringify(theirs.workspace)) write(merged);
    },
  };
}
