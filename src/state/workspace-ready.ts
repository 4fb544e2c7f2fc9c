import { useSyncExternalStore } from 'react';

/**
 * When the saved workspace is read. The store, its slices and the validating restore (with its
 * schema library) are not part of the first screen: they load after the first paint, or as soon
 * as a screen that shows or changes data asks for them. Until then such a screen shows a
 * placeholder, so nothing can be typed or saved before what is stored has been read.
 */
let restored = false;
let restoring: Promise<void> | null = null;
const listeners = new Set<() => void>();

function markRestored() {
  if (restored) return;
  restored = true;
  for (const listener of listeners) listener();
}

/** Read the saved workspace (once; later calls return the same promise). */
export function restoreWorkspace(): Promise<void> {
  restoring ??= import('./workspace-store').then(async ({ useWorkspace }) => {
    if (!useWorkspace.persist.hasHydrated()) await useWorkspace.persist.rehydrate();
    markRestored();
  });
  return restoring;
}

/** Whether the saved workspace has been read; false on the server and in the prerendered HTML. */
export function isWorkspaceRestored(): boolean {
  return restored;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useWorkspaceRestored(): boolean {
  return useSyncExternalStore(subscribe, isWorkspaceRestored, () => false);
}
