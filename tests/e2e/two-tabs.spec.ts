import { expect, test } from '@playwright/test';
import { importFixture } from './data-helpers';
import { openApp } from './fixtures';

test('an edit in one tab shows in the other, and concurrent edits do not clobber each other', async ({
  context,
}) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await openApp(one, '/data');
  await openApp(two, '/data');

  await importFixture(one);
  await expect(two.getByText('Hjemmeplejen Nord', { exact: true })).toBeVisible();

  // Both tabs rename a different team at the same moment.
  const rename = async (page: typeof one, from: string, to: string) => {
    await page.getByRole('button', { name: `Omdøb »${from}«` }).click();
    await page.getByLabel(`Nyt navn til »${from}«`).fill(to);
  };
  await rename(one, 'Hjemmeplejen Nord', 'Hjemmeplejen Øst');
  await rename(two, 'Borgerservice', 'Borgerservice Syd');
  await Promise.all([
    one.getByRole('button', { name: 'Gem navn' }).click(),
    two.getByRole('button', { name: 'Gem navn' }).click(),
  ]);

  for (const page of [one, two]) {
    await expect(page.getByText('Hjemmeplejen Øst', { exact: true })).toBeVisible();
    await expect(page.getByText('Borgerservice Syd', { exact: true })).toBeVisible();
  }
  await one.reload();
  await expect(one.getByText('Hjemmeplejen Øst', { exact: true })).toBeVisible();
  await expect(one.getByText('Borgerservice Syd', { exact: true })).toBeVisible();

  // A deletion in one tab reaches the other.
  await two.getByRole('button', { name: 'Slet »Borgerservice Syd«' }).click();
  await expect(one.getByText('Borgerservice Syd', { exact: true })).toBeHidden();
});
