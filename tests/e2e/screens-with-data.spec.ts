import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './fixtures';
import { V1_WORKSPACE, seedWorkspace } from './seed';

// Every screen that shows a team's data, opened on a realistic workspace (the v1 fixture) in both
// languages: the right language, a heading, nothing that reads "not found", and zero WCAG 2.1 A/AA
// violations. The journeys in the other specs drive these screens; this spec makes sure none is missed.
const ROUTES = [
  '/vurdering',
  '/vurdering/round-1',
  '/vurdering/round-1/resultat',
  '/moede',
  '/moede/ny?runbook=dialogmoede&themes=tillid,fordybelse&team=team-hjemmepleje',
  '/moede/meeting-1',
  '/moede/meeting-1/koer',
  '/moede/meeting-1/praesentation',
  '/moede/meeting-1/opsummering',
  '/forslag?team=team-hjemmepleje',
  '/forslag/meeting-1',
  '/idebank',
  '/idebank/fordybelse?team=team-hjemmepleje&meeting=meeting-1',
  '/handleplan',
  '/handleplan/team-hjemmepleje',
  '/handleplan/forsoeg/exp-1',
  '/eksport',
  '/data',
];

const NOT_FOUND = /findes ikke|not found/i;

for (const language of ['da', 'en'] as const) {
  for (const route of ROUTES) {
    test(`${route} in ${language} with data has a heading, lang and no axe violations`, async ({ page }) => {
      await seedWorkspace(page, V1_WORKSPACE);
      await openApp(page, route, language);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).not.toHaveText(NOT_FOUND);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page, `${route} (${language})`);
    });
  }
}
