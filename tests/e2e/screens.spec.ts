import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './fixtures';

// Every screen that needs no data, in both languages, with zero WCAG 2.1 A/AA violations.
const SCREENS = [
  {
    route: '/',
    da: 'Giv jeres hybride arbejdsplads et servicetjek',
    en: 'Give your hybrid workplace a service check',
  },
  { route: '/temaer', da: 'De seks temaer kort fortalt', en: 'The six themes in brief' },
  { route: '/temaer/sammenhaengskraft', da: 'Sammenhængskraft', en: 'Cohesion' },
  { route: '/temaer/fleksibilitet', da: 'Fleksibilitet', en: 'Flexibility' },
  { route: '/temaer/tilgaengelighed', da: 'Tilgængelighed', en: 'Availability' },
  { route: '/temaer/fordybelse', da: 'Fordybelse', en: 'Deep work' },
  { route: '/temaer/tillid', da: 'Tillid i det hybride arbejde', en: 'Trust in hybrid work' },
  {
    route: '/temaer/retfaerdighed',
    da: 'Retfærdighed på den hybride arbejdsplads',
    en: 'Fairness in the hybrid workplace',
  },
  {
    route: '/temaer/dialogmoede',
    da: 'Dialogmøde med flere temaer',
    en: 'Dialogue meeting with several themes',
  },
  { route: '/temaer/findes-ikke', da: 'Temaet findes ikke', en: 'Theme not found' },
  { route: '/om', da: 'Om Servicetjek', en: 'About Servicetjek' },
];

for (const language of ['da', 'en'] as const) {
  for (const screen of SCREENS) {
    test(`${screen.route} in ${language} has its heading, lang and no axe violations`, async ({ page }) => {
      await openApp(page, screen.route, language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen[language]);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page, `${screen.route} (${language})`);
    });
  }
}

test('the language switch changes the whole shell and is remembered after a reload', async ({ page }) => {
  await openApp(page, '/', 'da');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
});
