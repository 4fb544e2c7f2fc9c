import { create } from 'zustand';

/** What went wrong when saving, so the shell can tell the user in their language. */
export type StorageProblem = 'unavailable' | 'full' | null;

interface StorageStatus {
  problem: StorageProblem;
  report: (problem: Exclude<StorageProblem, null>) => void;
  dismiss: () => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  problem: null,
  report: (problem) => set({ problem }),
  dismiss: () => set({ problem: null }),
}));
