#!/usr/bin/env node
// Prints the gzip size of the JS and CSS two pages load, and fails when either is above its budget:
// - the first screen: index.html's entry with its static imports, plus the home screen and its Danish strings;
// - the phone page: join.html's entry with everything it imports, also what it loads on demand (the
//   @noble ciphers a phone on plain http uses for want of WebCrypto), since a phone may need all of it.
// Usage: npm run build && npm run size   (BUDGET_KB and PHONE_BUDGET_KB override the budgets)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_KB = Number(process.env.BUDGET_KB ?? 100);
const PHONE_BUDGET_KB = Number(process.env.PHONE_BUDGET_KB ?? 100);
const FIRST_SCREEN_MODULES = [
  // The entry loads the app (src/app/boot.tsx) right after the prerendered page is painted.
  'src/app/boot.tsx',
  'src/features/home/home-page.tsx',
  'src/i18n/locales/da/home.ts',
];

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

/** The files a chunk loads: itself, its CSS and its static imports; its dynamic imports too if asked. */
function filesOf(keys, { dynamic = false } = {}) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
    if (dynamic) for (const imported of chunk.dynamicImports ?? []) visit(imported);
  };
  for (const key of keys) {
    if (!manifest[key]) throw new Error(`${key} is not in the build manifest: run \`npm run build\` first.`);
    visit(key);
  }
  return files;
}

function report(label, files, budgetKb) {
  let total = 0;
  const rows = [...files].map((file) => {
    const size = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
    total += size;
    return [file, size];
  });
  rows.sort((a, b) => b[1] - a[1]);
  console.log(`${label}:`);
  for (const [file, size] of rows) console.log(`${(size / 1024).toFixed(1).padStart(8)} KB  ${file}`);
  const totalKb = total / 1024;
  console.log(`${label}: ${totalKb.toFixed(1)} KB gzip (budget ${budgetKb} KB)`);
  if (totalKb > budgetKb) {
    console.error(`${label}: over budget by ${(totalKb - budgetKb).toFixed(1)} KB.`);
    return false;
  }
  return true;
}

const firstScreenOk = report('first screen', filesOf(['index.html', ...FIRST_SCREEN_MODULES]), BUDGET_KB);
console.log('');
const phoneOk = report('phone page (join.html)', filesOf(['join.html'], { dynamic: true }), PHONE_BUDGET_KB);
if (!firstScreenOk || !phoneOk) process.exit(1);
