import { expect, test, type Locator, type Page } from '@playwright/test';
import { THEME_IDS } from '../../src/content/ids';
import { textFloorPx } from '../../src/features/meeting-run/use-presenter-fit';
import { openApp } from './fixtures';
import { seedWorkspace } from './seed';

/**
 * What the room sees must fit: the projector view and the board's 2×2 on the two common
 * meeting-room sizes, with worst-case content, never scrolled and never cut off.
 */

const CREATED = '2026-11-20T10:00:00.000Z';
const THEMES = [...THEME_IDS];
const team = { id: 'team-borgerservice', name: 'Borgerservice og Ydelser', createdAt: CREATED };

function meeting(id: string, runbookId: string, themeIds: string[], extra: Record<string, unknown> = {}) {
  return {
    id,
    teamId: team.id,
    runbookId,
    themeIds,
    assessmentRoundId: null,
    date: '2026-11-23',
    startTime: '09:00',
    place: 'Mødelokale 2',
    availableMinutes: 180,
    participants: 24,
    groups: Math.max(1, themeIds.length),
    tovholdere: 'Anna og Bo',
    decisionMode: 'A',
    stepMinutes: {},
    checklist: {},
    notes: {},
    run: null,
    createdAt: CREATED,
    ...extra,
  };
}

/** Sixteen proposals as a room says them: some short, several of two lines. */
const PROPOSAL_TEXTS = [
  'Fordybelsestid kl. 8–10 hver tirsdag og torsdag, hvor chat og telefon er slået fra',
  'Faste tider, hvor alle kan træffes',
  'Sluk chatten under fokusarbejde',
  'Fælles ugeplan for hjemmedage, så vi ved, hvem der er på kontoret hvilke dage',
  'Faste dage til borgerbetjening, fleksibelt resten af ugen',
  'Kamera tændt de første ti minutter af teammødet',
  'Et udvalg af medarbejdere former rammerne for hjemmearbejde sammen med ledelsen',
  'Fælles morgenmad en gang om ugen – også på skærm for dem, der arbejder hjemme',
  'Svar på mails inden for én arbejdsdag, også på hjemmedage',
  'En makker-ordning for nye kolleger de første seks uger',
  'Statusmøde hver mandag kl. 9.00 på 15 minutter',
  'Skriv i kalenderen, hvornår man arbejder hjemme, og hvornår man er på kontoret',
  'Stille zone i den ene ende af kontoret',
  'Telefonvagten går på skift, så alle får fordybelsestid i løbet af ugen',
  'Én fast dag om måneden, hvor hele teamet mødes fysisk og spiser frokost sammen',
  'Aftal i teamet, hvad der haster, og hvad der kan vente til næste dag',
];

function proposals(meetingId: string, count = PROPOSAL_TEXTS.length) {
  return PROPOSAL_TEXTS.slice(0, count).map((text, index) => ({
    id: `${meetingId}-p-${index + 1}`,
    teamId: team.id,
    meetingId,
    text,
    themeId: THEMES[index % THEMES.length],
    groupId: null,
    rank: index + 1,
    quadrant: null,
    top: false,
    status: 'open',
    createdAt: CREATED,
  }));
}

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

/** The fit is measured in layout effects and may take a few passes; wait until the layout stops changing. */
async function settled(page: Page) {
  let last = '';
  await expect(async () => {
    const now = await page.evaluate(() => {
      const view = document.querySelector<HTMLElement>('.presenter');
      const items = document.querySelectorAll('.presenter-pager-items > *').length;
      return `${view?.style.getPropertyValue('--fit') ?? ''}|${items}|${document.documentElement.scrollHeight}`;
    });
    const same = now === last;
    last = now;
    expect(same).toBe(true);
  }).toPass({ intervals: [100, 200, 200, 300], timeout: 10_000 });
}

/**
 * Everything shown lies inside the viewport and inside every box that clips it (an element cut
 * off by an `overflow: hidden` column is as lost to the room as one off the screen), text included.
 */
async function overflowProblems(page: Page, scope = 'main', { board = false } = {}): Promise<string[]> {
  return page.evaluate(
    ({ selector, board }) => {
      const root = document.querySelector(selector);
      if (!root) return [`nothing matches ${selector}`];
      const problems: string[] = [];
      const width = window.innerWidth;
      const height = window.innerHeight;
      const doc = document.documentElement;
      if (doc.scrollWidth > width) problems.push(`document is ${doc.scrollWidth} px wide in ${width}`);
      // The board is an ordinary page that scrolls to its 2×2; the projector never scrolls.
      if (!board && doc.scrollHeight > height)
        problems.push(`document is ${doc.scrollHeight} px high in ${height}`);
      // On the board a list may scroll inside its box: what is in it is reached by scrolling that box.
      const scrolled = (element: Element) => {
        for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
          const { overflowY } = getComputedStyle(parent);
          if (overflowY === 'auto' || overflowY === 'scroll') return true;
        }
        return false;
      };
      const name = (element: Element) =>
        `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')} «${(element.textContent ?? '').trim().slice(0, 40)}»`;
      const hidden = (element: Element) =>
        element.closest('.visually-hidden') !== null || getComputedStyle(element).visibility === 'hidden';
      const clips = (element: Element) => {
        const boxes: { name: string; left: number; top: number; right: number; bottom: number }[] = [
          { name: 'the viewport', left: 0, top: 0, right: width, bottom: height },
        ];
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (parent === document.body || parent === doc) break;
          const style = getComputedStyle(parent);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
            const rect = parent.getBoundingClientRect();
            boxes.push({
              name: name(parent),
              left: rect.left,
              top: rect.top,
              right: rect.right,
              bottom: rect.bottom,
            });
          }
        }
        return boxes;
      };
      const check = (what: string, rect: DOMRect, element: Element) => {
        if (rect.width === 0 && rect.height === 0) return;
        for (const box of clips(element)) {
          if (
            rect.left < box.left - 1 ||
            rect.top < box.top - 1 ||
            rect.right > box.right + 1 ||
            rect.bottom > box.bottom + 1
          ) {
            problems.push(
              `${what} [${Math.round(rect.left)},${Math.round(rect.top)} – ${Math.round(rect.right)},${Math.round(rect.bottom)}] is outside ${box.name} [${Math.round(box.left)},${Math.round(box.top)} – ${Math.round(box.right)},${Math.round(box.bottom)}]`,
            );
            return;
          }
        }
      };
      for (const element of Array.from(root.querySelectorAll('*'))) {
        if (hidden(element) || element.getClientRects().length === 0) continue;
        if (board && scrolled(element)) continue;
        check(name(element), element.getBoundingClientRect(), element);
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || hidden(parent) || parent.getClientRects().length === 0)
          continue;
        if (board && scrolled(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        check(`the text «${node.textContent.trim().slice(0, 40)}»`, range.getBoundingClientRect(), parent);
      }
      return problems;
    },
    { selector: scope, board },
  );
}

/** The smallest font size of the text projected for the room (the facilitator's buttons aside). */
async function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const root = document.querySelector('.presenter');
    if (!root) return smallest;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.getClientRects().length === 0) continue;
      if (parent.closest('.visually-hidden, button, .presenter-toolbar')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < smallest.size) smallest = { size, text: node.textContent.trim().slice(0, 60) };
    }
    return smallest;
  });
}

async function expectFits(page: Page, what: string) {
  expect(await overflowProblems(page), what).toEqual([]);
  const smallest = await smallestText(page);
  const floor = textFloorPx(page.viewportSize()?.height ?? 0);
  // Computed sizes carry sub-pixel rounding (100vh / 36 at 720 px is 19.99…).
  expect(smallest.size, `${what}: «${smallest.text}»`).toBeGreaterThanOrEqual(floor - 0.05);
}

/** The pager's pages as the room sees them, each checked, turned by the pager itself. */
async function eachPage(
  page: Page,
  what: string,
  shotName: string,
  onPage: (index: number) => Promise<void>,
) {
  const range = page.locator('.presenter-pager-range');
  const pages = (await range.count()) === 0 ? 1 : await page.locator('.presenter-pager-dots > span').count();
  // Start from the first page (a clock moved on may have turned the pager).
  for (let turns = 0; turns < pages && (await range.count()) > 0; turns += 1) {
    if (/^\S+ 1(–|\s)/.test((await range.textContent()) ?? '')) break;
    await page.clock.runFor(12_000);
  }
  for (let index = 0; index < pages; index += 1) {
    if (index > 0) {
      const before = await range.textContent();
      // The pager turns on its own after twelve seconds.
      await page.clock.runFor(12_000);
      await expect(range).not.toHaveText(before ?? '');
    }
    await shot(page, `${shotName}-page-${index + 1}`);
    await expectFits(page, `${what}, page ${index + 1} of ${pages}`);
    await onPage(index);
  }
  return pages;
}

async function shot(page: Page, name: string) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: test.info().outputPath(`${name}-${width}x${height}.png`) });
}

/** The digits' own box (the text, not the paragraph around it) inside the timer's box. */
async function expectDigitsInside(page: Page, timer: Locator, what: string) {
  const digits = await timer.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const countdown = element.closest('.countdown')?.getBoundingClientRect();
    return {
      text: [text.left, text.top, text.right, text.bottom],
      box: [box.left, box.top, box.right, box.bottom],
      countdown: countdown ? [countdown.left, countdown.top, countdown.right, countdown.bottom] : null,
    };
  });
  const [l, t, r, b] = digits.text as [number, number, number, number];
  for (const [name, outer] of [
    ['timer', digits.box],
    ['countdown box', digits.countdown],
  ] as const) {
    if (!outer) throw new Error(`${what}: no ${name}`);
    const [ol, ot, or, ob] = outer as [number, number, number, number];
    expect(l, `${what}: digits left of the ${name}`).toBeGreaterThanOrEqual(ol - 0.5);
    expect(t, `${what}: digits above the ${name}`).toBeGreaterThanOrEqual(ot - 0.5);
    expect(r, `${what}: digits right of the ${name}`).toBeLessThanOrEqual(or + 0.5);
    expect(b, `${what}: digits below the ${name}`).toBeLessThanOrEqual(ob + 0.5);
  }
  await expect(page.getByRole('timer').first()).toBeVisible();
}

const TABLE_NAMES: Record<string, string> = {
  sammenhaengskraft: 'Sammenhængskraft',
  fleksibilitet: 'Fleksibilitet',
  tilgaengelighed: 'Tilgængelighed',
  fordybelse: 'Fordybelse',
  tillid: 'Tillid',
  retfaerdighed: 'Retfærdighed',
};

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
        expect([...seen]).toEqual(
          tables.themeIds.map((id, index) => `Bord ${index + 1}: ${TABLE_NAMES[id] ?? id}`),
        );
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
