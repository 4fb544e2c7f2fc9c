import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';

/** The v1 fixture (tests/fixtures/workspace-v1.json) as it is stored: a realistic team's whole workspace. */
export const V1_WORKSPACE = readFileSync(new URL('../fixtures/workspace-v1.json', import.meta.url), 'utf8');

/**
 * Store `workspace` (the stored object, or its text) before the app's first script runs, only while
 * nothing is stored: a reload keeps what the app has saved since. With `language`, the preferences are
 * stored along with it, as a returning user has them.
 */
export async function seedWorkspace(
  target: Page | BrowserContext,
  workspace: object | string,
  { language = null }: { language?: 'da' | 'en' | null } = {},
) {
  await target.addInitScript(
    (seed) => {
      if (localStorage.getItem('servicetjek:workspace')) return;
      if (seed.language) {
        localStorage.setItem(
          'servicetjek:preferences',
          JSON.stringify({ state: { language: seed.language }, version: 1 }),
        );
      }
      localStorage.setItem('servicetjek:workspace', seed.text);
    },
    { text: typeof workspace === 'string' ? workspace : JSON.stringify(workspace), language },
  );
}
