import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './fixtures';

async function createTeam(page: Page, name: string) {
  await page.getByLabel('Navn på afdeling eller team').fill(name);
  await page.getByRole('button', { name: 'Opret' }).click();
}

test('plans a single-theme meeting from the list, with clock times and the invitation', async ({ page }) => {
  await openApp(page, '/moede');
  await expect(page.getByText('Der er ikke planlagt nogen møder endnu.')).toBeVisible();
  await expectNoAxeViolations(page, '/moede (empty)');

  await page.getByRole('link', { name: 'Planlæg nyt møde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planlæg møde' })).toBeVisible();
  await createTeam(page, 'Borgerservice');
  await page.getByLabel('Drejebog').selectOption('tillid');
  await page.getByLabel('Dato').fill('2026-11-24');
  await page.getByLabel('Starttidspunkt').fill('13:00');
  await page.getByLabel('Antal deltagere').fill('8');
  await page.getByLabel('Tid sat af (minutter)').fill('60');
  await page.getByLabel('Tovholder(e)').fill('Anna og Bo');
  await page.getByLabel('Sted').fill('Mødelokale 2');

  // 5 + 50 + 4·8 = 87 minutes against 60.
  const agenda = page.getByRole('table', { name: 'Dagsorden med klokkeslæt' });
  await expect(agenda.getByRole('rowheader', { name: '13:00–14:27' })).toBeVisible();
  await expect(
    page.getByText('Dagsordenen er 27 minutter for lang til de 60 minutter, I har sat af.'),
  ).toBeVisible();
  await expect(page.getByText(/Vælg beslutning B: sparer 20 minutter\./)).toBeVisible();
  await expectNoAxeViolations(page, '/moede/ny (overrun)');

  // Rounds in two groups of four (the app's suggestion, marked as such) save 16 minutes; decision B
  // then saves 20 more: 5 + 5 + 8 + 15 + 8 + 10 = 51.
  await page
    .getByRole('button', {
      name: /^Gør det: Appens forslag, ikke værktøjets: Færre deltagere pr\. runde: tag de fælles runder i 2 grupper/,
    })
    .click();
  await expect(
    page.getByText('Dagsordenen er 11 minutter for lang til de 60 minutter, I har sat af.'),
  ).toBeVisible();
  await page.getByRole('button', { name: /Gør det: Vælg beslutning B/ }).click();
  await expect(page.getByText('Dagsordenen kan nås inden for de 60 minutter, I har sat af.')).toBeVisible();
  await expect(agenda.getByRole('rowheader', { name: '13:00–13:51' })).toBeVisible();

  await page.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialog om tillid' })).toBeVisible();
  await expect(page.getByText('Borgerservice · tirsdag den 24. november 2026 (uge 48)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start mødet' })).toHaveAttribute(
    'href',
    /#\/moede\/[^/]+\/koer$/,
  );

  const invitation = page.getByLabel('Invitationens tekst');
  await expect(invitation).toHaveValue(/Tid: tirsdag den 24\. november 2026 \(uge 48\), kl\. 13:00–13:51/);
  await expect(invitation).toHaveValue(/13:10–13:18 {2}3\. Fælles runde \(8 min\.\)/);
  await expect(invitation).toHaveValue(/Tovholder\(e\): Anna og Bo/);
  await page.getByRole('checkbox', { name: /Vælg en tovholder/ }).check();
  await expect(page.getByText('1 af 1 klaret')).toBeVisible();
  await expectNoAxeViolations(page, '/moede/:id');

  // Edits are saved as typed and survive a reload.
  await page.getByLabel('Sted').fill('Kantinen');
  await page.reload();
  await expect(page.getByLabel('Sted')).toHaveValue('Kantinen');
  await expect(page.getByRole('checkbox', { name: /Vælg en tovholder/ })).toBeChecked();

  await page.getByRole('link', { name: 'Dialogmøde' }).click();
  await expect(page.getByRole('link', { name: 'Dialog om tillid' })).toBeVisible();
  await expectNoAxeViolations(page, '/moede (with a meeting)');
});

test('plans a dialogmøde from the list with two themes and tables for them', async ({ page }) => {
  await openApp(page, '/moede', 'da');
  await page.getByRole('link', { name: 'Planlæg nyt møde' }).click();
  await createTeam(page, 'Løn');
  await page.getByLabel('Drejebog').selectOption('dialogmoede');
  await page.getByLabel('Dato').fill('2026-12-03');
  await page.getByLabel('Starttidspunkt').fill('09:30');
  await page.getByLabel('Antal deltagere').fill('18');
  await page.getByRole('checkbox', { name: 'Fordybelse' }).check();
  await page.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(page.getByRole('alert')).toContainText('Temaer på dialogmødet');
  await expect(page.getByText('Vælg mindst to temaer til dialogmødet.')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Tilgængelighed' }).check();
  // 18 people, two themes: three tables of six. 5 + 90 + 8·3 = 119 minutes.
  await expect(page.getByLabel('Antal grupper (borde)')).toHaveValue('3');
  const agenda = page.getByRole('table', { name: 'Dagsorden med klokkeslæt' });
  await expect(agenda.getByRole('rowheader', { name: '09:30–11:29' })).toBeVisible();
  await expectNoAxeViolations(page, '/moede/ny (dialogmøde)');

  await page.getByRole('button', { name: 'Gem mødet' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dialogmøde om tilgængelighed og fordybelse' }),
  ).toBeVisible();
  const invitation = page.getByLabel('Invitationens tekst');
  await expect(invitation).toHaveValue(
    /09:35–10:20 {2}2\. Gruppearbejde: Drøft de forskellige temaer\. \(45 min\.\)/,
  );
  await expect(invitation).toHaveValue(/ {4}Fordybelse:\n {4}– Hvad er dit behov for at kunne fordybe dig/);
});

test('the planner works in English', async ({ page }) => {
  await openApp(page, '/moede/ny?runbook=fordybelse', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a meeting' })).toBeVisible();
  await expect(page.getByText('The meeting takes 103 minutes and ends at 10:43.')).toBeVisible();
  await expectNoAxeViolations(page, '/moede/ny (en)');
});
