import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readPdf } from '../pdf-text';
import { expectNoAxeViolations, openApp } from './fixtures';
import { seedWorkspace } from './seed';

const createdAt = '2026-11-01T10:00:00.000Z';
const workspace = {
  state: {
    teams: [{ id: 'team-1', name: 'Løn & Økonomi', createdAt }],
    assessments: [{ id: 'round-1', teamId: 'team-1', date: '2026-11-24', label: '', createdAt }],
  },
  version: 1,
};

test.beforeEach(async ({ page }) => {
  await seedWorkspace(page, workspace);
});

/** What Forms' "Åbn i Excel" downloads for the form to copy: its own columns, one per statement. */
async function formsWorkbook(statements: readonly string[], rows: readonly (readonly unknown[])[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form1');
  sheet.addRow(['Id', 'Starttidspunkt', 'Fuldførelsestidspunkt', 'Mail', 'Navn', ...statements]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function chooseWorkbook(page: Page, buffer: Buffer) {
  await page.getByLabel('Fil med svar (Excel eller CSV)').setInputFiles({
    name: 'Vurderingsskema.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

test('a form made from the form to copy imports its Excel file on a round; a second import is asked about', async ({
  page,
}) => {
  await openApp(page, '/vurdering/formular');
  await expect(page.getByRole('heading', { level: 1, name: 'Formular til Microsoft Forms' })).toBeVisible();
  await expectNoAxeViolations(page, '/vurdering/formular');
  const statements = (await page.getByRole('textbox', { name: 'Udsagn' }).inputValue()).split('\n');
  const options = (await page.getByRole('textbox', { name: 'Valgmuligheder' }).inputValue()).split('\n');
  expect(statements).toHaveLength(6);

  const when = new Date('2026-11-24T09:02:00Z');
  const buffer = await formsWorkbook(statements, [
    [1, when, when, 'anonymous', '', ...options, options[4]],
    [2, when, when, 'anonymous', '', 3, 3, 3, 3, 3, 3],
    [3, when, when, 'kim@kommune.dk', 'Kim Ørsted', '1/5', 2, 2, 2, 2, 2],
  ]);

  await openApp(page, '/vurdering/round-1');
  await page.getByRole('tab', { name: 'Importer fil' }).click();
  await chooseWorkbook(page, buffer);
  const preview = page.getByRole('region', { name: 'Klar til import fra Vurderingsskema.xlsx' });
  await expect(preview.getByText('2 besvarelser kan importeres.')).toBeVisible();
  await expect(
    preview.getByText('Navne og mailadresser læses ikke og gemmes ikke: Mail og Navn.'),
  ).toBeVisible();
  await expect(
    preview.getByText('Række 4: »1/5« under Sammenhængskraft er ikke en score fra 1 til 5.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, '/vurdering/:roundId (xlsx import)');
  await preview.getByRole('button', { name: 'Importer 2 besvarelser' }).click();
  await expect(page.getByText('2 besvarelser er importeret.')).toBeVisible();
  await expect(page.getByText('Indtil nu: 2 besvarelser.')).toBeVisible();
  const stored = await page.evaluate(() => window.localStorage.getItem('servicetjek:workspace') ?? '');
  expect(stored).not.toContain('kim@kommune.dk');
  expect(stored).not.toContain('Ørsted');

  await chooseWorkbook(page, buffer);
  await expect(page.getByText('Noget af filen er importeret i runden før')).toBeVisible();
  await expect(page.getByText(/2 rækker har et Id fra Microsoft Forms/)).toBeVisible();
  await expectNoAxeViolations(page, '/vurdering/:roundId (import again)');
  await page.getByRole('button', { name: 'Annuller' }).click();
  await expect(page.getByText('Indtil nu: 2 besvarelser.')).toBeVisible();

  await page.getByRole('link', { name: 'Resultat og anbefaling' }).click();
  await expect(page.getByText('2 har svaret')).toBeVisible();
});

test('prints the vurderingsskema, one A4 per participant, and the tally sheet', async ({ page }) => {
  await openApp(page, '/vurdering/round-1');
  await page.getByRole('tab', { name: 'Optælling' }).click();
  const copies = page.getByLabel('Antal deltagere');
  await copies.clear();
  await copies.pressSequentially('18');
  await expect(copies).toHaveValue('18');
  await expectNoAxeViolations(page, '/vurdering/:roundId (paper)');

  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vurderingsskema, 18 ark (PDF)' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toBe('vurderingsskema-loen-oekonomi-2026-11-24.pdf');
  const skema = await readPdf(new Uint8Array(await readFile(await download.path())));
  expect(skema.pages).toHaveLength(18);
  expect(skema.pages[17]).toContain('Hvor har vi behov for et servicetjek?');
  expect(skema.pages[17]).toContain('Løn & Økonomi');
  await expect(page.getByText('vurderingsskema-loen-oekonomi-2026-11-24.pdf er hentet.')).toBeVisible();

  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Optællingsark (PDF)' }).click();
  download = await downloading;
  expect(download.suggestedFilename()).toBe('optaelling-loen-oekonomi-2026-11-24.pdf');
  const tally = await readPdf(new Uint8Array(await readFile(await download.path())));
  expect(tally.pages).toHaveLength(1);
  expect(tally.pages[0]).toContain('Optælling af vurderingsskemaer');
});
