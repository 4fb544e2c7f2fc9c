import { create } from 'zustand';
import type { MergeConflict } from '@/domain/merge-workspace';

/** What went wrong when saving, so the shell can tell the user in their language. */
export type StorageProblem = 'unavailable' | 'full' | null;

/**
 * What the restore step could not read on start-up. `backupKey` is where the raw data was kept as
 * a copy, or null when the copy did not fit: then nothing is saved until the user has decided.
 * Data from a newer version is not copied at all: it stays where it is, untouched.
 */
export type RestoreProblem =
  | { kind: 'salvaged'; droppedRecords: number; backupKey: string | null }
  | { kind: 'unreadable'; backupKey: string | null }
  | { kind: 'newerVersion' };

/** Saving would overwrite data that exists nowhere else, so it waits for the user's decision. */
export function holdsSaving(problem: RestoreProblem): boolean {
  return problem.kind === 'newerVersion' || problem.backupKey === null;
}

interface StorageStatus {
  problem: StorageProblem;
  restoreProblem: RestoreProblem | null;
  /** True while the stored data must not be written over (see `holdsSaving`). */
  savingHeld: boolean;
  /** Values another tab typed into the same field at the same moment, which this tab's write replaced. */
  conflicts: MergeConflict[];
  report: (problem: Exclude<StorageProblem, null>) => void;
  /** A save went through: whatever was wrong with saving is over. */
  reportSaved: () => void;
  reportRestore: (problem: RestoreProblem) => void;
  /** The user chose to go on: saving resumes and the restore notice closes. */
  resumeSaving: () => void;
  reportConflicts: (conflicts: MergeConflict[]) => void;
  dismiss: () => void;
  dismissRestore: () => void;
  dismissConflicts: () => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  problem: null,
  restoreProblem: null,
  savingHeld: false,
  conflicts: [],
  report: (problem) => set({ problem }),
  reportSaved: () => set((state) => (state.problem === null ? state : { problem: null })),
  reportRestore: (restoreProblem) => set({ restoreProblem, savingHeld: holdsSaving(restoreProblem) }),
  resumeSaving: () => set({ savingHeld: false, restoreProblem: null }),
  // Newest first, and a bounded list: a long tug of war must not grow without end.
  reportConflicts: (conflicts) =>
    set((state) => ({ conflicts: [...conflicts, ...state.conflicts].slice(0, 10) })),
  dismiss: () => set({ problem: null }),
  dismissConflicts: () => set({ conflicts: [] }),
  // A notice that holds saving stays until the user decides; closing it must not hide that.
  dismissRestore: () => set((state) => (state.savingHeld ? state : { restoreProblem: null })),
}));
