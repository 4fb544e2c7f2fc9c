import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './fixtures';

const createdAt = '2026-11-01T10:00:00.000Z';
const workspace = {
  state: {
    teams: [{ id: 'team-1', name: 'Løn & Økonomi', createdAt }],
    experiments: [
      {
        id: 'exp-1',
        teamId: 'team-1',
        themeIds: ['fordybelse'],
        hvad: 'Fokustid uden møder fra 9 til 11',
        hvorfor: 'Vi bliver forstyrret hele dagen.',
        hvordan: 'Kalenderen blokeres for alle.',
        hvem: 'Åse',
        startDate: '2026-11-23',
        createdAt,
      },
    ],
    meetings: [
      {
        id: 'meeting-1',
        teamId: 'team-1',
        runbookId: 'fordybelse',
        themeIds: ['fordybelse'],
        date: '2026-11-10',
        startTime: '09:00',
        place: 'Mødelokale Ærø',
        availableMinutes: 90,
        participants: 8,
        groups: 1,
        decisionMode: 'A',
        createdAt,
      },
    ],
  },
  version: 1,
};

test.beforeEach(async ({ page }) => {
  await page.addInitScript((seed) => {
    if (!window.localStorage.getItem('servicetjek:workspace')) {
      window.localStorage.setItem('servicetjek:workspace', JSON.stringify(seed));
    }
  }, workspace);
});

test('downloads the handleplan as a PDF from the export screen', async ({ page }) => {
  await openApp(page, '/eksport');
  await expect(page.getByRole('heading', { level: 1, name: 'Eksport til PDF' })).toBeVisible();
  await page.getByRole('radio', { name: 'A3 (plakat)' }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent handleplan (PDF)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^handleplan-loen-oekonomi-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByText(/handleplan-loen-oekonomi-.*er hentet/)).toBeVisible();
  await expectNoAxeViolations(page, '/eksport');
});

test('says what to do first when a team has no data', async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem(
      'servicetjek:workspace',
      JSON.stringify({
        state: { teams: [{ id: 'team-2', name: 'Tom', createdAt: '2026-11-01T10:00:00.000Z' }] },
        version: 1,
      }),
    );
  });
  await openApp(page, '/eksport', 'en');
  await expect(page.getByText('The team has no experiments yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Download/ })).toHaveCount(0);
  await expectNoAxeViolations(page, '/eksport empty');
});
