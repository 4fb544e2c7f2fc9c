import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './fixtures';

const THEMES = [
  'Sammenhængskraft',
  'Fleksibilitet',
  'Tilgængelighed',
  'Fordybelse',
  'Tillid',
  'Retfærdighed',
];

// Eight participants, one column per theme in the toolkit's order. Fordybelse stands out
// (37/8 = 4,6 against Tilgængelighed's 31/8 = 3,9); Tillid divides the room (1 to 5).
const PARTICIPANTS = [
  [3, 2, 5, 5, 1, 4],
  [3, 3, 5, 5, 5, 3],
  [3, 2, 4, 5, 1, 3],
  [3, 3, 4, 5, 5, 3],
  [3, 2, 4, 5, 2, 3],
  [3, 3, 3, 4, 2, 3],
  [3, 2, 3, 4, 3, 3],
  [3, 3, 3, 4, 3, 3],
];

async function startRound(page: Page, team: string) {
  await openApp(page, '/vurdering');
  await expect(page.getByRole('heading', { level: 1, name: 'Vurderingsskema' })).toBeVisible();
  await page.getByLabel('Navn på afdeling eller team').fill(team);
  await page.getByRole('button', { name: 'Opret' }).click();
  await expect(page.getByRole('heading', { name: `Runder for ${team}` })).toBeVisible();
  await expectNoAxeViolations(page, '/vurdering');
  await page.getByLabel('Betegnelse (frivillig)').fill('Før forsøget');
  await page.getByRole('button', { name: 'Start ny runde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Før forsøget/ })).toBeVisible();
}

test('eight participants score one by one; the summary and recommendation show on screen and survive a reload', async ({
  page,
}) => {
  await startRound(page, 'Borgerservice');
  await expectNoAxeViolations(page, '/vurdering/:roundId (sheet)');

  // The summary of a theme is one click away.
  await page.getByText('Læs resumé', { exact: true }).first().click();
  await expect(page.locator('.score-theme-details[open] .score-theme-summary')).toBeVisible();

  for (const [index, scores] of PARTICIPANTS.entries()) {
    await expect(page.getByRole('heading', { name: `Deltager ${index + 1}` })).toBeVisible();
    if (index === 0) await page.getByLabel('Navn (frivilligt)').fill('Kim');
    for (const [theme, score] of scores.entries()) {
      const group = page.getByRole('radiogroup', { name: THEMES[theme] });
      if (index === 1) {
        // Keyboard: focus the group's first radio and move with the arrow keys.
        await group.getByRole('radio', { name: /^1/ }).focus();
        await page.keyboard.press('Space');
        for (let step = 1; step < score; step++) await page.keyboard.press('ArrowRight');
      } else {
        await group.getByRole('radio', { name: new RegExp(`^${score}`) }).check();
      }
      await expect(group.getByRole('radio', { name: new RegExp(`^${score}`) })).toBeChecked();
    }
    await page.getByRole('button', { name: 'Næste deltager' }).click();
  }

  await expect(page.getByText('8 besvarelser er gemt og skjult.')).toBeVisible();
  await page.getByLabel('Skjul tidligere besvarelser, så ingen bliver påvirket').uncheck();
  await expect(page.getByRole('cell', { name: 'Kim' })).toBeVisible();

  await page.getByRole('link', { name: 'Resultat og anbefaling' }).click();
  await expect(page.getByText('8 har svaret')).toBeVisible();
  const disagree = page.getByRole('region', { name: 'Her ser I forskelligt på det' });
  await expect(disagree).toContainText('Tillid: svarene spænder fra 1 til 5 (spredning 1,5).');
  const recommendation = page.getByRole('region', { name: 'Hvor starter I?' });
  await expect(recommendation).toContainText(
    'Fordybelse træder frem som det vigtigste (4,6 mod 3,9) – tag drejebogen om fordybelse op på fx et personalemøde.',
  );
  const ranking = page.getByRole('region', { name: 'Temaerne rangeret' });
  await expect(ranking.getByRole('heading', { level: 3 }).first()).toHaveText('Fordybelse');
  await expect(ranking.getByRole('list', { name: 'Fordeling af scorer for Fordybelse' })).toContainText(
    '5: 5 svar',
  );
  await expectNoAxeViolations(page, '/vurdering/:roundId/resultat');

  const plan = recommendation.getByRole('link', { name: 'Planlæg mødet: Fordybelse' });
  await expect(plan).toHaveAttribute('href', /#\/moede\/ny\?runbook=fordybelse&team=[^&]+&round=[^&]+$/);

  // The facilitator overrides the rule: a dialogmøde on two themes.
  await recommendation.locator('summary', { hasText: 'Vælg selv' }).click();
  await recommendation.getByLabel('Dialogmøde med flere temaer').check();
  await expect(recommendation.getByRole('link', { name: /Planlæg dialogmødet om/ })).toHaveAttribute(
    'href',
    /runbook=dialogmoede&themes=tilgaengelighed,fordybelse&/,
  );

  await page.reload();
  await expect(page.getByText('8 har svaret')).toBeVisible();
  await expect(page.getByText(/I har valgt selv i stedet for anbefalingen/)).toBeVisible();
});

test('a tally and an imported CSV are added up; bad rows are listed before anything is imported', async ({
  page,
}) => {
  await startRound(page, 'Løn');
  await page.getByRole('tab', { name: 'Optælling' }).click();
  await page.getByLabel('Tillid: antal der valgte 4').fill('3');
  await page.getByLabel('Tillid: antal der valgte 5').fill('x');
  await expect(page.getByText('Skriv et helt tal fra 0 og op.')).toBeVisible();
  await page.getByLabel('Tillid: antal der valgte 5').fill('1');
  await expectNoAxeViolations(page, '/vurdering/:roundId (tally)');

  await page.getByRole('tab', { name: 'Importer fil' }).click();
  const csv = '\uFEFFNavn;Fordybelse;Trust\r\nAna;5;2\r\nBo;7;3\r\n;4;\r\n';
  await page
    .getByLabel('Fil med svar (Excel eller CSV)')
    .setInputFiles({ name: 'forms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('2 besvarelser kan importeres.')).toBeVisible();
  await expect(page.getByText('Linje 3: »7« under Fordybelse er ikke en score fra 1 til 5.')).toBeVisible();
  await expectNoAxeViolations(page, '/vurdering/:roundId (import)');
  await expect(page.getByText('Indtil nu: 4 besvarelser.')).toBeVisible();
  await page.getByRole('button', { name: 'Importer 2 besvarelser' }).click();
  await expect(page.getByText('2 besvarelser er importeret.')).toBeVisible();
  await expect(page.getByText('Indtil nu: 6 besvarelser.')).toBeVisible();

  await page.getByRole('link', { name: 'Resultat og anbefaling' }).click();
  const ranking = page.getByRole('region', { name: 'Temaerne rangeret' });
  await expect(ranking).toContainText('Fordybelse');
  await expect(ranking).toContainText('Fordelingen vises først ved mindst 3 svar');
});
