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

/** How many of the states this tab read or wrote it remembers, to merge a late write correctly. */
const HISTORY = 64;

/**
 * Keeps one workspace consistent across browser tabs that share localStorage.
 *
 * The stored envelope is `{ state, version, basedOn, revision }`; `revision` counts writes and
 * `basedOn` is the revision the writer merged its edits onto. Each tab remembers the raw text it
 * last read or wrote and the workspace at that point (`base`), plus the workspaces of recent
 * revisions.
 * - Another tab's write arrives as a `storage` event: we three-way merge base → ours → theirs per
 *   record and field, so the other tab's edits show here and anything this tab had not yet saved
 *   survives.
 * - Before writing, we compare what is stored with what we last synced. If another tab wrote since
 *   (its event may not have arrived yet), we merge the same way before writing instead of
 *   overwriting.
 * - Tabs run in separate processes, and one may write on top of a stored value that is already
 *   out of date (its `basedOn` is older than our last write). Merging from our later base would
 *   take its stale fields for changes, so we merge from the state at its `basedOn` instead.
 * Where both changed one field, the later writer wins and the value that lost is shown to the user.
 */
export function createWorkspaceSync(key: string, backend: KeyValueStore = safeStorage) {
  let synced = { revision: 0, base: emptyWorkspace(), raw: null as string | null };
  const history = new Map<number, Workspace>();
  let restore: RestoreModule | null = null;
  let store: StoreHandle | null = null;
  // Applying another tab's data must not be written back: that would echo writes between tabs forever.
  let applyingRemote = false;

  function remember(revision: number, base: Workspace, raw: string | null) {
    synced = { revision, base, raw };
    history.set(revision, base);
    if (history.size > HISTORY) history.delete(history.keys().next().value as number);
  }

  /** The common ancestor of our state and a write made on top of `basedOn`. */
  function baseFor(basedOn: number | null): Workspace {
    if (basedOn !== null && basedOn < synced.revision) return history.get(basedOn) ?? synced.base;
    return synced.base;
  }

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
    if (raw !== null && raw !== synced.raw) {
      const stored = restore.readWorkspace(raw);
      if (stored.problem === 'newerVersion') return;
      if (stored.problem === null) next = merge(baseFor(stored.basedOn), mine, stored.workspace);
      storedRevision = stored.revision;
    }
    const revision = Math.max(storedRevision, synced.revision) + 1;
    const text = JSON.stringify({
      state: next,
      version: WORKSPACE_VERSION,
      basedOn: storedRevision,
      revision,
    });
    if (backend.setItem(key, text)) {
      remember(revision, next, text);
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
      remember(result.revision, result.workspace, backend.getItem(name));
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
      if (!restore || !store || newValue === null || newValue === synced.raw) return;
      const theirs = restore.readWorkspace(newValue);
      // Revisions only grow, so an older event than what we already merged is stale: skip it. Two
      // tabs can write the same revision at once; that one is merged, not skipped.
      if (theirs.problem !== null || theirs.revision < synced.revision) return;
      const mine = store.getState();
      const merged = merge(baseFor(theirs.basedOn), mine, theirs.workspace);
      remember(theirs.revision, theirs.workspace, newValue);
      apply(merged);
      // This tab held changes the other had not seen (e.g. a failed save): write them on top.
      if (JSON.stringify(merged) !== JSON.stringify(theirs.workspace)) write(merged);
    },
  };
}
