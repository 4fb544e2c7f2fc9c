#!/usr/bin/env node
// Lighthouse (mobile and desktop) on the production build served as plain static files, uncompressed,
// as a simple intranet share would serve it: the home page, a theme page and the phone's join page
// when the build has one. Prints performance, FCP, LCP, CLS, TBT and best practices for each.
// Usage: npm run lighthouse            (builds first)
//        npm run lighthouse -- --no-build
// Env: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_PORT (default 4194), RUNS (default 1: the
// median of RUNS runs by performance score is printed). Not part of CI: it is noisy on a shared machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { startRelay } from '../relay/src/server.mjs';
import { allowRelayInPolicy, liveConfigJson } from './lib/live-config.mjs';

const DIST = resolve('dist');
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4194);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 1));
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const THEME = 'fordybelse';

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

// The phone page as a meeting uses it: a relay on loopback, named in config.json and in join.html's
// content security policy (as `npm run configure-relay` would write them), served from memory so
// dist/ stays as built.
const relay = await startRelay({ host: '127.0.0.1', port: 0, log: () => {} });
const LIVE_FILES = {
  '/config.json': liveConfigJson({ relayUrl: relay.url }),
  '/join.html': existsSync(join(DIST, 'join.html'))
    ? allowRelayInPolicy(readFileSync(join(DIST, 'join.html'), 'utf8'), relay.url)
    : null,
};

/** A plain static server: no compression, no caching headers, a folder serves its index.html. */
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const live = LIVE_FILES[url.pathname];
  if (live) {
    response.writeHead(200, { 'Content-Type': TYPES[extname(url.pathname)] }).end(live);
    return;
  }
  let path = normalize(join(DIST, decodeURIComponent(url.pathname)));
  if (path !== DIST && !path.startsWith(DIST + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    path = join(path, 'index.html');
  }
  if (!existsSync(path)) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
  response.end(readFileSync(path));
});
await new Promise((done) => server.listen(PORT, '127.0.0.1', done));
const origin = `http://127.0.0.1:${PORT}`;

// A theme page has its own prerendered file when the build made one; before that, its hash route.
const pages = [
  ['home', `${origin}/`],
  [
    `theme (${THEME})`,
    existsSync(join(DIST, 'temaer', THEME, 'index.html'))
      ? `${origin}/temaer/${THEME}/`
      : `${origin}/#/temaer/${THEME}`,
  ],
];
// The phone page as a QR code opens it: with a room's address in its fragment. The room is not open
// (no facilitator), so the page connects to the relay and then says it waits for the meeting to start.
const ROOM_ADDRESS = `#r=${'A'.repeat(22)}&k=${'A'.repeat(43)}`;
if (existsSync(join(DIST, 'join.html'))) pages.push(['join', `${origin}/join.html${ROOM_ADDRESS}`]);

const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

async function audit(url, formFactor) {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'best-practices'],
    },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round(categories.performance.score * 100),
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    bestPractices: Math.round(categories['best-practices'].score * 100),
    failing: Object.values(audits)
      .filter(
        (item) =>
          item.score !== null &&
          item.score < 1 &&
          categories['best-practices'].auditRefs.some((ref) => ref.id === item.id && ref.weight > 0),
      )
      .map((item) => item.id),
  };
}

const rows = [];
try {
  for (const formFactor of ['mobile', 'desktop']) {
    for (const [name, url] of pages) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(url, formFactor));
      runs.sort((a, b) => a.performance - b.performance);
      const median = runs[Math.floor(runs.length / 2)];
      rows.push({ formFactor, name, ...median });
      const bp = median.failing.length ? `  (best practices: ${median.failing.join(', ')})` : '';
      console.error(`${formFactor} ${name}: ${median.performance}${bp}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
  await relay.close();
}

const header = ['form', 'page', 'perf', 'FCP', 'LCP', 'CLS', 'TBT', 'best pr.'];
const table = rows.map((row) => [
  row.formFactor,
  row.name,
  String(row.performance),
  `${(row.fcp / 1000).toFixed(2)} s`,
  `${(row.lcp / 1000).toFixed(2)} s`,
  row.cls.toFixed(3),
  `${Math.round(row.tbt)} ms`,
  String(row.bestPractices),
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...table.map((line) => line[column].length)),
);
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
console.log(line(header));
for (const cells of table) console.log(line(cells));
