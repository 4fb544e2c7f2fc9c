import { useEffect, useRef } from 'react';
import { playBeep } from './beep';

/**
 * Fires once when `up` turns true for the same `key` (a step or a speaker): announce, and
 * beep when `sound` is on. A time already up on load (a reload, a return visit) stays quiet.
 */
export function useTimeUpCue(up: boolean, key: string, sound: boolean, onUp: () => void): void {
  const last = useRef<{ key: string; up: boolean }>({ key, up });
  const latest = useRef({ sound, onUp });
  useEffect(() => {
    latest.current = { sound, onUp };
  });
  useEffect(() => {
    const before = last.current;
    last.current = { key, up };
    if (before.key === key && !before.up && up) {
      latest.current.onUp();
      if (latest.current.sound) playBeep();
    }
  }, [up, key]);
}
