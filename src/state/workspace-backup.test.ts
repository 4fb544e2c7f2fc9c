import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStorageStatus } from './storage-status';
import {
  clearWorkspace,
  readStoredWorkspaceText,
  restoreAutomaticBackup,
  resumeAfterRestore,
} from './workspace-backup';
import { useWorkspace } from './workspace-store';
import { WORKSPACE_KEY, WORKSPACE_VERSION } from './workspace-version';

const newer = JSON.stringify({
  state: { teams: [{ id: 'n', name: 'Fra den nye version', createdAt: '2027-01-01T00:00:00.000Z' }] },
  version: 99,
  revision: 3,
});
const copies = () =>
  Object.keys(localStorage).filter((key) => key.startsWith(`${WORKSPACE_KEY}:unreadable:`));

async function openOnNewerData() {
  localStorage.setItem(WORKSPACE_KEY, newer);
  await useWorkspace.persist.rehydrate();
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  localStorage.clear();
  useStorageStatus.setState({ problem: null, restoreProblem: null, savingHeld: false });
});

describe('an older build on a newer version’s data', () => {
  it('is read-only: edits stay on screen and nothing is written', async () => {
    await openOnNewerData();
    useWorkspace.getState().addTeam('Løn og personale');
    expect(useWorkspace.getState().teams.map((team) => team.name)).toEqual(['Løn og personale']);
    expect(localStorage.getItem(WORKSPACE_KEY)).toBe(newer);
    expect(readStoredWorkspaceText()).toBe(newer);
  });

  it('starts anew only when asked, keeping the newer data as a copy first', async () => {
    await openOnNewerData();
    useWorkspace.getState().addTeam('Løn og personale');
    expect(resumeAfterRestore(1_700_000_000_000)).toBe(true);
    expect(copies().map((key) => localStorage.getItem(key))).toEqual([newer]);
    const stored = JSON.parse(localStorage.getItem(WORKSPACE_KEY) ?? '{}') as { version: number };
    expect(stored.version).toBe(WORKSPACE_VERSION);
    expect(localStorage.getItem(WORKSPACE_KEY)).toContain('Løn og personale');
    expect(useStorageStatus.getState()).toMatchObject({ savingHeld: false, restoreProblem: null });
  });

  it('refuses to start anew when the copy does not fit, and goes on without it only when told', async () => {
    await openOnNewerData();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(resumeAfterRestore(1_700_000_000_000)).toBe(false);
    expect(localStorage.getItem(WORKSPACE_KEY)).toBe(newer);
    expect(useStorageStatus.getState().savingHeld).toBe(true);
    setItem.mockRestore();

    expect(resumeAfterRestore(1_700_000_000_000, { keepCopy: false })).toBe(true);
    expect(copies()).toEqual([]);
    expect(localStorage.getItem(WORKSPACE_KEY)).not.toBe(newer);
  });
});

describe('Slet alt', () => {
  it('works when the workspace fills more than half of the storage, and can be undone', async () => {
    await useWorkspace.persist.rehydrate();
    const name = 'Å'.repeat(190);
    // About 3 of jsdom's 5 million characters: no room for a second copy beside it.
    const teams = Array.from({ length: 14_000 }, (_, index) => ({
      id: `t${index}`,
      name: `${name}${index}`,
      createdAt: '2026-01-01T00:00:00.000Z',
    }));
    useWorkspace.setState({ teams });
    expect(localStorage.getItem(WORKSPACE_KEY)?.length).toBeGreaterThan(2_600_000);
    expect(clearWorkspace('2026-12-02T10:00:00.000Z')).toBe(true);
    expect(useWorkspace.getState().teams).toEqual([]);
    expect(restoreAutomaticBackup('2026-12-02T10:01:00.000Z')).toBe(true);
    expect(useWorkspace.getState().teams).toHaveLength(14_000);
  });
});
