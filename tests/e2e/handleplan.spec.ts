import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './fixtures';

test('an experiment from plan through both check-ins to the decision, with its calendar file', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-18T10:00:00'));
  await openApp(page, '/handleplan', 'da');
  await expectNoAxeViolations(page, '/handleplan (empty)');

  await page.getByLabel('Navn på afdeling eller team').fill('Løn og personale');
  await page.getByRole('button', { name: 'Opret' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Løn og personale' })).toBeVisible();

  await expect(page.getByLabel('Startdato')).toHaveValue('2026-11-23');
  await page.getByLabel('Hvad? (forsøget)').fill('Stille formiddage tirsdag og torsdag');
  await page.getByLabel('Startdato').fill('2026-11-02');
  await page.getByRole('checkbox', { name: 'Fordybelse' }).check();
  await page.getByRole('button', { name: 'Tilføj forsøg' }).click();
  await page.getByLabel('Hvem? – forsøg 1').fill('Åse og Søren');
  await expect(page.getByText('Næste stop op: uge 47')).toBeVisible();
  await expectNoAxeViolations(page, 'team plan');

  await page.getByRole('link', { name: 'Åbn forsøg 1' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Stille formiddage tirsdag og torsdag' }),
  ).toBeVisible();
  await expect(page.getByText('mandag den 16. november 2026 · uge 47')).toBeVisible();
  await expectNoAxeViolations(page, 'experiment');

  const two = page.getByRole('region', { name: 'Stop op efter 2 uger' });
  await two.getByLabel('Hvad har vi lært?').fill('Ro giver bedre sagsbehandling');
  await two.getByLabel('Hvad skal vi justere?').fill('Start kl. 9 i stedet for 8');
  await two.getByLabel('Dato for stop op').fill('2026-11-16');
  await two.getByRole('button', { name: 'Gem stop op efter 2 uger' }).click();
  await expect(two.getByText('Holdt mandag den 16. november 2026')).toBeVisible();

  const four = page.getByRole('region', { name: 'Stop op efter 4 uger' });
  await four.getByLabel('Hvad skal vi fortsætte med?').fill('Tirsdag og torsdag');
  await four.getByLabel('Dato for stop op').fill('2026-11-30');
  await four.getByLabel('Ny score for temaet 1–5 (valgfrit)').selectOption('4');
  await four.getByRole('button', { name: 'Gem stop op efter 4 uger' }).click();
  await expect(four.getByText('Holdt mandag den 30. november 2026')).toBeVisible();

  const decision = page.getByRole('region', { name: 'Beslutning efter seks uger' });
  await decision.getByRole('radio', { name: 'Gøres permanent' }).check();
  await decision.getByLabel('Begrundelse').fill('Alle vil fortsætte');
  await decision.getByRole('button', { name: 'Gem beslutningen' }).click();
  await expect(decision.getByText('Gøres permanent mandag den 14. december 2026')).toBeVisible();
  await expect(page.getByText('Gjort permanent')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Justeringer – hvornår?' }).getByText('Start kl. 9 i stedet for 8'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'experiment decided');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent kalenderfil (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('forsoeg-2026-11-02.ics');
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n[ \t]/g, '');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('SUMMARY:Stop op efter 2 uger: Stille formiddage tirsdag og torsdag');
  expect(ics).toContain('DTSTART;VALUE=DATE:20261116');
  expect(ics).toContain('DTSTART;VALUE=DATE:20261130');
  expect(ics).toContain('SUMMARY:Beslutning efter 6 uger: Stille formiddage tirsdag og torsdag');
  expect(ics).toContain('DTSTART;VALUE=DATE:20261214');
  expect(ics).toContain('Hvad har vi lært?\\nHvad skal vi fortsætte med?\\nHvad skal vi justere?');
  expect(ics).toContain('Hvem? Åse og Søren');

  await page.getByRole('link', { name: 'Handleplan' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handleplan' })).toBeVisible();
  await expect(page.getByText('Ingen forsøg passer til filteret.')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Gjort permanent' });
  await expect(page.getByRole('link', { name: 'Stille formiddage tirsdag og torsdag' })).toBeVisible();
  await expectNoAxeViolations(page, 'overview');
});

test('the overview highlights an overdue check-in and home lists it under "Denne uge"', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await openApp(page, '/handleplan', 'da');
  await page.getByLabel('Navn på afdeling eller team').fill('Jura');
  await page.getByRole('button', { name: 'Opret' }).click();
  await page.getByLabel('Hvad? (forsøget)').fill('Fast mødedag');
  await page.getByLabel('Startdato').fill('2026-10-26');
  await page.getByRole('button', { name: 'Tilføj forsøg' }).click();
  await expect(page.getByText('Næste stop op: uge 46')).toBeVisible();

  await page.goto('./#/handleplan');
  const row = page.getByRole('listitem').filter({ hasText: 'Fast mødedag' });
  await expect(row.getByText('Næste stop op: uge 46')).toBeVisible();
  await expect(row.getByText('Overskredet')).toBeVisible();
  await expectNoAxeViolations(page, 'overview with experiment');

  await page.goto('./#/');
  await expect(page.getByRole('heading', { name: 'Denne uge' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stop op efter 2 uger: Fast mødedag' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stop op efter 4 uger: Fast mødedag' })).toBeVisible();
  await expectNoAxeViolations(page, 'home with due stops');
});
