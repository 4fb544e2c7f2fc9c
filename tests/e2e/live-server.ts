import { startLiveServer, type LiveServer } from '../../scripts/lib/live-server.mjs';

export type { LiveServer };

/** The built app on `appPort` with a relay beside it on the next port, both on loopback, quiet. */
export function startLoopbackLive(appPort: number): Promise<LiveServer> {
  return startLiveServer({
    host: '127.0.0.1',
    bind: '127.0.0.1',
    appPort,
    relayPort: appPort + 1,
    log: () => {},
  });
}
