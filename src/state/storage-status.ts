import { create } from 'zustand';

/** What went wrong when saving, so the shell can tell the user in their language. */
export type StorageProblem = 'unavailable' | 'full' | null;

/** What the restore step could not read on start-up; the raw data was kept under `backupKey`. */
export type RestoreProblem =
  | { kind: 'salvaged'; droppedRecords: number; backupKey: string }
  | { kind: 'unreadable'; backupKey: string }
  | { kind: 'newerVersion'; backupKey: string };

interface StorageStatus {
  problem: StorageProblem;
  restoreProblem: RestoreProblem | null;
  report: (problem: Exclude<StorageProblem, null>) => void;
  reportRestore: (problem: RestoreProblem) => void;
  dismiss: () => void;
  dismissRestore: () => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  problem: null,
  restoreProblem: null,
  report: (problem) => set({ problem }),
  reportRestore: (restoreProblem) => set({ restoreProblem }),
  dismiss: () => set({ problem: null }),
  dismissRestore: () => set({ restoreProblem: null }),
}));
