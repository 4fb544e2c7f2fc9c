import { screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import type { ThemeId } from '@/content/ids';
import type { AssessmentResponse, AssessmentRound } from '@/domain/entities/assessment';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { collectReport } from '@/export/pdf/report-collect';
import { buildReportPdf, loadPdfResources } from '@/export/pdf/exports';
import type { Language } from '@/i18n/languages';
import { useWorkspace } from '@/state/workspace-store';
import { diskFonts } from '../../../tests/pdf-fonts';
import { flat, readPdf } from '../../../tests/pdf-text';
import { renderAt } from '../../../tests/render';
import RoundSummaryPage from './round-summary-page';

// The screen and the PDF say a round's result through one model: the same round, rendered on the
// screen and printed in the report, gives the same sentences word for word in each language.

/** Six participants; one column per theme, one score per participant. */
const SCORES: Partial<Record<ThemeId, number[]>> = {
  fordybelse: [5, 5, 5, 5, 5, 5], // 5,0: stands out
  tilgaengelighed: [4, 4, 4, 5, 4, 5], // 4,3: high, the toolkit's tension with fordybelse
  fleksibilitet: [4, 4, 4, 4, 4, 4], // 4,0: high, the app's tension with sammenhængskraft
  sammenhaengskraft: [4, 4, 4, 4, 4, 4],
  tillid: [1, 1, 1, 5, 5, 5], // 3,0, spread 2,0: divided, to talk about
};

const responses: AssessmentResponse[] = [0, 1, 2, 3, 4, 5].map((index) => ({
  id: `a${index}`,
  name: '',
  source: 'sheet',
  createdAt: '2026-02-03T09:00:00Z',
  scores: Object.fromEntries(
    Object.entries(SCORES).map(([themeId, scores]) => [themeId, scores[index]]),
  ) as AssessmentResponse['scores'],
}));

const round: AssessmentRound = {
  id: 'r1',
  teamId: 't1',
  date: '2026-02-03',
  label: '',
  responses,
  tally: {},
  choice: null,
  createdAt: '2026-02-03T09:00:00Z',
};

const workspace = {
  ...emptyWorkspace(),
  teams: [{ id: 't1', name: 'Borgerservice', createdAt: '2026-01-01T00:00:00Z' }],
  assessments: [round],
};

async function screenSentences(language: Language) {
  useWorkspace.setState(workspace);
  renderAt(
    <Suspense>
      <Route path="/vurdering/:roundId/resultat" component={RoundSummaryPage} />
    </Suspense>,
    { path: '/vurdering/r1/resultat', language },
  );
  const panel = await screen.findByRole('region', {
    name: language === 'da' ? 'Hvor starter I?' : 'Where do you start?',
  });
  const text = (start: RegExp) => within(panel).getByText(start).textContent ?? '';
  const items = (heading: RegExp) =>
    within(screen.getByRole('region', { name: heading }))
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
  return {
    recommendation: text(/^Fordybelse træder frem|^Deep work emerges/),
    divided: text(/^Tal også om|^Also talk about/),
    rule: text(/^Appens regel|^The app’s rule/),
    disagreements: items(/Her ser I forskelligt|Where you see it differently/),
    tensions: items(/Husk balancen|Mind the balance/),
  };
}

async function pdfText(language: Language) {
  const resources = await loadPdfResources(language, Promise.resolve(diskFonts));
  const data = collectReport(workspace, 't1', { today: '2026-02-04', nowMs: 0 }, resources);
  if (!data) throw new Error('no report');
  const pdf = await readPdf(buildReportPdf(data, resources));
  return flat(pdf.pages.join(' '));
}

describe.each(['da', 'en'] as const)('a round’s result in %s', (language) => {
  it('is said in the same sentences on the screen and in the PDF report', async () => {
    const said = await screenSentences(language);
    // The round gives every kind of sentence, so none is compared empty.
    expect(said.recommendation).toMatch(language === 'da' ? /5,0 mod 4,3/ : /5\.0 against 4\.3/);
    expect(said.divided).toMatch(language === 'da' ? /Tal også om Tillid/ : /Also talk about Trust/);
    expect(said.disagreements).toHaveLength(1);
    expect(said.tensions).toHaveLength(2);
    const printed = await pdfText(language);
    for (const sentence of [
      said.recommendation,
      said.divided,
      said.rule,
      ...said.disagreements,
      ...said.tensions,
    ]) {
      expect(printed).toContain(flat(sentence));
    }
  });
});
