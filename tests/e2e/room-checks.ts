import { expect, test, type Locator, type Page } from '@playwright/test';
import { textFloorPx } from '../../src/features/meeting-run/use-presenter-fit';

/**
 * The projector's checks, as room.spec.ts makes them at 1280×720 and 1920×1080 (the same rules in
 * one place for the narrow screens' spec): the layout settled, nothing outside the screen or a box
 * that clips it, no projected text below the floor, each page of the pager checked in turn.
 */

/** The fit is measured in layout effects and may take a few passes; wait until the layout stops changing. */
export async function settled(page: Page) {
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
export async function overflowProblems(
  page: Page,
  scope = 'main',
  { board = false } = {},
): Promise<string[]> {
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
export async function smallestText(page: Page): Promise<{ size: number; text: string }> {
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

export async function expectFits(page: Page, what: string) {
  expect(await overflowProblems(page), what).toEqual([]);
  const smallest = await smallestText(page);
  const floor = textFloorPx(page.viewportSize()?.height ?? 0);
  // Computed sizes carry sub-pixel rounding (100vh / 36 at 720 px is 19.99…).
  expect(smallest.size, `${what}: «${smallest.text}»`).toBeGreaterThanOrEqual(floor - 0.05);
}

/** The pager's pages as the room sees them, each checked, turned by the pager itself. */
export async function eachPage(
  page: Page,
  what: string,
  shotName: string,
  onPage: (index: number) => Promise<void>,
) {
  const dots = page.locator('.presenter-pager-dots > span');
  const pages = Math.max(1, await dots.count());
  // The page shown: the pager's current dot (a table shown a step at a time says "Bord 1" on several).
  const shown = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('.presenter-pager-dots > span')).findIndex((dot) =>
        dot.classList.contains('is-current'),
      ),
    );
  // Start from the first page (a clock moved on may have turned the pager).
  for (let turns = 0; turns < pages && pages > 1 && (await shown()) !== 0; turns += 1) {
    await page.clock.runFor(12_000);
  }
  for (let index = 0; index < pages; index += 1) {
    if (index > 0) {
      // The pager turns on its own after twelve seconds.
      await page.clock.runFor(12_000);
    }
    if (pages > 1) await expect.poll(shown).toBe(index);
    await shot(page, `${shotName}-page-${index + 1}`);
    await expectFits(page, `${what}, page ${index + 1} of ${pages}`);
    await onPage(index);
  }
  return pages;
}

export async function shot(page: Page, name: string) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: test.info().outputPath(`${name}-${width}x${height}.png`) });
}

/** The digits' own box (the text, not the paragraph around it) inside the timer's box. */
export async function expectDigitsInside(page: Page, timer: Locator, what: string) {
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
