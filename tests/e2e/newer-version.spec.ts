import { expect, test, type Page } from '@playwright/test';
import { openApp } from './fixtures';

const KEY = 'servicetjek:workspace';
const team = { id: 'n', name: 'Fra den nye version', createdAt: '2027-01-01T00:00:00.000Z' };

async function storeOnce(page: Page, raw: string) {
  // Only on the first load: later loads must see what the app itself left there.
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, raw] as const,
  );
}

async function addTeam(page: Page, name: string) {
  // With no team yet the form is open; otherwise it opens from its button.
  const add = page.getByRole('button', { name: 'Tilføj afdeling eller team' });
  if (await add.isVisible()) await add.click();
  await page.getByLabel('Navn på afdeling eller team').pressSequentially(name);
  await page.getByRole('button', { name: 'Opret' }).click();
}

for (const [label, envelope] of [
  ['with a revision', { state: { teams: [team] }, version: 99, revision: 7 }],
  ['without a revision', { state: { teams: [team] }, version: 99 }],
] as const) {
  test(`an older build never writes over a newer version's data (${label})`, async ({ page }) => {
    const raw = JSON.stringify(envelope);
    await storeOnce(page, raw);
    await openApp(page, '/vurdering');
    const alert = page.getByRole('alert').filter({ hasText: 'nyere version' });
    await expect(alert).toContainText('Indtil I vælger, gemmes intet');

    await addTeam(page, 'Løn og personale');
    await expect(page.getByLabel('Afdeling eller team')).toContainText('Løn og personale');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Hent de gemte data som fil' }).click();
    expect(await (await download).path()).toBeTruthy();

    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'nyere version' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);

    await page.getByRole('button', { name: 'Start forfra (dataene gemmes som kopi)' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'nyere version' })).toBeHidden();
    await addTeam(page, 'Borgerservice');
    await page.reload();
    await expect(page.getByLabel('Afdeling eller team')).toContainText('Borgerservice');
    const copies = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((name) => name.startsWith(`${key}:unreadable:`))
          .map((name) => localStorage.getItem(name)),
      KEY,
    );
    expect(copies).toEqual([raw]);
  });
}
