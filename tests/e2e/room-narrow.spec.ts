import { expect, test, type Page } from '@playwright/test';
import { startLoopbackLive, type LiveServer } from './live-server';
import { eachPage, expectDigitsInside, expectFits, settled, shot } from './room-checks';
import { seedWorkspace } from './seed';
import { meeting, PROPOSAL_TEXTS, proposals, tableName, team, THEMES } from './room-scenes';

/**
 * The projector on the screens a meeting room still has: an old projector at 1024×768 or 800×600,
 * and a facilitator sharing half a screen (960×1080). The same rules as at 1280×720 and 1920×1080
 * (room.spec.ts): nothing cut off, no text below the floor, paged when it does not fit; and while
 * phones follow the meeting, the corner with the QR code never covers the step or the clock, and
 * its QR code stays large enough to scan from a chair.
 */

// The app with a relay beside it on loopback, as live-meeting.spec.ts starts it: the corner needs one.
const APP_PORT = Number(process.env.E2E_ROOM_NARROW_PORT ?? 4300);
const dialog6 = meeting('m-dialog-6', 'dialogmoede', THEMES, { participants: 36 });
const tillid = meeting('m-tillid', 'tillid', ['tillid'], { participants: 12, groups: 1 });

const WORKSPACE = {
  version: 2,
  state: {
    teams: [team],
    assessments: [],
    meetings: [dialog6, tillid],
    proposals: [...proposals(dialog6.id), ...proposals(tillid.id)],
    proposalGroups: [],
    experiments: [],
    handovers: [],
  },
};

let live: LiveServer;

test.beforeAll(async () => {
  live = await startLoopbackLive(APP_PORT);
});

test.afterAll(async () => {
  await live?.close();
});

async function seed(page: Page) {
  await seedWorkspace(page, WORKSPACE, { language: 'da' });
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
}

/**
 * Start the meeting in the runner (with phones following it if `phones`), go to step `step`
 * (1-based) and show the projector view here.
 */
async function presentStep(page: Page, meetingId: string, step: number, phones: boolean) {
  await page.goto(`${live.appBase}#/moede/${meetingId}/koer`);
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
  if (phones) {
    await page.getByRole('button', { name: 'Lad deltagerne følge med på telefonen' }).click();
    await expect(page.getByText('Forbundet.')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Start mødet' }).click();
  for (let index = 1; index < step; index += 1) {
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await expect(page.locator('.run-step-of')).toContainText(`Trin ${index + 1} `);
  }
  await page.getByRole('link', { name: 'Vis præsentation her' }).click();
  await expect(page.locator('.presenter h1')).toBeVisible();
  const corner = page.getByRole('region', { name: 'Følg med på telefonen' });
  if (phones) {
    await expect(corner.getByRole('img', { name: 'QR-kode til at følge mødet på telefonen' })).toBeVisible();
    await expect(corner).toContainText('0 telefoner med');
  } else {
    await expect(corner).toHaveCount(0);
  }
  await settled(page);
}

type Box = { left: number; top: number; right: number; bottom: number };

/**
 * The heading's corner (the buttons, and the phones' QR code and counts when shown) covers neither
 * the step's title nor its kicker, the clock nor the step's content; and the QR code is as large as
 * a code read from the back of the room must be: at least 15 % of the screen's height (the wall's
 * height, as the rest of the view is sized), never clipped.
 */
async function expectCornerClear(page: Page, what: string, phones: boolean) {
  const boxes = await page.evaluate(() => {
    const box = (selector: string): Box[] =>
      Array.from(document.querySelectorAll(selector)).map((element) => {
        const { left, top, right, bottom } = element.getBoundingClientRect();
        return { left, top, right, bottom };
      });
    return {
      corner: [...box('.presenter .page-actions .presenter-toolbar'), ...box('.presenter-phones')],
      covered: {
        title: box('.presenter h1'),
        kicker: box('.presenter .page-kicker'),
        clock: box('.presenter [role="timer"]'),
        content: box('.presenter-layout'),
      },
      qr: box('.presenter-phones-qr')[0] ?? null,
    };
  });
  const overlap = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  expect(boxes.corner.length, `${what}: the corner`).toBeGreaterThan(0);
  expect(boxes.covered.title.length * boxes.covered.clock.length, `${what}: title and clock`).toBeGreaterThan(
    0,
  );
  for (const [name, list] of Object.entries(boxes.covered)) {
    for (const box of list) {
      for (const corner of boxes.corner) {
        expect(
          overlap(corner, box),
          `${what}: the corner ${JSON.stringify(corner)} covers the ${name} ${JSON.stringify(box)}`,
        ).toBe(false);
      }
    }
  }
  const height = page.viewportSize()?.height ?? 0;
  if (phones) {
    expect(boxes.qr, `${what}: the QR code`).not.toBeNull();
    const qr = boxes.qr as Box;
    const size = Math.min(qr.right - qr.left, qr.bottom - qr.top);
    expect(size, `${what}: the QR code's side in a ${height}-px-high screen`).toBeGreaterThanOrEqual(
      0.15 * height,
    );
  } else {
    expect(boxes.qr).toBeNull();
  }
}

async function expectRoomSees(page: Page, what: string, phones: boolean) {
  await expectFits(page, what);
  await expectCornerClear(page, what, phones);
  for (const timer of await page.getByRole('timer').all()) await expectDigitsInside(page, timer, what);
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 800, height: 600 },
  { width: 960, height: 1080 },
]) {
  for (const phones of [false, true]) {
    const corner = phones ? 'with the phones corner' : 'without phones';
    test.describe(`the room at ${viewport.width}×${viewport.height}, ${corner}`, () => {
      test.use({ viewport });
      const name = (shotName: string) => `${shotName}${phones ? '-phones' : ''}`;

      test.beforeEach(async ({ page }) => {
        await seed(page);
      });

      if (phones)
        test('before the start the QR code is up while people arrive, beside the heading', async ({
          page,
        }) => {
          await page.goto(`${live.appBase}#/moede/${tillid.id}/koer`);
          await page.getByRole('button', { name: 'Lad deltagerne følge med på telefonen' }).click();
          await expect(page.getByText('Forbundet.')).toBeVisible();
          await page.goto(`${live.appBase}#/moede/${tillid.id}/praesentation`);
          const corner = page.getByRole('region', { name: 'Følg med på telefonen' });
          await expect(
            corner.getByRole('img', { name: 'QR-kode til at følge mødet på telefonen' }),
          ).toBeVisible();
          await shot(page, name('not-started'));
          await expectFits(page, 'before the start');
          const boxes = await page.evaluate(() =>
            ['.presenter h1', '.presenter-phones', '.presenter-phones-qr'].map((selector) => {
              const { left, top, right, bottom } = document.querySelector(selector)!.getBoundingClientRect();
              return { left, top, right, bottom };
            }),
          );
          const [title, side, qr] = boxes as [Box, Box, Box];
          const apart =
            side.left >= title.right - 1 || side.top >= title.bottom - 1 || side.bottom <= title.top + 1;
          expect(apart, `the corner ${JSON.stringify(side)} and the title ${JSON.stringify(title)}`).toBe(
            true,
          );
          expect(qr.bottom - qr.top).toBeGreaterThanOrEqual(0.15 * viewport.height);
        });

      test('a plain step, then the decision between A and B beside sixteen proposals', async ({ page }) => {
        await presentStep(page, tillid.id, 1, phones);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Velkomst og målet med mødet');
        await shot(page, name('plain-step'));
        await expectRoomSees(page, 'a plain step', phones);

        // The last step: the way chosen (A) and the proposals under it, on as many pages as it takes.
        for (let step = 1; step < 6; step += 1) await page.locator('body').press('ArrowRight');
        await expect(page.locator('.presenter .page-kicker')).toContainText('Trin 6 af 6');
        // On 800×600 the step's own words and one proposal do not fit at the floor: the proposals and
        // the clock stay, the words (on the facilitator's screen) are left off the projector.
        await expect(page.locator('.step-option.is-chosen')).toHaveCount(viewport.height > 600 ? 1 : 0);
        await expect(page.locator('.step-option:not(.is-chosen)')).toBeHidden();
        await settled(page);
        const seen: string[] = [];
        await eachPage(page, 'decision with proposals', name('decision'), async (index) => {
          await expectRoomSees(page, `decision, page ${index + 1}`, phones);
          for (const item of await page.locator('.presenter-proposal-list li').all()) {
            await expect(item).toBeInViewport({ ratio: 0.99 });
            seen.push((await item.textContent()) ?? '');
          }
        });
        expect(seen).toEqual(PROPOSAL_TEXTS);
      });

      test('dialogmøde step 2 with six tables, then sixteen proposals in a group round', async ({ page }) => {
        test.setTimeout(120_000);
        await presentStep(page, dialog6.id, 2, phones);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          'Gruppearbejde: Drøft de forskellige temaer.',
        );
        await expect(page.getByRole('timer')).toHaveText('45:00');
        // Each table's four steps with their questions, a whole table a page or, where one does not
        // fit, its steps on the pages after each other, the indicator counting tables.
        const tables = new Map<string, number>();
        await eachPage(page, 'six tables', name('six-tables'), async (index) => {
          await expectRoomSees(page, `six tables, page ${index + 1}`, phones);
          for (const table of await page.locator('.presenter-tables .step-table').all()) {
            const heading = (await table.getByRole('heading').textContent()) ?? '';
            tables.set(heading, (tables.get(heading) ?? 0) + (await table.locator('.table-step').count()));
            for (const question of await table.locator('.table-step-questions li').all()) {
              await expect(question).toBeInViewport({ ratio: 0.99 });
            }
          }
          if ((await page.locator('.presenter-pager-range').count()) > 0)
            await expect(page.locator('.presenter-pager-range')).toHaveText(/^Bord \d+(–\d+)? af 6$/);
        });
        expect([...tables]).toEqual(THEMES.map((themeId, index) => [tableName(themeId, index), 4]));

        await page.locator('body').press('ArrowRight');
        await expect(page.getByText('Gruppe 1 af 6')).toBeVisible();
        await settled(page);
        const seen: string[] = [];
        await eachPage(page, 'sixteen proposals', name('group-round'), async (index) => {
          await expectRoomSees(page, `sixteen proposals, page ${index + 1}`, phones);
          for (const item of await page.locator('.presenter-proposal-list li').all()) {
            await expect(item).toBeInViewport({ ratio: 0.99 });
            seen.push((await item.textContent()) ?? '');
          }
        });
        expect(seen).toEqual(PROPOSAL_TEXTS);
      });
    });
  }
}
