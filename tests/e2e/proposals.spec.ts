import { expect, test, type Locator, type Page } from '@playwright/test';
import { dialogMeeting } from '../meeting-fixture';
import { expectNoAxeViolations, openApp } from './fixtures';
import { seedWorkspace } from './seed';

const CREATED = '2026-11-01T09:00:00.000Z';

function proposal(id: string, text: string, rank: number, themeId: string | null = null) {
  return {
    id,
    teamId: 'team-1',
    meetingId: 'm-1',
    text,
    themeId,
    groupId: null,
    rank,
    quadrant: null,
    top: false,
    status: 'open',
    createdAt: CREATED,
  };
}

const WORKSPACE = {
  state: {
    teams: [{ id: 'team-1', name: 'Borgerservice', createdAt: CREATED }],
    assessments: [],
    meetings: [
      dialogMeeting({
        id: 'm-1',
        teamId: 'team-1',
        themeIds: ['fordybelse', 'tilgaengelighed'],
        date: '2026-11-26',
        availableMinutes: 180,
      }),
    ],
    proposals: [
      proposal('p-1', 'Fordybelsestid kl. 8–10', 1, 'fordybelse'),
      proposal('p-2', 'Faste tider, hvor alle kan træffes', 2, 'tilgaengelighed'),
      proposal('p-3', 'Sluk chatten under fokusarbejde', 3, 'fordybelse'),
      proposal('p-4', 'Fælles ugeplan for hjemmedage', 4, 'tilgaengelighed'),
    ],
    proposalGroups: [],
    handovers: [],
    experiments: [],
  },
  version: 1,
};

async function stored(page: Page) {
  return page.evaluate(() => JSON.parse(window.localStorage.getItem('servicetjek:workspace') ?? '{}').state);
}

const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');
const list = (page: Page) => page.locator('.proposal-list');
const cardTexts = (scope: Locator) => scope.locator('.proposal-text');

async function pointerDrag(page: Page, from: Locator, to: Locator) {
  // Start from the top, where both ends fit on a projector screen, so auto-scroll does not move the target.
  await page.evaluate(() => window.scrollTo(0, 0));
  const a = await from.boundingBox();
  if (!a) throw new Error('Nothing to drag');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 4 });
  // Measure the target only once the drag has started: lifting the card can reflow the board.
  const b = await to.boundingBox();
  if (!b) throw new Error('Nowhere to drop');
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 20 });
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2 + 2, { steps: 4 });
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await seedWorkspace(page, WORKSPACE);
});

test('a card is moved with the keyboard only and every step is announced in Danish', async ({ page }) => {
  await openApp(page, '/forslag/m-1');
  await expect(cardTexts(list(page))).toHaveText([
    'Fordybelsestid kl. 8–10',
    'Faste tider, hvor alle kan træffes',
    'Sluk chatten under fokusarbejde',
    'Fælles ugeplan for hjemmedage',
  ]);
  await expectNoAxeViolations(page, 'board');
  const handle = page.getByRole('button', { name: 'Flyt forslaget »Fordybelsestid kl. 8–10«' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toHaveText(
    'Forslaget »Fordybelsestid kl. 8–10« er løftet. Det er nr. 1 af 4 i listen med forslag.',
  );
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion(page)).toHaveText(
    'Forslaget »Fordybelsestid kl. 8–10« er over listen med forslag, som nr. 2 af 4.',
  );
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toHaveText(
    'Forslaget »Fordybelsestid kl. 8–10« er sluppet som nr. 2 af 4 i listen med forslag.',
  );
  await expect(cardTexts(list(page)).nth(1)).toHaveText('Fordybelsestid kl. 8–10');
  await expect(handle).toBeFocused();
  await page.reload();
  await expect(cardTexts(list(page)).first()).toHaveText('Faste tider, hvor alle kan træffes');
});

test('Escape during a keyboard drag puts the card back', async ({ page }) => {
  await openApp(page, '/forslag/m-1', 'en');
  await page.getByRole('button', { name: 'Move the proposal “Fordybelsestid kl. 8–10”' }).focus();
  await page.keyboard.press('Space');
  // Each key after the announcement of the one before, as a screen-reader user hears it.
  await expect(liveRegion(page)).toContainText('Picked up the proposal “Fordybelsestid kl. 8–10”');
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion(page)).not.toContainText('Picked up');
  await page.keyboard.press('Escape');
  await expect(liveRegion(page)).toHaveText(
    'Move cancelled. The proposal “Fordybelsestid kl. 8–10” is back where it was.',
  );
  await expect(cardTexts(list(page)).first()).toHaveText('Fordybelsestid kl. 8–10');
});

test.describe('on a large screen', () => {
  // Tall enough that both ends of every drag are on screen, so the board does not auto-scroll under the pointer.
  test.use({ viewport: { width: 1920, height: 1600 } });

  test('collect → group by pointer → 2×2 → top three → decision A makes experiments', async ({ page }) => {
    await openApp(page, '/forslag/m-1');
    // Collect: a new proposal, then a deletion taken back.
    await page.getByLabel('Nyt forslag').fill('Mandags-tjek-ind');
    await page.getByRole('button', { name: 'Tilføj forslag' }).click();
    await expect(cardTexts(list(page))).toHaveCount(5);
    await page.getByRole('button', { name: 'Slet forslaget »Mandags-tjek-ind«' }).click();
    await expect(cardTexts(list(page))).toHaveCount(4);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await expect(cardTexts(list(page))).toHaveCount(5);

    // Group: a drop on the new-group zone makes a group; a drop on the group's area joins it.
    await pointerDrag(
      page,
      page.getByRole('button', { name: 'Flyt forslaget »Sluk chatten under fokusarbejde«' }),
      page.locator('.new-group-zone'),
    );
    const group = page.locator('.proposal-group');
    await expect(group).toHaveCount(1);
    await expect(cardTexts(group)).toHaveText(['Sluk chatten under fokusarbejde']);
    await pointerDrag(
      page,
      page.getByRole('button', { name: 'Flyt forslaget »Fordybelsestid kl. 8–10«' }),
      group.locator('.group-header'),
    );
    await expect(cardTexts(group)).toHaveCount(2);
    await expect(group.getByText('2 forslag')).toBeVisible();
    await group.getByLabel('Gruppens navn').fill('Ro til fordybelse');
    await group.getByLabel('Gruppens navn').press('Enter');
    await expect(page.getByRole('region', { name: 'Ro til fordybelse' })).toBeVisible();

    // Out again with the "Flyt til …" menu.
    await page.getByRole('button', { name: 'Flyt til …: »Fordybelsestid kl. 8–10«' }).click();
    await page.getByRole('button', { name: 'Listen (ingen gruppe)' }).click();
    await expect(cardTexts(group)).toHaveCount(1);
    await expect(cardTexts(list(page)).last()).toHaveText('Fordybelsestid kl. 8–10');
    await expect(page.getByRole('status').filter({ hasText: 'er nu nr.' })).toHaveText(
      'Forslaget »Fordybelsestid kl. 8–10« er nu nr. 4 af 4 i listen med forslag.',
    );

    // The 2×2.
    await page.getByRole('tab', { name: '2×2: formål og tidspunkt' }).click();
    await expect(
      page.getByText('Hvilke forsøg understøtter formål, der ligner hinanden, og kan foregå samtidig?'),
    ).toBeVisible();
    await expectNoAxeViolations(page, '2×2');
    const quadrant = page.locator('.matrix-q-1 .drop-column');
    await pointerDrag(
      page,
      page.getByRole('button', { name: 'Flyt forslaget »Fordybelsestid kl. 8–10«' }),
      quadrant,
    );
    await expect(cardTexts(quadrant)).toHaveText(['Fordybelsestid kl. 8–10']);
    // Right after a drop the board settles (its drop animation re-renders the cards), which can close
    // a menu opened in that instant: open it again until its choice can be taken.
    await expect(async () => {
      await page.getByRole('button', { name: 'Flyt til …: »Faste tider, hvor alle kan træffes«' }).click();
      await page
        .getByRole('button', { name: 'Forskellige formål · Kan foregå samtidig' })
        .click({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(cardTexts(page.locator('.matrix-q-3'))).toHaveText(['Faste tider, hvor alle kan træffes']);
    await expect(page.getByRole('status').filter({ hasText: 'er nu nr.' })).toHaveText(
      'Forslaget »Faste tider, hvor alle kan træffes« er nu nr. 1 af 1 i feltet »Forskellige formål · Kan foregå samtidig«.',
    );
    for (const card of ['Fordybelsestid kl. 8–10', 'Faste tider, hvor alle kan træffes']) {
      await page.locator('.sortable-item', { hasText: card }).getByLabel('Blandt de vigtigste').check();
    }
    await expect(page.locator('.matrix-top li')).toHaveText([
      'Fordybelsestid kl. 8–10',
      'Faste tider, hvor alle kan træffes',
    ]);

    // Decide A: the top two become experiments in one step.
    await page.getByRole('tab', { name: 'Beslut' }).click();
    await expectNoAxeViolations(page, 'decide');
    await page.getByLabel('Forsøgene starter').fill('2026-11-30');
    await page.getByRole('button', { name: 'Sæt 2 forsøg i gang' }).click();
    await expect(page.getByText('2 forsøg er skrevet ind i handleplanen')).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Åbn handleplanen og udfyld hvorfor, hvordan og hvem' }),
    ).toHaveAttribute('href', '#/handleplan/team-1');
    const workspace = await stored(page);
    expect(
      workspace.experiments.map(
        (e: { hvad: string; themeIds: string[]; startDate: string; meetingId: string }) => [
          e.hvad,
          e.themeIds,
          e.startDate,
          e.meetingId,
        ],
      ),
    ).toEqual([
      ['Fordybelsestid kl. 8–10', ['fordybelse'], '2026-11-30', 'm-1'],
      ['Faste tider, hvor alle kan træffes', ['tilgaengelighed'], '2026-11-30', 'm-1'],
    ]);
    // Not chosen proposals stay open for the next meeting.
    expect(workspace.proposals.filter((p: { status: string }) => p.status === 'open')).toHaveLength(3);
  });
});

test('decision B hands the proposals to the AMO group, and they wait in the parking lot', async ({
  page,
}) => {
  await openApp(page, '/forslag/m-1');
  await page.getByRole('tab', { name: 'Beslut' }).click();
  await page.getByLabel('B: AMO/MED tager forslagene med videre').check();
  await page.getByLabel('Fælles ugeplan for hjemmedage').check();
  await page.getByRole('button', { name: 'Giv 1 forslag videre' }).click();
  await expect(page.getByText('Skriv, hvem der tager forslagene med videre.')).toBeVisible();
  await page.getByLabel('Hvem tager forslagene med videre?').fill('Arbejdsmiljøgruppen (Mette og Ali)');
  await page.getByLabel('Hvornår følger gruppen op?').fill('2026-12-10');
  await page.getByRole('button', { name: 'Giv 1 forslag videre' }).click();
  await expect(
    page.getByText('Forslagene er givet videre til Arbejdsmiljøgruppen (Mette og Ali)'),
  ).toBeVisible();
  const workspace = await stored(page);
  expect(workspace.handovers).toHaveLength(1);
  expect(workspace.handovers[0]).toMatchObject({
    who: 'Arbejdsmiljøgruppen (Mette og Ali)',
    followUpDate: '2026-12-10',
    proposalIds: ['p-4'],
  });

  await page.getByRole('link', { name: 'Alle forslag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alle forslag' })).toBeVisible();
  await expect(
    page.getByText('Hos Arbejdsmiljøgruppen (Mette og Ali) · opfølgning 10. december 2026'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'parking lot');
  await page.getByRole('button', { name: 'Hent til tavlen: »Fælles ugeplan for hjemmedage«' }).click();
  await expect(cardTexts(list(page))).toHaveText(['Fælles ugeplan for hjemmedage']);
});

test('the idea bank names its sources and copies an idea to the meeting’s board', async ({ page }) => {
  await page.goto('./#/idebank/fordybelse?team=team-1&meeting=m-1');
  await expect(page.getByRole('heading', { level: 1, name: 'Idéer til forsøg: Fordybelse' })).toBeVisible();
  const idea = page.locator('.idea-card', { hasText: 'Fordybelsestid kl. 8–10' });
  await expect(idea).toContainText(
    'BFA Velfærd og Offentlig administration: Giv jeres hybride arbejdsplads et servicetjek, 2024',
  );
  expect(await page.locator('.idea-card').count()).toBeGreaterThanOrEqual(5);
  await expectNoAxeViolations(page, 'idea bank');
  await idea.getByRole('button', { name: 'Tilføj som forslag: »Fordybelsestid kl. 8–10«' }).click();
  await expect(idea.getByRole('status')).toHaveText('»Fordybelsestid kl. 8–10« er tilføjet som forslag.');
  await page.getByRole('link', { name: 'Tilbage til tavlen' }).click();
  await expect(cardTexts(list(page))).toHaveCount(5);
  await expect(cardTexts(list(page)).last()).toHaveText('Fordybelsestid kl. 8–10');
});

test('the idea bank in English, without a team, on every theme', async ({ page }) => {
  await openApp(page, '/idebank', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Idea bank' })).toBeVisible();
  await expectNoAxeViolations(page, 'idea bank overview');
  await page.getByRole('link', { name: /^Trust/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ideas for experiments: Trust' })).toBeVisible();
  await expect(
    page.getByText('Choose a team to add ideas as proposals or to the action plan.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'idea bank theme');
});
