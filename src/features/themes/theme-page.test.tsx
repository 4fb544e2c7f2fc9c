import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { PROPOSAL_QUESTION, toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import { THEME_IDS } from '@/content/ids';
import { RUNBOOKS } from '@/content/structure';
import { renderAt } from '../../../tests/render';
import ThemePage from './theme-page';

const CASES = (['da', 'en'] as const).flatMap((language) =>
  THEME_IDS.map((themeId) => [language, themeId, language === 'da' ? toolkitDa : toolkitEn] as const),
);
const STEP_LABEL = { da: 'Trin', en: 'Step' } as const;

function renderTheme(themeId: string, language: 'da' | 'en' = 'da') {
  return renderAt(<Route path="/temaer/:themeId" component={ThemePage} />, {
    path: `/temaer/${themeId}`,
    language,
  });
}

describe('Theme page', () => {
  it.each(CASES)('in %s shows every section of %s', async (language, themeId, toolkit) => {
    renderTheme(themeId, language);
    const theme = toolkit.themes[themeId];
    expect(await screen.findByRole('heading', { level: 1, name: theme.title })).toBeInTheDocument();
    expect(screen.getByText(theme.keyQuestion)).toBeInTheDocument();
    expect(screen.getByText(theme.summary)).toBeInTheDocument();
    const sections = [
      theme.whatIsAtStake,
      ...theme.sections,
      theme.differentNeeds,
      ...(theme.sectionsAfterNeeds ?? []),
      theme.signs,
    ];
    // Every section, in the toolkit's order.
    const shown = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent)
      .filter((text) => sections.some((section) => section.heading === text));
    expect(shown).toEqual(sections.map((section) => section.heading));
    for (const quote of theme.quotes) {
      const figure = screen.getByRole('figure', { name: quote.heading });
      expect(within(figure).getByText(quote.attribution)).toBeInTheDocument();
      expect(within(figure).getByText(quote.paragraphs[0] ?? '')).toBeInTheDocument();
    }
    for (const item of theme.inspiration.filter((entry) => entry.kind !== 'reading')) {
      expect(screen.getByRole('heading', { level: 3, name: item.heading })).toBeInTheDocument();
    }
  });

  it.each(CASES)('in %s lays out the drejebog of %s step by step', async (language, themeId, toolkit) => {
    renderTheme(themeId, language);
    const runbook = toolkit.runbooks[themeId];
    const section = await screen.findByRole('region', { name: runbook.title });
    expect(within(section).getByRole('heading', { name: runbook.beforeHeading })).toBeInTheDocument();
    for (const step of RUNBOOKS[themeId].steps) {
      const text = runbook.steps[step.id];
      const heading = within(section).getByRole('heading', {
        level: 3,
        name: `${STEP_LABEL[language]} ${step.number}: ${text?.title}`,
      });
      expect(heading).toBeInTheDocument();
    }
    for (const question of runbook.steps.reflection?.questions ?? []) {
      expect(within(section).getByText(question)).toBeInTheDocument();
    }
    // Option A points to "handleplanen fra forrige side": a link to the handleplan stands in for the page.
    expect(section).toHaveTextContent(
      (runbook.steps.decision?.options?.A ?? '').replace(
        language === 'da' ? 'handleplanen fra forrige side' : 'the action plan from the previous page',
        language === 'da'
          ? 'handleplanen (i hæftet: handleplanen fra forrige side)'
          : 'the action plan (in the booklet: the action plan from the previous page)',
      ),
    );
    expect(within(section).getByText(runbook.steps.decision?.options?.B ?? '')).toBeInTheDocument();
  });

  it('shows step 4 as the toolkit asks it, with the app’s theme wording beside it and marked', async () => {
    renderTheme('fordybelse');
    expect(await screen.findByText(PROPOSAL_QUESTION)).toBeInTheDocument();
    expect(
      screen.getByText(
        (_content, element) =>
          element?.classList.contains('question-adaptation') === true &&
          element.textContent ===
            'Appens tilpasning til temaet (står ikke i værktøjet): Hvad vil du foreslå, at I kunne forsøge jer med i en kortere periode, fx i seks uger, for at imødekomme behovet for fordybelse i afdelingen eller teamet?',
      ),
    ).toBeInTheDocument();
  });

  it('offers to plan a meeting on the theme and to go on to the neighbouring themes', async () => {
    renderTheme('fordybelse');
    expect(await screen.findByRole('link', { name: 'Planlæg et møde om dette tema' })).toHaveAttribute(
      'href',
      '/moede/ny?runbook=fordybelse',
    );
    const pager = screen.getByRole('navigation', { name: 'Andre temaer' });
    expect(within(pager).getByRole('link', { name: /Forrige.*Tilgængelighed/ })).toHaveAttribute(
      'href',
      '/temaer/tilgaengelighed',
    );
    expect(within(pager).getByRole('link', { name: /Næste.*Tillid/ })).toHaveAttribute(
      'href',
      '/temaer/tillid',
    );
  });

  it('leads from the last theme to the dialogmøde', async () => {
    renderTheme('retfaerdighed', 'en');
    const pager = await screen.findByRole('navigation', { name: 'Other themes' });
    expect(within(pager).getByRole('link', { name: /Next.*Dialogue meeting/ })).toHaveAttribute(
      'href',
      '/temaer/dialogmoede',
    );
    expect(within(pager).getByRole('link', { name: /Previous.*Trust/ })).toHaveAttribute(
      'href',
      '/temaer/tillid',
    );
  });

  it('says so when the theme does not exist, and offers the six themes', async () => {
    renderTheme('hygge');
    expect(await screen.findByRole('heading', { level: 1, name: 'Temaet findes ikke' })).toBeInTheDocument();
    expect(screen.getByText(/»hygge«/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fordybelse' })).toHaveAttribute('href', '/temaer/fordybelse');
  });
});
