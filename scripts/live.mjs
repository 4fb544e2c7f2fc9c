#!/usr/bin/env node
// `npm run live`: try answers from phones on a laptop and the room's real phones.
// Builds the app, serves it on the local network, starts the relay beside it, and prints the address
// to open. The served pages get a config.json and a content security policy that name this relay;
// dist/ itself is left as it was built.
//   LIVE_PORT (default 4173), RELAY_PORT (default 1234), LIVE_HOST (default: the first LAN address),
//   --no-build to serve the build that is there.
import { execSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { startLiveServer } from './lib/live-server.mjs';

/** The laptop's address on the meeting room's network: the phones must reach it, localhost they can't. */
function lanAddress() {
  if (process.env.LIVE_HOST) return process.env.LIVE_HOST;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const appPort = Number(process.env.LIVE_PORT ?? 4173);
try {
  const live = await startLiveServer({
    host: lanAddress(),
    appPort,
    relayPort: Number(process.env.RELAY_PORT ?? 1234),
  });
  console.log(`
Servicetjek live is running.
  Facilitator: open ${live.appBase} on this laptop (or http://localhost:${appPort}/), pick a round,
               choose "Fra telefoner" and "Åbn for svar fra telefoner".
  Phones:      scan the QR code it shows (the phones open ${live.appBase}join.html#…);
               they must be on the same network as this laptop.
  Relay:       ${live.relayUrl} (memory only). Stop both with Ctrl+C.
`);
  const stop = () => void live.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
