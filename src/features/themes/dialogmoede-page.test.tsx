import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import { RUNBOOKS } from '@/content/structure';
import { renderAt } from '../../../tests/render';
import DialogmoedePage from './dialogmoede-page';

describe('Dialogmøde page', () => {
  it.each([
    ['da', toolkitDa, 'Trin'],
    ['en', toolkitEn, 'Step'],
  ] as const)(
    'in %s shows the preparation, steps 1–6 and the handleplan',
    async (language, toolkit, step) => {
      renderAt(<DialogmoedePage />, { path: '/temaer/dialogmoede', language });
      expect(
        await screen.findByRole('heading', { level: 1, name: toolkit.dialogmoede.title }),
      ).toBeInTheDocument();
      const runbook = toolkit.runbooks.dialogmoede;
      const section = screen.getByRole('region', { name: runbook.title });
      expect(within(section).getByRole('heading', { name: runbook.beforeHeading })).toBeInTheDocument();
      const before = within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
      // The toolkit's items, with its page references shown as links and marked as the booklet's.
      expect(before).toContain(runbook.before[3]);
      expect(
        within(section).getByRole('link', {
          name: language === 'da' ? 'vurderingsskemaet' : 'the assessment form',
        }),
      ).toHaveAttribute('href', '/vurdering');
      expect(
        within(section).getByText(
          language === 'da'
            ? '(i hæftet: skabelonen på næste side)'
            : '(in the booklet: the template on the next page)',
        ),
      ).toBeInTheDocument();
      for (const { id, number } of RUNBOOKS.dialogmoede.steps) {
        const name = `${step} ${number}: ${runbook.steps[id]?.title}`;
        expect(within(section).getByRole('heading', { level: 3, name })).toBeInTheDocument();
      }
      for (const question of runbook.steps.clustering?.questions ?? []) {
        expect(within(section).getByText(question)).toBeInTheDocument();
      }
      expect(screen.getByRole('heading', { level: 2, name: toolkit.handleplan.heading })).toBeInTheDocument();
      for (const column of Object.values(toolkit.handleplan.columns)) {
        expect(screen.getByText(column)).toBeInTheDocument();
      }
    },
  );

  it('plans a dialogmøde from here', async () => {
    renderAt(<DialogmoedePage />, { path: '/temaer/dialogmoede' });
    expect(await screen.findByRole('link', { name: 'Planlæg et dialogmøde' })).toHaveAttribute(
      'href',
      '/moede/ny?runbook=dialogmoede',
    );
  });
});
