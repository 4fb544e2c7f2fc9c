import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Workspace } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { mergeThreeWay, type FieldValue } from '@/domain/merge-workspace';
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

/** How many writes came before: a revision is this count plus its writer's mark (a fraction). */
const count = (revision: number) => Math.floor(revision);
/** Which tab wrote a revision; envelopes from before the marks all share mark 0. */
const writerOf = (revision: number) => (revision - count(revision)).toFixed(6);

/**
 * Keeps one workspace consistent across browser tabs that share localStorage.
 *
 * The stored envelope is `{ state, version, basedOn, revision }`; `revision` names a write: the
 * number of writes before it plus a fraction that marks the tab that wrote it, so two tabs writing
 * at the same moment never write the same revision. `basedOn` is the revision whose workspace the
 * writer merged its edits onto. Each tab remembers the raw text it last read or wrote and the
 * workspace at that point (`base`), the workspaces of recent revisions, and per tab the last write
 * of that tab it has merged.
 * - Another tab's write arrives as a `storage` event: we three-way merge base → ours → theirs per
 *   record and field, from the workspace at its `basedOn`, so the other tab's edits show here and
 *   anything this tab had not yet saved survives. Only a write of that tab we already merged (or
 *   an earlier one) is skipped: a tab's later write holds everything its earlier ones did.
 * - Before writing, we compare what is stored with what we last synced. If another tab wrote since
 *   (its event may not have arrived yet), we merge the same way before writing instead of
 *   overwriting.
 * - Tabs run in separate processes: each reads its own copy of the storage, which another tab's
 *   writes reach late, and its events arrive late, after this tab wrote again. A write may thus
 *   rest on a state older than ours; merging from our later base would take its stale values of
 *   our fields for changes and undo our typing, so we always merge from the exact state at its
 *   `basedOn`. If we do not know that state yet (a stored value read before its predecessor's event
 *   arrived), we write without merging it: its event brings it with a base we know.
 * Where both changed one field, the later writer wins and the value that lost is shown to the user.
 */
export function createWorkspaceSync(key: string, backend: KeyValueStore = safeStorage) {
  // This tab's mark, added to the count of every revision it writes.
  const mark = (1 + Math.floor(Math.random() * 999_998)) / 1_000_000;
  let synced = { revision: 0, base: emptyWorkspace(), raw: null as string | null };
  const history = new Map<number, Workspace>();
  /** Per writer's mark, the count of its latest write that is in our state. */
  const merged = new Map<string, number>();
  /** The highest count seen: our next write counts on from it, so it never repeats a revision. */
  let highest = 0;
  let restore: RestoreModule | null = null;
  let store: StoreHandle | null = null;
  // Applying another tab's data must not be written back: that would echo writes between tabs forever.
  let applyingRemote = false;

  function remember(revision: number, base: Workspace, raw: string | null) {
    synced = { revision, base, raw };
    history.set(revision, base);
    if (history.size > HISTORY) history.delete(history.keys().next().value as number);
    const writer = writerOf(revision);
    merged.set(writer, Math.max(count(revision), merged.get(writer) ?? -1));
    highest = Math.max(highest, count(revision));
  }

  /** Whether our state already holds this write: we merged it, or a later write of the same tab. */
  function alreadyMerged(revision: number): boolean {
    return count(revision) <= (merged.get(writerOf(revision)) ?? -1);
  }

  /**
   * The common ancestor of our state and a write made on top of `basedOn`: the state at `basedOn`.
   * Envelopes from before `basedOn` was written have none; for them our last synced state is used.
   */
  function baseFor(basedOn: number | null): Workspace | undefined {
    return basedOn === null ? synced.base : history.get(basedOn);
  }

  /**
   * For a write on top of a state we no longer remember: the oldest state we do. An older base
   * than the real one never takes a stale value for a change; at worst both sides look changed and
   * the value that lost is shown to the user.
   */
  function oldest(): Workspace {
    return history.values().next().value ?? synced.base;
  }

  function apply(workspace: Workspace) {
    applyingRemote = true;
    try {
      store?.setState(workspace);
    } finally {
      applyingRemote = false;
    }
  }

  /** Whether `writer` wrote, before `before`, a state we remember that held this field's value. */
  function wrote(writer: string, before: number, { collection, id, field, value }: FieldValue): boolean {
    const text = JSON.stringify(value);
    for (const [revision, state] of history) {
      if (writerOf(revision) !== writer || count(revision) >= before) continue;
      const record = (state[collection] as Record<string, unknown>[]).find((r) => r['id'] === id);
      if (record && JSON.stringify(record[field]) === text) return true;
    }
    return false;
  }

  /**
   * Merge another tab's write into ours; a value of theirs that lost to ours is shown to the user.
   * A tab's later write holds everything its earlier ones did, so where both sides changed a field
   * and one side's value is one the other tab itself wrote earlier, the other tab's newer value wins.
   */
  function merge(base: Workspace, mine: Workspace, theirs: Workspace, revision: number): Workspace {
    const { workspace, conflicts } = mergeThreeWay(base, mine, theirs, (side, value) =>
      side === 'mine'
        ? wrote(writerOf(revision), count(revision), value)
        : wrote(writerOf(mark), Infinity, value),
    );
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
    let basedOn = synced.revision;
    let storedRevision = synced.revision;
    // Parse and validate what is stored only when someone else wrote since: most writes skip it.
    if (raw !== null && raw !== synced.raw) {
      const stored = restore.readWorkspace(raw);
      if (stored.problem === 'newerVersion') return;
      storedRevision = stored.revision;
      const base = stored.problem === null ? baseFor(stored.basedOn) : undefined;
      if (stored.problem === null && base && !alreadyMerged(stored.revision)) {
        next = merge(base, mine, stored.workspace, stored.revision);
        remember(stored.revision, stored.workspace, raw);
        basedOn = stored.revision;
      }
    }
    const revision = Math.max(count(storedRevision), highest) + 1 + mark;
    const text = JSON.stringify({ state: next, version: WORKSPACE_VERSION, basedOn, revision });
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
      if (theirs.problem !== null || alreadyMerged(theirs.revision)) return;
      // Events from one tab arrive in its order, so the state it wrote on top of is known here.
      const base = baseFor(theirs.basedOn) ?? oldest();
      const mine = store.getState();
      const result = merge(base, mine, theirs.workspace, theirs.revision);
      remember(theirs.revision, theirs.workspace, newValue);
      apply(result);
      // This tab held changes the other had not seen (e.g. a failed save): write them on top.
      if (JSON.stringify(result) !== JSON.stringify(theirs.workspace)) write(result);
    },
  };
}
