import { WORKSPACE_VERSION } from './workspace-version';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Workspace } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { useStorageStatus } from './storage-status';
import { createWorkspaceSync, type KeyValueStore } from './workspace-sync';

const KEY = 'servicetjek:workspace';
const team = (id: string, name: string) => ({ id, name, createdAt: '2025-01-01T00:00:00.000Z' });

/** localStorage shared by two tabs; each write is delivered to the other tabs later, as browsers do. */
function sharedStorage() {
  const data = new Map<string, string>();
  const pending: { from: number; value: string | null }[] = [];
  const tab = (index: number): KeyValueStore => ({
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
      pending.push({ from: index, value });
      return true;
    },
    removeItem: (key) => void data.delete(key),
  });
  return { data, tab, pending };
}

async function openTab(backend: KeyValueStore) {
  const sync = createWorkspaceSync(KEY, backend);
  const store = create<Workspace>()(
    persist(() => emptyWorkspace(), { name: KEY, version: WORKSPACE_VERSION, storage: sync.storage }),
  );
  sync.connect({ getState: store.getState, setState: (workspace) => store.setState(workspace) });
  await store.persist.rehydrate();
  return { store, sync };
}

async function twoTabs() {
  const shared = sharedStorage();
  shared.data.set(
    KEY,
    JSON.stringify({ state: { teams: [team('a', 'Team A'), team('b', 'Team B')] }, version: 1 }),
  );
  const one = await openTab(shared.tab(1));
  const two = await openTab(shared.tab(2));
  /** Deliver the queued storage events to every tab but the writer. */
  const deliver = () => {
    for (const { from, value } of shared.pending.splice(0)) {
      if (from !== 1) one.sync.receive(value);
      if (from !== 2) two.sync.receive(value);
    }
  };
  return { shared, one, two, deliver };
}

const names = (workspace: Workspace) => workspace.teams.map((t) => t.name);

afterEach(() => {
  localStorage.clear();
  useStorageStatus.setState({ problem: null, restoreProblem: null, savingHeld: false });
});

describe('two tabs on one workspace', () => {
  it('shows an edit from one tab in the other', async () => {
    const { one, two, deliver } = await twoTabs();
    one.store.setState((s) => ({ teams: [...s.teams, team('c', 'Team C')] }));
    deliver();
    expect(names(two.store.getState())).toEqual(['Team A', 'Team B', 'Team C']);
  });

  it('does not overwrite the other tab’s newer edit when writing before its event arrived', async () => {
    const { shared, one, two, deliver } = await twoTabs();
    one.store.setState((s) => ({
      teams: s.teams.map((t) => (t.id === 'a' ? { ...t, name: 'Renamed A' } : t)),
    }));
    // Tab two has not heard of it yet and edits another record.
    two.store.setState((s) => ({ teams: [...s.teams, team('c', 'Team C')] }));
    deliver();
    const stored = JSON.parse(shared.data.get(KEY) ?? '') as { state: Workspace };
    expect(names(stored.state)).toEqual(['Renamed A', 'Team B', 'Team C']);
    expect(names(one.store.getState())).toEqual(['Renamed A', 'Team B', 'Team C']);
    expect(names(two.store.getState())).toEqual(['Renamed A', 'Team B', 'Team C']);
  });

  it('keeps a record one tab edited while the other deleted it', async () => {
    const { one, two, deliver } = await twoTabs();
    one.store.setState((s) => ({ teams: s.teams.filter((t) => t.id !== 'b') }));
    two.store.setState((s) => ({ teams: s.teams.map((t) => (t.id === 'b' ? { ...t, name: 'Kept B' } : t)) }));
    deliver();
    expect(names(one.store.getState())).toEqual(['Team A', 'Kept B']);
  });

  it('lets a deletion in one tab reach the other', async () => {
    const { one, two, deliver } = await twoTabs();
    one.store.setState((s) => ({ teams: s.teams.filter((t) => t.id !== 'b') }));
    deliver();
    expect(names(two.store.getState())).toEqual(['Team A']);
  });

  it('keeps a field the other tab wrote on top of an out-of-date read (separate processes)', async () => {
    const { shared, one, two, deliver } = await twoTabs();
    two.store.setState((s) => ({
      teams: s.teams.map((t) => (t.id === 'b' ? { ...t, name: 'B by two' } : t)),
    }));
    deliver();
    // Tab one's process has not seen two's next write yet when it writes its own edit.
    const seenByOne = shared.data.get(KEY) ?? '';
    two.store.setState((s) => ({
      teams: s.teams.map((t) => (t.id === 'b' ? { ...t, name: 'B by two, more' } : t)),
    }));
    const twosLatest = shared.data.get(KEY) ?? '';
    shared.data.set(KEY, seenByOne);
    one.store.setState((s) => ({
      teams: s.teams.map((t) => (t.id === 'a' ? { ...t, name: 'A by one' } : t)),
    }));
    shared.pending.splice(
      0,
      shared.pending.length,
      { from: 2, value: twosLatest },
      ...shared.pending.filter((e) => e.from === 1),
    );
    deliver();
    expect(names(two.store.getState())).toEqual(['A by one', 'B by two, more']);
    expect(names(one.store.getState())).toEqual(['A by one', 'B by two, more']);
    expect(useStorageStatus.getState().conflicts).toEqual([]);
  });

  it('does not echo applied changes back, so tabs settle', async () => {
    const { shared, one, deliver } = await twoTabs();
    one.store.setState((s) => ({ teams: [...s.teams, team('c', 'Team C')] }));
    deliver();
    expect(shared.pending).toEqual([]);
  });
});

describe('loading a tab', () => {
  it('keeps the valid records, tells the user, and keeps the raw data when some cannot be read', async () => {
    const shared = sharedStorage();
    const raw = JSON.stringify({ state: { teams: [team('a', 'Team A'), { id: 'b' }] }, version: 1 });
    shared.data.set(KEY, raw);
    const { store } = await openTab(shared.tab(1));
    expect(names(store.getState())).toEqual(['Team A']);
    expect(useStorageStatus.getState().restoreProblem).toMatchObject({ kind: 'salvaged', droppedRecords: 1 });
    const problem = useStorageStatus.getState().restoreProblem;
    const backupKey = (problem && 'backupKey' in problem ? problem.backupKey : null) ?? '';
    expect(localStorage.getItem(backupKey)).toBe(raw);
    useStorageStatus.setState({ restoreProblem: null });
  });

  it.each([
    ['with a revision', { state: { teams: [team('n', 'Ny version')] }, version: 99, revision: 4 }],
    ['without a revision', { state: { teams: [team('n', 'Ny version')] }, version: 99 }],
  ])('never writes over data from a newer version (%s) until the user chooses', async (_, envelope) => {
    const shared = sharedStorage();
    const raw = JSON.stringify(envelope);
    shared.data.set(KEY, raw);
    const { store } = await openTab(shared.tab(1));
    expect(useStorageStatus.getState()).toMatchObject({
      restoreProblem: { kind: 'newerVersion' },
      savingHeld: true,
    });
    store.setState((s) => ({ teams: [...s.teams, team('c', 'Team C')] }));
    store.setState((s) => ({ teams: [...s.teams, team('d', 'Team D')] }));
    expect(shared.data.get(KEY)).toBe(raw);
    // Not copied either: the data stays where it is, so reloads do not pile up copies.
    expect(Object.keys(localStorage).filter((key) => key.includes(':unreadable:'))).toEqual([]);
  });

  it('holds saving, and says no copy was kept, when the copy does not fit', async () => {
    const shared = sharedStorage();
    const raw = JSON.stringify({ state: { teams: [team('a', 'Team A'), { id: 'b' }] }, version: 1 });
    shared.data.set(KEY, raw);
    const full = new DOMException('full', 'QuotaExceededError');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw full;
    });
    const { store } = await openTab(shared.tab(1));
    expect(useStorageStatus.getState()).toMatchObject({
      restoreProblem: { kind: 'salvaged', droppedRecords: 1, backupKey: null },
      savingHeld: true,
    });
    store.setState((s) => ({ teams: [...s.teams, team('c', 'Team C')] }));
    expect(shared.data.get(KEY)).toBe(raw);
    // Closing the notice does not hide that nothing is saved.
    useStorageStatus.getState().dismissRestore();
    expect(useStorageStatus.getState().restoreProblem).not.toBeNull();
  });

  it('keeps one copy of the same unreadable data however often the tab is reloaded', async () => {
    const shared = sharedStorage();
    shared.data.set(KEY, '{"state": not json');
    await openTab(shared.tab(1));
    await openTab(shared.tab(2));
    await openTab(shared.tab(3));
    const copies = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:unreadable:`));
    expect(copies).toHaveLength(1);
    expect(localStorage.getItem(copies[0] ?? '')).toBe('{"state": not json');
  });
});

describe('saving again', () => {
  it('clears the storage-full alert once a save goes through', async () => {
    const shared = sharedStorage();
    const { store } = await openTab(shared.tab(1));
    useStorageStatus.getState().report('full');
    store.setState({ teams: [team('a', 'Team A')] });
    expect(useStorageStatus.getState().problem).toBeNull();
  });
});

/**
 * localStorage as Chrome gives it to tabs in separate processes: the browser holds the value, each
 * tab reads its own cached copy, another tab's write reaches the cache and the `storage` event later,
 * in the browser's order, and a tab ignores others' writes while its own are still on the way.
 */
function chromeLikeStorage(tabCount: number) {
  let stored: string | null = null;
  const toBrowser: { from: number; value: string }[] = [];
  const caches: (string | null)[] = Array.from({ length: tabCount }, () => null);
  const unacknowledged = caches.map(() => 0);
  const inboxes = caches.map(() => [] as { ack: boolean; value: string }[]);
  const events = caches.map(() => [] as string[]);
  const tab = (index: number): KeyValueStore => ({
    getItem: () => caches[index] ?? null,
    setItem: (_key, value) => {
      caches[index] = value;
      unacknowledged[index] = (unacknowledged[index] ?? 0) + 1;
      toBrowser.push({ from: index, value });
      return true;
    },
    removeItem: () => undefined,
  });
  return {
    tab,
    seed(value: string) {
      stored = value;
      caches.fill(value);
    },
    stored: () => stored,
    events,
    /** The steps that can run next: the browser takes a write, a tab takes a message or an event. */
    pendingSteps() {
      const steps: (() => string | null)[] = [];
      if (toBrowser.length > 0) {
        steps.push(() => {
          const write = toBrowser.shift();
          if (!write) return null;
          stored = write.value;
          inboxes.forEach((inbox, index) => inbox.push({ ack: index === write.from, value: write.value }));
          return null;
        });
      }
      inboxes.forEach((inbox, index) => {
        if (inbox.length === 0) return;
        steps.push(() => {
          const message = inbox.shift();
          if (!message) return null;
          if (message.ack) unacknowledged[index] = (unacknowledged[index] ?? 1) - 1;
          else {
            if (unacknowledged[index] === 0) caches[index] = message.value;
            events[index]?.push(message.value);
          }
          return null;
        });
      });
      return steps;
    },
  };
}

/** A small deterministic random source, so a failing interleaving can be replayed by its seed. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const experiment = {
  id: 'exp-1',
  teamId: 'a',
  meetingId: null,
  proposalId: null,
  themeIds: [],
  hvad: 'Frokost sammen',
  hvorfor: '',
  hvordan: '',
  hvem: '',
  startDate: '2025-01-06',
  baselineScore: null,
  checkIns: [],
  adjustments: [],
  decision: null,
  createdAt: '2025-01-01T00:00:00.000Z',
};

/**
 * Two tabs type key by key into different fields of one experiment while the browser, the tabs'
 * caches and their storage events run in the order `seed` picks; returns what each tab and the
 * storage hold once everything has arrived.
 */
async function typeInTwoTabs(seed: number, why: string, how: string) {
  useStorageStatus.setState({ conflicts: [] });
  const chrome = chromeLikeStorage(2);
  chrome.seed(
    JSON.stringify({ state: { teams: [team('a', 'Team A')], experiments: [experiment] }, version: 2 }),
  );
  const tabs = [await openTab(chrome.tab(0)), await openTab(chrome.tab(1))];
  const texts = [
    { field: 'hvorfor' as const, text: why, typed: 0 },
    { field: 'hvordan' as const, text: how, typed: 0 },
  ];
  const next = random(seed);
  // How often a key comes next rather than the browser's work: from a light machine to a loaded one.
  const busy = 0.1 + 0.4 * ((seed % 5) / 4);
  for (let step = 0; step < 100_000; step += 1) {
    const steps: (() => unknown)[] = chrome.pendingSteps();
    const keys: (() => void)[] = [];
    tabs.forEach((tab, index) => {
      const queue = chrome.events[index];
      if (queue && queue.length > 0) steps.push(() => tab.sync.receive(queue.shift() ?? null));
      const typing = texts[index];
      if (typing && typing.typed < typing.text.length) {
        keys.push(() => {
          const key = typing.text[typing.typed] ?? '';
          typing.typed += 1;
          tab.store.setState((s) => ({
            experiments: s.experiments.map((e) =>
              e.id === 'exp-1' ? { ...e, [typing.field]: e[typing.field] + key } : e,
            ),
          }));
        });
      }
    });
    if (steps.length === 0 && keys.length === 0) break;
    const pick = keys.length > 0 && (steps.length === 0 || next() < busy) ? keys : steps;
    pick[Math.floor(next() * pick.length)]?.();
  }
  const fields = (workspace: Workspace) =>
    workspace.experiments.map((e) => ({ hvorfor: e.hvorfor, hvordan: e.hvordan }));
  const stored = JSON.parse(chrome.stored() ?? '') as { state: Workspace };
  return {
    one: fields(tabs[0]?.store.getState() ?? emptyWorkspace()),
    two: fields(tabs[1]?.store.getState() ?? emptyWorkspace()),
    stored: fields(stored.state),
  };
}

describe('two tabs in separate processes typing at once', () => {
  const why = 'Vi savner hinanden – især om tirsdagen';
  const how = 'Fast mødedag om torsdagen';
  it.each(Array.from({ length: 300 }, (_, i) => i + 1))(
    'keeps every key of both texts (interleaving %i)',
    async (seed) => {
      const result = await typeInTwoTabs(seed, why, how);
      const both = [{ hvorfor: why, hvordan: how }];
      expect(result).toEqual({ one: both, two: both, stored: both });
    },
  );
});
