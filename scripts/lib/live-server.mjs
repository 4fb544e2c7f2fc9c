// The app served from dist/ with a relay beside it, as `npm run live` runs it and as the live browser
// tests start it: the pages get a config.json and a content security policy naming this relay.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { startRelay } from '../../relay/src/server.mjs';
import { allowRelayInPolicy, liveConfigJson } from './live-config.mjs';

/**
 * @param {{ host: string, appPort: number, relayPort: number, bind?: string, dist?: string,
 *   log?: (line: string) => void }} options
 *   `host` is the address phones use; `bind` the interface to listen on (default 0.0.0.0).
 */
export async function startLiveServer({ host, appPort, relayPort, bind = '0.0.0.0', dist = 'dist', log }) {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`No build in ${dist}/: run npm run build first.`);
  const appBase = `http://${host}:${appPort}/`;
  const relayUrl = `ws://${host}:${relayPort}`;
  const allowedOrigins = [
    `http://${host}:${appPort}`,
    `http://localhost:${appPort}`,
    `http://127.0.0.1:${appPort}`,
  ];
  const relayOptions = { host: bind, port: relayPort, allowedOrigins, ...(log ? { log } : {}) };
  let relay = await startRelay(relayOptions);
  const config = liveConfigJson({ relayUrl, joinBase: appBase });

  /** @type {import('vite').Plugin} */
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
        if (/^[\w-]+\.html$/.test(page) && existsSync(join(dist, page))) {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(allowRelayInPolicy(readFileSync(join(dist, page), 'utf8'), relayUrl));
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
    build: { outDir: dist },
    preview: { host: bind, port: appPort, strictPort: true },
    plugins: [liveConfig],
    logLevel: 'warn',
  });

  return {
    appBase,
    relayUrl,
    /** Stop the relay (as when it crashes or its host restarts); the app keeps being served. */
    stopRelay: () => relay.close(),
    /** Start the relay again on the same port: it remembers nothing of before. */
    restartRelay: async () => {
      relay = await startRelay(relayOptions);
    },
    close: async () => {
      await Promise.allSettled([relay.close(), server.close()]);
    },
  };
}
