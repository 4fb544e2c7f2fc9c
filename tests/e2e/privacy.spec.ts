import { expect, test } from '@playwright/test';
import { importFixture } from './data-helpers';
import { openApp } from './fixtures';

test('a tour of the app makes no request to any other origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await openApp(page, '/');
  for (const link of ['Temaer', 'Vurderingsskema', 'Dialogmøde', 'Handleplan', 'Om']) {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: link }).click();
    await expect(page.locator('main h1')).toBeVisible();
  }
  for (const link of ['Udskriv og eksportér (PDF)', 'Data og sikkerhedskopi']) {
    await page.getByRole('navigation', { name: 'Mere' }).getByRole('link', { name: link }).click();
    await expect(page.locator('main h1')).toBeVisible();
  }
  await importFixture(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent sikkerhedskopi' }).click();
  expect((await download).suggestedFilename()).toMatch(/^servicetjek-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data and backup' })).toBeVisible();

  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter(
    (url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
});

test('the built page carries a Content-Security-Policy that allows only its own origin', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await openApp(page, '/data');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("object-src 'none'");
  await importFixture(page);
  expect(violations).toEqual([]);
});
