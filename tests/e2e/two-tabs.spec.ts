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

test('two tabs typing into different fields of one experiment at the same time both keep every key', async ({
  context,
}) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await openApp(one, '/data');
  await importFixture(one);
  await openApp(one, '/handleplan/forsoeg/exp-1');
  await openApp(two, '/handleplan/forsoeg/exp-1');

  const why = 'Vi savner hinanden – især om tirsdagen, når alle er hjemme';
  const how = 'Fast mødedag om torsdagen, frokost sammen kl. 11.30';
  const hvorfor = one.getByLabel('Hvorfor?');
  const hvordan = two.getByLabel('Hvordan?');
  await hvorfor.clear();
  await hvordan.clear();
  // Different speeds in the two tabs, from a fast typist to a slow one, keystrokes interleaved.
  await Promise.all([
    hvorfor.pressSequentially(why, { delay: 5 }),
    hvordan.pressSequentially(how, { delay: 80 }),
  ]);

  for (const page of [one, two]) {
    await expect(page.getByLabel('Hvorfor?')).toHaveValue(why);
    await expect(page.getByLabel('Hvordan?')).toHaveValue(how);
  }
  await one.reload();
  await expect(one.getByLabel('Hvorfor?')).toHaveValue(why);
  await expect(one.getByLabel('Hvordan?')).toHaveValue(how);
});
