#!/usr/bin/env node
// Prints the gzip size of the JS and CSS the first screen loads (index.html's entry with its static
// imports, plus the home screen and its Danish strings) and fails above the budget.
// Usage: npm run build && npm run size   (BUDGET_KB overrides the budget)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_KB = Number(process.env.BUDGET_KB ?? 100);
const FIRST_SCREEN_MODULES = [
  // The entry loads the app (src/app/boot.tsx) right after the prerendered page is painted.
  'src/app/boot.tsx',
  'src/features/home/home-page.tsx',
  'src/i18n/locales/da/home.ts',
];

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const files = new Set();

function visit(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entry) throw new Error('No entry in the build manifest: run `npm run build` first.');
visit(entry);
for (const key of FIRST_SCREEN_MODULES) {
  if (!manifest[key])
    throw new Error(`${key} is not a chunk of its own any more; update FIRST_SCREEN_MODULES.`);
  visit(key);
}

let total = 0;
const rows = [...files].map((file) => {
  const size = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  total += size;
  return [file, size];
});
rows.sort((a, b) => b[1] - a[1]);
for (const [file, size] of rows) console.log(`${(size / 1024).toFixed(1).padStart(8)} KB  ${file}`);
const totalKb = total / 1024;
console.log(`first screen: ${totalKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
