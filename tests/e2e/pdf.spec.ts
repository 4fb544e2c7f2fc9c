import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './fixtures';
import { seedWorkspace } from './seed';

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
        notes: { round: 'God runde om forstyrrelser.' },
        run: {
          stepIndex: 5,
          timer: { durationMs: 1_800_000, startedAt: null, elapsedMs: 1_500_000 },
          speakers: null,
          log: [
            { stepId: 'welcome', startedAt: 1_794_560_400_000, endedAt: 1_794_560_760_000, skipped: false },
            { stepId: 'round', startedAt: 1_794_560_760_000, endedAt: 1_794_562_200_000, skipped: false },
          ],
          startedAt: 1_794_560_400_000,
          finishedAt: 1_794_562_200_000,
        },
        createdAt,
      },
    ],
    assessments: [
      {
        id: 'round-1',
        teamId: 'team-1',
        date: '2026-11-02',
        label: 'Første vurdering',
        tally: { fordybelse: [0, 0, 1, 2, 4], tillid: [1, 2, 2, 1, 1] },
        createdAt,
      },
    ],
  },
  version: 1,
};

async function expectPdfDownload(page: Page, button: string, fileName: RegExp) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(fileName);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByText(`${download.suggestedFilename()} er hentet.`)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await seedWorkspace(page, workspace);
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

test('downloads the handleplan from the team handleplan page, for the wall', async ({ page }) => {
  await openApp(page, '/handleplan/team-1');
  await expect(page.getByRole('heading', { level: 1, name: 'Løn & Økonomi' })).toBeVisible();
  await page.getByRole('radio', { name: 'A3 (plakat)' }).check();
  await expectPdfDownload(
    page,
    'Udskriv handleplan (PDF)',
    /^handleplan-loen-oekonomi-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  await expectNoAxeViolations(page, '/handleplan/team-1');
});

test('downloads the stop op sheets from the experiment page', async ({ page }) => {
  await openApp(page, '/handleplan/forsoeg/exp-1');
  await expectPdfDownload(page, 'Stop op-ark uge 2 (PDF)', /^stop-op-2-loen-oekonomi-2026-12-07\.pdf$/);
  await expectPdfDownload(page, 'Stop op-ark uge 4 (PDF)', /^stop-op-4-loen-oekonomi-2026-12-21\.pdf$/);
  await expectNoAxeViolations(page, '/handleplan/forsoeg/exp-1');
});

test('downloads the invitation from the meeting page', async ({ page }) => {
  await openApp(page, '/moede/meeting-1');
  await expectPdfDownload(page, 'Invitation (PDF)', /^dagsorden-loen-oekonomi-2026-11-10\.pdf$/);
  await expectNoAxeViolations(page, '/moede/meeting-1');
});

test('downloads the whole service check from the meeting summary and the round result', async ({ page }) => {
  await openApp(page, '/moede/meeting-1/opsummering');
  await expectPdfDownload(
    page,
    'Hele servicetjekket (PDF)',
    /^servicetjek-rapport-loen-oekonomi-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  await expectNoAxeViolations(page, '/moede/meeting-1/opsummering');
  await openApp(page, '/vurdering/round-1/resultat');
  await expectPdfDownload(
    page,
    'Hele servicetjekket (PDF)',
    /^servicetjek-rapport-loen-oekonomi-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  await expectNoAxeViolations(page, '/vurdering/round-1/resultat');
});

test('downloads the report for a period from the export screen, and says when the period is wrong', async ({
  page,
}) => {
  await openApp(page, '/eksport');
  const from = page.getByLabel('Fra', { exact: true });
  const to = page.getByLabel('Til', { exact: true });
  await from.fill('2026-11-10');
  await to.fill('2026-11-09');
  await expect(page.getByRole('alert')).toHaveText(
    'Til-datoen ligger før fra-datoen. Ret perioden, så den slutter samme dag eller senere.',
  );
  await expect(page.getByRole('button', { name: 'Hent rapport (PDF)' })).toBeDisabled();
  await expectNoAxeViolations(page, '/eksport with a wrong period');
  await to.fill('2026-11-10');
  await expect(page.getByRole('alert')).toBeEmpty();
  await expectPdfDownload(
    page,
    'Hent rapport (PDF)',
    /^servicetjek-rapport-loen-oekonomi-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  await page.screenshot({ path: test.info().outputPath('export-period.png'), fullPage: true });
});
