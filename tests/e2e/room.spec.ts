import { expect, test, type Page } from '@playwright/test';
import { openApp } from './fixtures';
import { eachPage, expectDigitsInside, expectFits, overflowProblems, settled, shot } from './room-checks';
import { meeting, PROPOSAL_TEXTS, proposals, tableName, team, THEMES } from './room-scenes';
import { seedWorkspace } from './seed';

/**
 * What the room sees must fit: the projector view and the board's 2×2 on the two common
 * meeting-room sizes, with worst-case content, never scrolled and never cut off.
 */

const dialog3 = meeting('m-dialog-3', 'dialogmoede', ['tilgaengelighed', 'fordybelse', 'sammenhaengskraft']);
const dialog6 = meeting('m-dialog-6', 'dialogmoede', THEMES, { participants: 36 });
const tillid = meeting('m-tillid', 'tillid', ['tillid'], {
  participants: 12,
  groups: 1,
  // The planner shortened the rounds to one minute per speaker.
  stepMinutes: { round: 12, proposalRound: 12 },
});

/** A long meeting's worth: sixty proposals, each text once with its number. */
const manyTexts = Array.from(
  { length: 60 },
  (_, index) => `${PROPOSAL_TEXTS[index % PROPOSAL_TEXTS.length] ?? ''} (${index + 1})`,
);
const many = meeting('m-many', 'tillid', ['tillid'], { participants: 12, groups: 1 });

async function seed(page: Page) {
  await seedWorkspace(page, {
    version: 1,
    state: {
      teams: [team],
      assessments: [],
      meetings: [dialog3, dialog6, tillid, many],
      proposals: [
        ...proposals(dialog3.id),
        ...proposals(dialog6.id),
        ...proposals(tillid.id),
        ...manyTexts.map((text, index) => ({
          ...proposals(many.id, 1)[0],
          id: `many-${index}`,
          text,
          rank: index,
        })),
      ],
      proposalGroups: [],
      handovers: [],
      experiments: [],
    },
  });
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
}

const RUNNER = {
  da: { start: 'Start mødet', next: 'Næste trin', step: 'Trin', here: 'Vis præsentation her' },
  en: { start: 'Start the meeting', next: 'Next step', step: 'Step', here: 'Show presentation here' },
};

/** Start the meeting in the runner, go to step `step` (1-based) and show the projector view here. */
async function presentStep(page: Page, meetingId: string, step: number, language: 'da' | 'en' = 'da') {
  const words = RUNNER[language];
  await openApp(page, `/moede/${meetingId}/koer`, language);
  await page.getByRole('button', { name: words.start }).click();
  for (let index = 1; index < step; index += 1) {
    await page.getByRole('button', { name: words.next }).click();
    await expect(page.locator('.run-step-of')).toContainText(`${words.step} ${index + 1} `);
  }
  await page.getByRole('link', { name: words.here }).click();
  await expect(page.locator('.presenter h1')).toBeVisible();
  await settled(page);
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`the room at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ page }) => {
      await seed(page);
    });

    for (const tables of [dialog3, dialog6]) {
      test(`step 2 of a dialogmøde shows all ${tables.themeIds.length} tables and their questions, and the clock`, async ({
        page,
      }) => {
        await presentStep(page, tables.id, 2);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          'Gruppearbejde: Drøft de forskellige temaer.',
        );
        // The step's 45 minutes, the digits inside their box.
        const timer = page.getByRole('timer');
        await expect(timer).toHaveText('45:00');
        await expectDigitsInside(page, timer, '45:00');

        const seen = new Set<string>();
        const count = tables.themeIds.length;
        const pages = await eachPage(page, `${count} tables`, `step2-${count}-tables`, async () => {
          const shown = page.locator('.presenter-tables .step-table');
          for (const table of await shown.all()) {
            const heading = (await table.getByRole('heading').textContent()) ?? '';
            seen.add(heading);
            // Each table's process with its questions, all four steps, the proposal question last.
            await expect(table.locator('.table-step')).toHaveCount(4);
            expect(await table.locator('.table-step-questions li').count()).toBeGreaterThan(0);
            for (const question of await table.locator('.table-step-questions li').all()) {
              await expect(question).toBeInViewport({ ratio: 0.99 });
            }
          }
        });
        expect([...seen]).toEqual(tables.themeIds.map(tableName));
        if (pages > 1) {
          // The indicator says which tables are on screen.
          await expect(page.locator('.presenter-pager-range')).toHaveText(
            new RegExp(`^Bord \\d+(–\\d+)? af ${tables.themeIds.length}$`),
          );
        }
      });
    }

    test('the clock over time reads "+0:27 over" inside its box, on the longest step title', async ({
      page,
    }) => {
      await presentStep(page, dialog6.id, 2);
      const now = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(now + 1000);
      await page.locator('body').press('Space');
      await page.clock.runFor(45 * 60_000 + 27_000);
      const timer = page.getByRole('timer', { name: 'Over tiden' });
      await expect(timer).toHaveText('+0:27 over');
      await expectDigitsInside(page, timer, '+0:27 over');
      await shot(page, 'over-time');
      await expectFits(page, 'over time');

      // Step 4 has the longest title of any drejebog.
      await page.locator('body').press('ArrowRight');
      await page.locator('body').press('ArrowRight');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Gruppearbejde: Drøft sammenhænge mellem de præsenterede temaer, formål og forsøg',
      );
      await page.clock.resume();
      await settled(page);
      await shot(page, 'longest-title');
      await expectFits(page, 'longest title');
    });

    test('the longest title in English, the choice between A and B beside sixteen proposals', async ({
      page,
    }) => {
      await presentStep(page, dialog6.id, 4, 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Group work: Discuss connections between the themes, purposes and experiments presented',
      );
      await shot(page, 'longest-title-en');
      await expectFits(page, 'longest title in English');

      // The single-theme meeting's last step: options A and B, and the proposals under them.
      await presentStep(page, tillid.id, 6, 'en');
      await expect(page.locator('.step-option')).toHaveCount(2);
      await settled(page);
      const seen: string[] = [];
      await eachPage(page, 'decision with proposals', 'decision-proposals', async () => {
        for (const item of await page.locator('.presenter-proposal-list li').all()) {
          seen.push((await item.textContent()) ?? '');
        }
      });
      expect(seen).toEqual(PROPOSAL_TEXTS);
    });

    test('sixteen proposals in a group round: every one shown, paged 1–8 and 9–16 if need be', async ({
      page,
    }) => {
      await presentStep(page, dialog6.id, 3);
      await expect(page.getByText('Gruppe 1 af 6')).toBeVisible();
      const seen: string[] = [];
      await eachPage(page, '16 proposals', 'group-round-proposals', async () => {
        const items = page.locator('.presenter-proposal-list li');
        for (const item of await items.all()) {
          await expect(item).toBeInViewport({ ratio: 0.99 });
          seen.push((await item.textContent()) ?? '');
        }
      });
      expect(seen).toEqual(PROPOSAL_TEXTS);
      for (const timer of await page.getByRole('timer').all()) await expectDigitsInside(page, timer, 'round');
    });

    test('a shortened round shows its plan on the projector, and a speaker over time as over', async ({
      page,
    }) => {
      await presentStep(page, tillid.id, 5);
      // The toolkit's rule stays the rule; the clock and the plan say one minute each.
      await expect(page.locator('.step-timing-rule')).toHaveText('Værktøjet: Max to minutter pr. deltager');
      await expect(page.locator('.step-timing-plan')).toHaveText(
        'Jeres plan: 1 min. pr. deltager · 12 min. i alt',
      );
      await expect(page.getByRole('timer', { name: 'Taletid tilbage' })).toHaveText('1:00');
      const now = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(now + 1000);
      await page.locator('body').press('Space');
      await page.clock.runFor(87_000);
      const over = page.getByRole('timer', { name: 'Over taletiden' });
      await expect(over).toHaveText('+0:27 over');
      await expect(page.getByText('Taletid tilbage')).toHaveCount(0);
      await expectDigitsInside(page, over, 'speaker over time');
      const seen: string[] = [];
      await eachPage(page, 'proposal round', 'speaker-round-proposals', async () => {
        for (const item of await page.locator('.presenter-proposal-list li').all()) {
          seen.push((await item.textContent()) ?? '');
        }
      });
      expect(seen).toEqual(PROPOSAL_TEXTS);
      await shot(page, 'speaker-over');
    });

    test('sixty proposals: every page fits and every proposal is shown once, in order', async ({ page }) => {
      test.setTimeout(120_000);
      await presentStep(page, many.id, 5);
      const seen: string[] = [];
      await eachPage(page, '60 proposals', 'sixty-proposals', async () => {
        for (const item of await page.locator('.presenter-proposal-list li').all()) {
          seen.push((await item.textContent()) ?? '');
        }
      });
      expect(seen).toEqual(manyTexts);
    });

    test('the 2×2 with sixteen proposals fits one screen, and a keyboard and a mouse drag land bottom right', async ({
      page,
    }) => {
      await openApp(page, `/forslag/${dialog6.id}`);
      await page.getByRole('tab', { name: '2×2: formål og tidspunkt' }).click();
      const layout = page.locator('.matrix-layout');
      await layout.scrollIntoViewIfNeeded();
      await layout.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const quadrants = page.locator('.matrix-quadrant');
      await expect(quadrants).toHaveCount(4);
      for (const quadrant of await quadrants.all()) await expect(quadrant).toBeInViewport({ ratio: 0.99 });
      await expect(page.locator('.matrix-tray')).toBeInViewport({ ratio: 0.99 });
      await shot(page, 'matrix');
      expect(await overflowProblems(page, '.matrix-layout', { board: true })).toEqual([]);

      const bottomRight = page.locator('.matrix-q-4');
      const name = (await bottomRight.locator('.matrix-quadrant-name').textContent()) ?? '';

      // Keyboard: lift the first card, arrow to the bottom-right quadrant, drop.
      const first = PROPOSAL_TEXTS[0] ?? '';
      await page.getByRole('button', { name: `Flyt forslaget »${first}«` }).focus();
      await page.keyboard.press('Space');
      const live = page.locator('[id^="DndLiveRegion"]');
      await expect(live).toContainText('er løftet');
      const heard: string[] = [];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown']) {
        if ((await live.textContent())?.includes(name)) break;
        if (key === 'ArrowDown' && !heard.some((text) => text.includes('Bør foregå'))) continue;
        await page.keyboard.press(key);
        await page.waitForTimeout(150);
        heard.push(`${key}: ${(await live.textContent()) ?? ''}`);
      }
      await expect(live).toContainText(name);
      await page.keyboard.press('Space');
      await expect(live).toContainText('er sluppet');
      await expect(bottomRight.locator('.proposal-text')).toHaveText([first]);

      // Mouse: the last card of the tray, dragged to the bottom-right quadrant.
      const last = PROPOSAL_TEXTS[15] ?? '';
      const handle = page.getByRole('button', { name: `Flyt forslaget »${last}«` });
      await handle.scrollIntoViewIfNeeded();
      const a = await handle.boundingBox();
      if (!a) throw new Error('Nothing to drag');
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await page.mouse.down();
      await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 4 });
      const b = await bottomRight.boundingBox();
      if (!b) throw new Error('Nowhere to drop');
      expect(b.y + b.height).toBeLessThanOrEqual(viewport.height);
      await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.75, { steps: 20 });
      await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height * 0.75 + 2, { steps: 4 });
      await page.mouse.up();
      // Dropped near the card already there, it may land before or after it: in the quadrant either way.
      await expect
        .poll(async () => (await bottomRight.locator('.proposal-text').allTextContents()).sort())
        .toEqual([first, last].sort());
      await shot(page, 'matrix-after-drags');
    });
  });
}
