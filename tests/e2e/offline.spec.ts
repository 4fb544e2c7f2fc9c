import { expect, test } from '@playwright/test';
import { importFixture } from './data-helpers';
import { expectNoAxeViolations, openApp } from './fixtures';

test('after one visit the app loads and works with the network gone', async ({ page, context }) => {
  await openApp(page, '/');
  // The first visit installs the service worker; it controls the page from the next load on.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Giv jeres hybride arbejdsplads et servicetjek',
  );

  // A screen never opened before still loads: its chunk and strings came from the precache.
  await page.getByRole('link', { name: 'Data og sikkerhedskopi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data og sikkerhedskopi' })).toBeVisible();
  await importFixture(page);
  await page.getByRole('button', { name: 'Omdøb »Borgerservice«' }).click();
  await page.getByLabel('Nyt navn til »Borgerservice«').fill('Borgerservice Syd');
  await page.getByRole('button', { name: 'Gem navn' }).click();

  await page.reload();
  await expect(page.getByText('Borgerservice Syd', { exact: true })).toBeVisible();
  await expect(page.getByText('Hjemmeplejen Nord', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data and backup' })).toBeVisible();
  await context.setOffline(false);
});

test('the app is installable: manifest with icons, and a service worker', async ({ page, request }) => {
  await openApp(page, '/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    icons: { sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('Servicetjek');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of ['pwa-192.png', 'pwa-512.png', 'pwa-maskable-512.png']) {
    expect((await request.get(icon)).ok()).toBe(true);
  }
});

test('/data has no axe violations in either language', async ({ page }) => {
  await openApp(page, '/data', 'da');
  await importFixture(page);
  await expectNoAxeViolations(page, '/data (da)');
  await page.getByRole('button', { name: 'Slet alle data på denne enhed' }).click();
  await expect(page.getByRole('dialog', { name: 'Slet alle data?' })).toBeVisible();
  await expectNoAxeViolations(page, '/data dialog (da)');
  await page.getByRole('button', { name: 'Annuller' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data and backup' })).toBeVisible();
  await expectNoAxeViolations(page, '/data (en)');
});
