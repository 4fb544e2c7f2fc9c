import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { toolkitDa } from '@/content/da/toolkit';
import type { ThemeId } from '@/content/ids';
import type { AssessmentResponse } from '@/domain/entities/assessment';
import { renderAt } from '../../../tests/render';
import { ScoreSheet } from './score-sheet';

const THEMES = [
  'Sammenhængskraft',
  'Fleksibilitet',
  'Tilgængelighed',
  'Fordybelse',
  'Tillid',
  'Retfærdighed',
];

function Controlled({ onScore }: { onScore: (themeId: ThemeId, score: number) => void }) {
  const [scores, setScores] = useState<AssessmentResponse['scores']>({});
  return (
    <ScoreSheet
      scores={scores}
      onScore={(themeId, score) => {
        setScores({ ...scores, [themeId]: score });
        onScore(themeId, score);
      }}
    />
  );
}

describe('ScoreSheet', () => {
  it('has one radiogroup per theme, named by the theme, with five radios named from their number', () => {
    renderAt(<Controlled onScore={vi.fn()} />);
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(6);
    for (const theme of THEMES) {
      const radios = within(screen.getByRole('radiogroup', { name: theme })).getAllByRole('radio');
      expect(radios.map((radio) => radio.getAttribute('aria-label'))).toEqual([
        '1 – Slet ikke vigtigt',
        '2',
        '3',
        '4',
        '5 – Meget vigtigt',
      ]);
    }
  });

  it('scores with a click and reports the theme and score', async () => {
    const onScore = vi.fn();
    renderAt(<Controlled onScore={onScore} />);
    const group = screen.getByRole('radiogroup', { name: 'Fordybelse' });
    await userEvent.click(within(group).getByRole('radio', { name: /^4/ }));
    expect(onScore).toHaveBeenCalledWith('fordybelse', 4);
    expect(within(group).getByRole('radio', { name: /^4/ })).toBeChecked();
  });

  it('is operable with the keyboard: Tab into a theme, arrows change the score', async () => {
    const onScore = vi.fn();
    renderAt(<Controlled onScore={onScore} />);
    const group = screen.getByRole('radiogroup', { name: 'Tillid' });
    within(group).getByRole('radio', { name: /^1/ }).focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(onScore).toHaveBeenLastCalledWith('tillid', 3);
    expect(within(group).getByRole('radio', { name: /^3/ })).toBeChecked();
  });

  it('shows a theme’s summary one click away, and all summaries on request', async () => {
    renderAt(<Controlled onScore={vi.fn()} />);
    expect(screen.getByText(toolkitDa.vurderingsskema.purpose)).toBeInTheDocument();
    // "på foregående side" means nothing on a screen: a link to the themes' summaries stands in for it.
    expect(screen.getByRole('link', { name: 'temaernes resumeer' })).toHaveAttribute('href', '/temaer');
    expect(screen.getByText('(i hæftet: resumeerne på foregående side)')).toBeInTheDocument();
    const summary = screen.getByText(toolkitDa.themes.tillid.summary);
    expect(summary).not.toBeVisible();
    await userEvent.click(screen.getByText('Læs resumé af Tillid'));
    expect(summary).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Vis alle resumeer' }));
    expect(screen.getByRole('button', { name: 'Skjul resumeerne' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByText('Læs resumé af Tillid')).not.toBeInTheDocument();
  });
});
