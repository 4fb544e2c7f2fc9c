import { useEffect, useState } from 'react';
import { clock } from '@/lib/clock';

/**
 * The current time for rendering, refreshed every `intervalMs` while `ticking`. The tick only
 * re-renders: every countdown is computed from its timestamps, so a sleeping tab is right on waking.
 */
export function useNow(ticking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!ticking) return undefined;
    const id = setInterval(() => setNow(clock.now()), intervalMs);
    return () => clearInterval(id);
  }, [ticking, intervalMs]);
  return now;
}
