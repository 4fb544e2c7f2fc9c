import { useEffect, useRef } from 'react';

export interface RunKeyActions {
  toggle: () => void;
  next: () => void;
  previous: () => void;
  nextSpeaker: () => void;
  fullscreen: () => void;
}

/** Form fields keep all their keys; buttons and links keep Space, which presses them. */
function keepsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return key === ' ' && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

/** Space start/pause, → / ← next/previous step, N next speaker, F full screen – anywhere but in a field. */
export function useRunKeys(enabled: boolean, actions: RunKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (keepsKey(event.target, event.key)) return;
      const action = {
        ' ': latest.current.toggle,
        ArrowRight: latest.current.next,
        ArrowLeft: latest.current.previous,
        n: latest.current.nextSpeaker,
        N: latest.current.nextSpeaker,
        f: latest.current.fullscreen,
        F: latest.current.fullscreen,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** Enter or leave full screen for the whole page; a refusal (no user gesture) changes nothing. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) {
    void document.exitFullscreen().catch(() => undefined);
  } else {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }
}
