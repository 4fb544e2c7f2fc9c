import { expect, test, type Locator } from '@playwright/test';
import { openApp } from './fixtures';
import { V1_WORKSPACE, seedWorkspace } from './seed';

// Every screen with a text field (the lists /vurdering, /handleplan and /data have none with data), on a realistic workspace, typed into key by key as people type.
// After each key the field must hold everything typed so far and still have the focus: a screen that
// refocused its heading when its title (the very text being typed) changed kept only the first key.
const ROUTES = [
  '/vurdering/round-1',
  '/moede/ny?runbook=dialogmoede&themes=tillid,fordybelse&team=team-hjemmepleje',
  '/moede/meeting-1',
  '/moede/meeting-1/koer',
  '/forslag?team=team-hjemmepleje',
  '/forslag/meeting-1',
  '/handleplan/team-hjemmepleje',
  '/handleplan/forsoeg/exp-1',
];

const TEXT_FIELDS =
  'main input:not([type]), main input[type="text"], main input[type="search"], main textarea';
const TYPED = 'Åse øv';

async function typeKeyByKey(field: Locator) {
  await field.click();
  const before = await field.inputValue();
  await field.press('Control+End');
  let expected = before;
  for (const key of TYPED) {
    await field.pressSequentially(key);
    expected += key;
    await expect(field).toHaveValue(expected);
    await expect(field).toBeFocused();
  }
}

for (const route of ROUTES) {
  test(`every text field on ${route} keeps each typed key and the focus`, async ({ page }) => {
    await seedWorkspace(page, V1_WORKSPACE);
    await openApp(page, route, 'da');
    const fields = page.locator(TEXT_FIELDS);
    await expect(fields.first()).toBeVisible();
    const count = await fields.count();
    expect(count, `text fields on ${route}`).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const field = fields.nth(index);
      if (!(await field.isVisible()) || !(await field.isEditable())) continue;
      await typeKeyByKey(field);
    }
  });
}

test('the heading takes the focus on navigation, not while its text is typed', async ({ page }) => {
  await seedWorkspace(page, V1_WORKSPACE);
  await openApp(page, '/handleplan/team-hjemmepleje', 'da');
  await page.getByRole('link', { name: /Åbn forsøg 1/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const hvad = page.getByLabel(/^Hvad\?/).first();
  await hvad.fill('');
  await hvad.pressSequentially('Stille timer', { delay: 20 });
  await expect(hvad).toHaveValue('Stille timer');
  await expect(hvad).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Stille timer' })).toBeVisible();
});

test('a long unbroken word wraps instead of pushing the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openApp(page, '/vurdering');
  const word = 'Borgerservicemedarbejderudviklingssamtaleskemaafdelingen'.repeat(3);
  await page.getByLabel('Navn på afdeling eller team').pressSequentially(word);
  await page.getByRole('button', { name: 'Opret' }).click();
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await expect(page.getByRole('heading', { name: `Runder for ${word}` })).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
  await page.getByLabel('Betegnelse (frivillig)').pressSequentially(word);
  await page.getByRole('button', { name: 'Start ny runde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(word) })).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
});
