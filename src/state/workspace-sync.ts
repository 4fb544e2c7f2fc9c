import { useEffect } from 'react';
import { useWorkspace } from './workspace-store';
import { WORKSPACE_KEY } from './workspace-version';

/**
 * Follow changes another window of the app saves, e.g. the facilitator's controls driving the
 * presenter window. The browser fires `storage` only in the other windows, and only when the
 * saved text really changed, so two windows never echo each other. Rehydrating reads the saved
 * workspace through the same validating restore step as a reload.
 */
export function useFollowOtherWindows(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === WORKSPACE_KEY || event.key === null) void useWorkspace.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
