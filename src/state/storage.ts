import { useStorageStatus } from './storage-status';

/**
 * The only module that touches `localStorage`. Every call is wrapped: private mode, disabled
 * storage and a full quota are reported to the user, and the in-memory state is kept as it is.
 */
function backend(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

export const safeStorage = {
  getItem(key: string): string | null {
    const store = backend();
    if (!store) {
      useStorageStatus.getState().report('unavailable');
      return null;
    }
    try {
      return store.getItem(key);
    } catch {
      useStorageStatus.getState().report('unavailable');
      return null;
    }
  },
  setItem(key: string, value: string): boolean {
    const store = backend();
    if (!store) {
      useStorageStatus.getState().report('unavailable');
      return false;
    }
    try {
      store.setItem(key, value);
      return true;
    } catch (error) {
      useStorageStatus.getState().report(isQuotaError(error) ? 'full' : 'unavailable');
      return false;
    }
  },
  removeItem(key: string): void {
    try {
      backend()?.removeItem(key);
    } catch {
      // Nothing to report: a key that cannot be removed is a key that holds nothing new.
    }
  },
  keys(prefix: string): string[] {
    const store = backend();
    if (!store) return [];
    try {
      return Object.keys(store).filter((key) => key.startsWith(prefix));
    } catch {
      return [];
    }
  },
};

export const STORAGE_PREFIX = 'servicetjek:';
