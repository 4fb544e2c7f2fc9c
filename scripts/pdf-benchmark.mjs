// Times the full servicetjek report of a big workspace (two rounds of 30 participants, a dialogmøde
// with 40 proposals and a dot vote, a theme meeting, 20 experiments with check-ins), collected from the
// workspace and built by jsPDF in headless Chromium. Usage: npm run bench:pdf [-- <runs>]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';

const runs = Number(process.argv[2] ?? 20);
const outDir = mkdtempSync(join(tmpdir(), 'pdf-bench-'));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

execFileSync(
  'npx',
  ['vite', 'build', '--config', 'vite.bench.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^\/+/, '');
  try {
    const body = readFileSync(join(outDir, path || 'pdf-bench.html'));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/pdf-bench.html`);
  await page.waitForFunction(() => typeof globalThis.runPdfBenchmark === 'function');
  const { times, bytes, pages } = await page.evaluate((count) => globalThis.runPdfBenchmark(count), runs);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `Full report of a big workspace (2 rounds of 30, 2 meetings, 45 proposals, 20 experiments; ${pages} pages), ` +
      `${runs} runs in Chromium: ` +
      `median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms ` +
      `(${Math.round(bytes / 1024)} KB). Target: under 300 ms.`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
