import { expect, test, type Page } from '@playwright/test';
import { dialogMeeting, tillidMeeting } from '../meeting-fixture';
import { expectNoAxeViolations, openApp } from './fixtures';
import { seedWorkspace } from './seed';

const CREATED = '2026-11-20T10:00:00.000Z';
const team = { id: 'team-kundeservice', name: 'Kundeservice', createdAt: CREATED };
// The tillid meeting and the dialogmøde of tests/meeting-fixture.ts, held by this team in its own room.
const here = { teamId: team.id, place: 'Mødelokale 2', availableMinutes: 120, tovholdere: 'Anna og Bo' };
const tillid = tillidMeeting({ ...here, id: 'meeting-tillid', stepMinutes: { welcome: 2 } });
const dialog = dialogMeeting({ ...here, id: 'meeting-dialog' });

/** Seed the workspace once; later reloads keep what the meeting saved. */
async function seed(page: Page) {
  await seedWorkspace(page, {
    version: 1,
    state: {
      teams: [team],
      assessments: [],
      meetings: [tillid, dialog],
      proposals: [],
      proposalGroups: [],
      handovers: [],
      experiments: [],
    },
  });
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
}

const stepOf = (page: Page) => page.locator('.run-step-of');

/** Stop the fake clock, so countdowns read exactly until the test moves time on. */
async function freeze(page: Page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
}

/** Let time flow again: screens that load on demand need it (React throttles Suspense with timers). */
async function thaw(page: Page) {
  await page.clock.resume();
}

test('a running countdown does not jump when the system clock is set forward or back', async ({ page }) => {
  await seed(page);
  await openApp(page, `/moede/${tillid.id}/koer`, 'da');
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await freeze(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(10_000);
  await expect(page.getByRole('timer')).toHaveText('1:50');

  // An NTP step or a hand-set clock moves Date, not the monotonic clock: the countdown runs on as before.
  const wall = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(wall + 60_000);
  await page.clock.runFor(1_000);
  await expect(page.getByRole('timer')).toHaveText('1:49');
  await page.clock.setSystemTime(wall - 5 * 60_000);
  await page.clock.runFor(1_000);
  await expect(page.getByRole('timer')).toHaveText('1:48');
});

test('runs a whole single-theme meeting with a fast clock, a presenter window and a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await seed(page);
  await openApp(page, `/moede/${tillid.id}/koer`, 'da');
  await expect(page.getByRole('heading', { level: 1, name: 'Kør mødet' })).toBeVisible();
  await expectNoAxeViolations(page, 'runner before start');
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await freeze(page);

  // Step 1: two minutes, then time is up.
  await expect(stepOf(page)).toHaveText('Trin 1 af 6');
  await expect(page.getByRole('timer')).toHaveText('2:00');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(60_000);
  await expect(page.getByRole('timer')).toHaveText('1:00');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(5 * 60_000);
  await expect(page.getByRole('timer')).toHaveText('1:00');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  // The lid closes for 90 seconds: no ticks, and the countdown is still right.
  await page.clock.fastForward(90_000);
  await expect(page.locator('.countdown-up')).toContainText('Tiden er gået');
  await expect(page.getByRole('status').filter({ hasText: 'Tiden er gået' })).toBeAttached();
  await page.getByRole('button', { name: '+1 minut' }).click();
  await expect(page.getByRole('timer')).toHaveText('0:30');
  await thaw(page);
  await expectNoAxeViolations(page, 'runner running');
  await freeze(page);

  // Step 2 by keyboard; the countdown carries on.
  await page.locator('body').press('ArrowRight');
  await expect(stepOf(page)).toHaveText('Trin 2 af 6');
  await expect(page.locator('.run-head .step-timing-plan')).toHaveText('Jeres plan: 5 min.');
  await expect(page.getByRole('heading', { level: 2, name: 'Individuel refleksion' })).toBeVisible();
  await expect(page.getByText('Kommunikerer du fra din hjemmearbejdsplads', { exact: false })).toBeVisible();

  // Step 3: the speaker round, seen in a presenter window that follows along.
  await page.getByRole('button', { name: 'Næste trin' }).click();
  await expect(page.getByText('Taler 1 af 3')).toBeVisible();
  await thaw(page);
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Åbn præsentation i nyt vindue' }).click(),
  ]);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Fælles runde' })).toBeVisible();
  await expect(presenter.getByText('Taler 1 af 3')).toBeVisible();
  await page.locator('body').press('n');
  await expect(page.getByText('Taler 2 af 3')).toBeVisible();
  await expect(presenter.getByText('Taler 2 af 3')).toBeVisible();
  await expect(presenter.locator('.site-header')).toBeHidden();
  await expectNoAxeViolations(presenter, 'presenter window');
  // Keys in the presenter window drive the meeting too.
  await presenter.locator('body').press('n');
  await expect(page.getByText('Taler 3 af 3')).toBeVisible();

  // Steps 4 and 5: proposals written as they are said.
  await page.getByRole('button', { name: 'Spring over' }).click();
  await expect(stepOf(page)).toContainText('Trin 4 af 6');
  await page.getByRole('button', { name: 'Næste trin' }).click();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Fælles runde' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Nyt forslag' });
  await field.fill('Fast fælles mødedag om onsdagen');
  await field.press('Enter');
  await expect(field).toBeFocused();
  await field.fill('Kamera tændt de første fem minutter');
  await field.press('Enter');
  await expect(page.getByText('2 forslag fra mødet')).toBeVisible();
  await page.getByRole('button', { name: 'Ret forslag 2' }).click();
  await page.getByRole('textbox', { name: 'Forslag 2' }).fill('Kamera tændt de første ti minutter');
  await page.getByRole('textbox', { name: 'Forslag 2' }).press('Enter');
  await expect(page.getByText('Kamera tændt de første ti minutter')).toBeVisible();
  await page.getByRole('textbox', { name: 'Noter til trinnet' }).fill('Alle nåede at sige noget.');
  await expectNoAxeViolations(page, 'runner with proposals');

  // A reload mid-meeting keeps the step, the countdown and the proposals.
  await page.clock.runFor(60_000);
  await page.getByRole('button', { name: 'Pause' }).click();
  const speakerTime = page.getByRole('timer', { name: 'Taletid tilbage' });
  const roundTime = page.getByRole('timer', { name: 'Rundens tid tilbage' });
  const before = [await speakerTime.textContent(), await roundTime.textContent()];
  // 60 s of the two-minute slot have run, plus the real time since the clock was let flow.
  expect(before[0]).toMatch(/^(1:00|0:5\d)$/);
  await page.reload();
  await expect(stepOf(page)).toContainText('Trin 5 af 6');
  await expect(page.getByText('Sat på pause')).toBeVisible();
  await expect(speakerTime).toHaveText(before[0] ?? '');
  await expect(roundTime).toHaveText(before[1] ?? '');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await expect(page.getByText('2 forslag fra mødet')).toBeVisible();

  // Step 6 and finish.
  await page.getByRole('button', { name: 'Næste trin' }).click();
  await expect(page.getByText('Valgt til dette møde')).toBeVisible();
  await page.getByRole('button', { name: 'Afslut mødet' }).click();
  await expect(page.getByText('Mødet er afsluttet.')).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 1, name: 'Tak for i dag' })).toBeVisible();
  await page.getByRole('link', { name: 'Se opsummeringen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Opsummering af mødet' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Velkomst' })).toContainText(/7 min\. 3\d sek\./);
  await expect(rows.filter({ hasText: '3. Fælles runde' })).toContainText('Sprunget over');
  await expect(rows.filter({ hasText: '5. Fælles runde' })).toContainText('Alle nåede at sige noget.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Fast fælles mødedag' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Arbejd videre med forslagene' })).toHaveAttribute(
    'href',
    `#/forslag/${tillid.id}`,
  );
  await expect(page.getByRole('link', { name: 'Åbn handleplanen' })).toHaveAttribute(
    'href',
    `#/handleplan/${team.id}`,
  );
  await expectNoAxeViolations(page, 'summary');
});

test('runs a dialogmøde with tables, group rounds and the presenter view in the same window', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await seed(page);
  await openApp(page, `/moede/${dialog.id}/koer`, 'da');
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await page.getByRole('button', { name: 'Næste trin' }).click();
  await expect(page.getByRole('heading', { name: 'Bord 1: Tillid' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bord 2: Fordybelse' })).toBeVisible();

  await page.getByRole('link', { name: 'Vis præsentation her' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Gruppearbejde/ })).toBeVisible();
  await expect(page.getByText('45:00')).toBeVisible();
  await freeze(page);
  await page.locator('body').press('Space');
  await page.clock.runFor(45 * 60_000);
  await expect(page.locator('.countdown-up')).toContainText('Tiden er gået');
  await thaw(page);
  await expectNoAxeViolations(page, 'presenter same window');
  await freeze(page);

  await page.locator('body').press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: 'Afrapportering fra grupperne' })).toBeVisible();
  await expect(page.getByText('Gruppe 1 af 2')).toBeVisible();
  await page.clock.runFor(5 * 60_000);
  await page.locator('body').press('n');
  await expect(page.getByText('Gruppe 2 af 2')).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Taletid tilbage' })).toHaveText('5:00');
  await expect(page.getByRole('timer', { name: 'Rundens tid tilbage' })).toHaveText('5:00');
  await thaw(page);
  await page.getByRole('link', { name: 'Til styringen' }).click();

  await expect(page.getByText('Gruppe 2 af 2')).toBeVisible();
  await page.getByRole('combobox', { name: 'Tema' }).selectOption({ label: 'Fordybelse' });
  await page.getByRole('textbox', { name: 'Nyt forslag' }).fill('Stille timer hver formiddag');
  await page.getByRole('textbox', { name: 'Nyt forslag' }).press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Stille timer' })).toContainText('Fordybelse');

  for (let step = 4; step <= 6; step += 1) {
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await expect(stepOf(page)).toContainText(`Trin ${step} af 6`);
  }
  await page.getByRole('button', { name: 'Afslut mødet' }).click();
  await page.getByRole('link', { name: 'Se opsummeringen' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Stille timer' })).toBeVisible();
});
