#!/usr/bin/env node
// `npm run live`: try answers from phones on a laptop and the room's real phones.
// Builds the app, serves it on the local network, starts the relay beside it, and prints the address
// to open. The served pages get a config.json and a content security policy that name this relay;
// dist/ itself is left as it was built.
//   LIVE_PORT (default 4173), RELAY_PORT (default 1234), LIVE_HOST (default: the first LAN address),
//   --no-build to serve the build that is there.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { startRelay } from '../relay/src/server.mjs';
import { allowRelayInPolicy, liveConfigJson } from './lib/live-config.mjs';

const DIST = 'dist';
const appPort = Number(process.env.LIVE_PORT ?? 4173);
const relayPort = Number(process.env.RELAY_PORT ?? 1234);

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
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build in dist/: run without --no-build.');
  process.exit(1);
}

const host = lanAddress();
const appBase = `http://${host}:${appPort}/`;
const relayUrl = `ws://${host}:${relayPort}`;
const relay = await startRelay({
  host: '0.0.0.0',
  port: relayPort,
  allowedOrigins: [`http://${host}:${appPort}`, `http://localhost:${appPort}`, `http://127.0.0.1:${appPort}`],
});
const config = liveConfigJson({ relayUrl, joinBase: appBase });

/** Serves config.json and the pages with this relay allowed; everything else comes from dist/ as built. */
const liveConfig = {
  name: 'servicetjek-live-config',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      const path = new URL(request.url ?? '/', appBase).pathname;
      if (path === '/config.json') {
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Cache-Control', 'no-store');
        response.end(config);
        return;
      }
      const page = path === '/' ? 'index.html' : path.slice(1);
      if (/^[\w-]+\.html$/.test(page) && existsSync(join(DIST, page))) {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(allowRelayInPolicy(readFileSync(join(DIST, page), 'utf8'), relayUrl));
        return;
      }
      next();
    });
  },
};

const server = await preview({
  configFile: false,
  root: process.cwd(),
  base: './',
  build: { outDir: DIST },
  preview: { host: '0.0.0.0', port: appPort, strictPort: true },
  plugins: [liveConfig],
  logLevel: 'warn',
});

console.log(`
Servicetjek live is running.
  Facilitator: open ${appBase} on this laptop (or http://localhost:${appPort}/), pick a round,
               choose "Fra telefoner" and "Åbn for svar fra telefoner".
  Phones:      scan the QR code it shows (the phones open ${appBase}join.html#…).
               They must be on the same network as this laptop.
  Relay:       ${relay.url} (memory only; stop with Ctrl+C)
`);

const stop = async () => {
  await Promise.allSettled([relay.close(), server.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
