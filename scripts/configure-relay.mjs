#!/usr/bin/env node
// Point a built copy of the app at the workplace's relay, without rebuilding:
//   npm run build && npm run configure-relay -- wss://relay.kommune.dk [--join-base https://…/] [--dir dist]
// Writes config.json beside index.html and adds the relay's origin to each page's content security
// policy. Run it again with another address to change it; nothing else in the build changes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allowRelayInPolicy, liveConfigJson } from './lib/live-config.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'dist' }, 'join-base': { type: 'string' } },
});
const relayUrl = positionals[0];
if (!relayUrl) {
  console.error(
    'Usage: npm run configure-relay -- wss://relay.example.org [--join-base https://app.example.org/] [--dir dist]',
  );
  process.exit(2);
}

try {
  writeFileSync(join(values.dir, 'config.json'), liveConfigJson({ relayUrl, joinBase: values['join-base'] }));
  const pages = readdirSync(values.dir).filter((name) => name.endsWith('.html'));
  for (const page of pages) {
    const path = join(values.dir, page);
    writeFileSync(path, allowRelayInPolicy(readFileSync(path, 'utf8'), relayUrl));
  }
  console.log(
    `${values.dir}/config.json points at ${relayUrl}; the policy of ${pages.join(', ')} allows it.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
