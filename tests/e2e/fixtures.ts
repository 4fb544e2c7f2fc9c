import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Run axe with the WCAG 2.1 A and AA rules and fail with the list of violations. */
export async function expectNoAxeViolations(page: Page, context = '') {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${context} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Open a hash route with the language chosen up front, as a returning user would have it. */
export async function openApp(page: Page, route = '/', language: 'da' | 'en' = 'da') {
  await page.addInitScript((lang) => {
    if (!window.localStorage.getItem('servicetjek:preferences')) {
      window.localStorage.setItem(
        'servicetjek:preferences',
        JSON.stringify({ state: { language: lang }, version: 1 }),
      );
    }
  }, language);
  await page.goto(`./#${route}`);
  await expect(page.locator('main h1')).toBeVisible();
  // A prerendered screen shows its heading before the app's JavaScript has run; a click on a button
  // before hydration would do nothing, so wait until React has taken over the page.
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}
