import { useEffect, useState } from 'react';
import { loadLiveConfig, type LiveConfig } from '@/live/relay-config';

export type LiveSetup = { kind: 'checking' } | { kind: 'missing' } | { kind: 'ready'; config: LiveConfig };

/** Whether this copy of the app has a relay (config.json beside index.html), and which. */
export function useLiveConfig(): LiveSetup {
  const [setup, setSetup] = useState<LiveSetup>({ kind: 'checking' });
  useEffect(() => {
    let active = true;
    void loadLiveConfig().then((config) => {
      if (active) setSetup(config ? { kind: 'ready', config } : { kind: 'missing' });
    });
    return () => {
      active = false;
    };
  }, []);
  return setup;
}
