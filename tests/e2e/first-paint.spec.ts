import { expect, test, type Page } from '@playwright/test';
import { V1_WORKSPACE, seedWorkspace } from './seed';

// The prerendered screens: drawn from HTML before any JavaScript, then hydrated in place. Layout
// shift is measured with the browser's own layout-shift entries (a property of the layout, not of
// timing): under 0.02 on each screen, the bound; Lighthouse measures the same on mobile.

const PAGES = [
  { path: './', route: '/', heading: 'Giv jeres hybride arbejdsplads et servicetjek' },
  { path: './temaer/', route: '/temaer', heading: 'De seks temaer kort fortalt' },
  { path: './temaer/fordybelse/', route: '/temaer/fordybelse', heading: 'Fordybelse' },
  { path: './temaer/dialogmoede/', route: '/temaer/dialogmoede', heading: 'Dialogmøde med flere temaer' },
  { path: './om/', route: '/om', heading: 'Om Servicetjek' },
];

const MOBILE = { width: 412, height: 823 };

/** Sum the page's layout shifts from its very first frame, as CLS does (shifts right after input excluded). */
async function recordLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

/** The app has hydrated and read the workspace once "Denne uge" or the app's own address is in place. */
async function settled(page: Page, route: string) {
  if (route === '/') await expect(page.locator('.home-due')).not.toHaveAttribute('aria-busy', 'true');
  else await expect(page).toHaveURL(new RegExp(`/#${route}$`));
  await page.waitForLoadState('networkidle');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, heading } of PAGES) {
    test(`${path} is drawn from its HTML in Danish, styled`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'da');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(`${heading} · Servicetjek`);
      // The CSS is inline: the header has its colour without a stylesheet request.
      await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(18, 53, 91)');
      await expect(
        page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Temaer' }),
      ).toHaveAttribute('href', '#/temaer');
    });
  }
});

for (const { path, route, heading } of PAGES) {
  test(`${path} hydrates in place with a layout shift under 0.02 on a phone`, async ({ page }) => {
    await page.setViewportSize(MOBILE);
    await recordLayoutShift(page);
    await page.goto(path);
    await settled(page, route);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(await layoutShift(page)).toBeLessThan(0.02);
    // Hydrated: the app's own links work, through the hash router.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Om' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Om Servicetjek' })).toBeVisible();
    await expect(page).toHaveURL(/\/#\/om$/);
  });
}

test('saved experiments fill "Denne uge" without moving the home screen', async ({ page }) => {
  const fixture = JSON.parse(V1_WORKSPACE) as {
    state: { experiments: Record<string, unknown>[] };
    version: number;
  };
  const template = fixture.state.experiments[0] ?? {};
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  // Three running experiments whose two-week check-in is overdue: more than the frame shows at once.
  fixture.state.experiments = [1, 2, 3].map((n) => ({
    ...template,
    id: `exp-due-${n}`,
    hvad: `Forsøg nummer ${n} med en lidt længere beskrivelse`,
    startDate: daysAgo(17 + n),
    checkIns: [],
    adjustments: [],
    decision: undefined,
  }));
  await seedWorkspace(page, fixture);
  await page.setViewportSize(MOBILE);
  await recordLayoutShift(page);
  await page.goto('./');
  await expect(page.getByRole('link', { name: /^Stop op efter 2 uger: Forsøg nummer 1/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await layoutShift(page)).toBeLessThan(0.02);
});

test('with English chosen, the Danish page turns English after hydration and lang follows', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'servicetjek:preferences',
      JSON.stringify({ state: { language: 'en' }, version: 1 }),
    ),
  );
  await page.goto('./temaer/fordybelse/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deep work');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/#\/temaer\/fordybelse$/);
  await page.getByRole('button', { name: 'Skift til dansk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fordybelse');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});

test('a theme page’s own address opens offline after one visit', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto('./temaer/tillid/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillid i det hybride arbejde');
  await expect(page).toHaveURL(/\/#\/temaer\/tillid$/);
  await context.setOffline(false);
});

// A link to a screen that is not prerendered (…/#/vurdering) opens a prerendered page's HTML: that
// screen is never shown for a moment before the one asked for, and nothing shifts.
for (const { path, heading } of PAGES.filter(
  ({ route }) => route === '/' || route === '/temaer/fordybelse',
)) {
  test(`${path}#/vurdering shows the assessment, never a glimpse of "${heading}"`, async ({ page }) => {
    await page.setViewportSize(MOBILE);
    await recordLayoutShift(page);
    await page.addInitScript(() => {
      // Every frame, the first-level heading the user can see (if any).
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      const look = () => {
        const h1 = document.querySelector('h1');
        if (h1?.checkVisibility({ visibilityProperty: true })) w.seen.push(h1.textContent ?? '');
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`${path}#/vurdering`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vurderingsskema');
    await expect(page).toHaveURL(/\/#\/vurdering$/);
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).not.toContain(heading);
    expect(seen.length).toBeGreaterThan(0);
    expect(await layoutShift(page)).toBeLessThan(0.02);
  });
}
