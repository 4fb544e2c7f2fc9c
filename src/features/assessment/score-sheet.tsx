import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORES, THEME_IDS, type Score, type ThemeId } from '@/content/ids';
import { useToolkit } from '@/components/use-toolkit';
import { ToolkitText } from '@/components/toolkit-paragraph';
import type { AssessmentResponse } from '@/domain/entities/assessment';
import './assessment.css';

type Scores = AssessmentResponse['scores'];

interface ScoreSheetProps {
  scores: Scores;
  onScore: (themeId: ThemeId, score: Score) => void;
}

/**
 * The vurderingsskema: one radiogroup per theme named by the theme, five radios named from their number,
 * the scale's labels at the ends. Native radios give arrow keys within a theme and Tab between themes.
 */
export function ScoreSheet({ scores, onScore }: ScoreSheetProps) {
  const { t } = useTranslation('assessment');
  const toolkit = useToolkit();
  const sheet = toolkit.vurderingsskema;
  const prefix = useId();
  const [showAll, setShowAll] = useState(false);

  const scaleLabel = (score: Score) => (score === 1 ? sheet.scaleLow : score === 5 ? sheet.scaleHigh : null);

  return (
    <div className="score-sheet">
      <div className="score-sheet-intro">
        <p>{sheet.purpose}</p>
        <p>{sheet.instruction}</p>
        <p className="muted">
          <ToolkitText text={sheet.readFirst} />{' '}
          <button
            type="button"
            className="link-button"
            aria-expanded={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t('sheet.hideAllSummaries') : t('sheet.showAllSummaries')}
          </button>
        </p>
      </div>
      {THEME_IDS.map((themeId) => {
        const theme = toolkit.themes[themeId];
        const labelId = `${prefix}-${themeId}`;
        return (
          <div key={themeId} className="score-row">
            <div className="score-theme">
              <span id={labelId} className="score-theme-name">
                {theme.name}
              </span>
              {showAll ? (
                <p className="score-theme-summary">{theme.summary}</p>
              ) : (
                <details className="score-theme-details">
                  <summary>
                    <span aria-hidden="true">{t('sheet.summaryToggle')}</span>
                    <span className="visually-hidden">
                      {t('sheet.summaryToggleLabel', { theme: theme.name })}
                    </span>
                  </summary>
                  <p className="score-theme-summary">{theme.summary}</p>
                </details>
              )}
            </div>
            <div role="radiogroup" aria-labelledby={labelId} className="score-options">
              {SCORES.map((score) => {
                const label = scaleLabel(score);
                return (
                  <label key={score} className="score-option">
                    <input
                      type="radio"
                      name={labelId}
                      value={score}
                      checked={scores[themeId] === score}
                      aria-label={
                        label
                          ? t('sheet.scoreNameWithLabel', { score, label })
                          : t('sheet.scoreName', { score })
                      }
                      onChange={() => onScore(themeId, score)}
                    />
                    <span className="score-number" aria-hidden="true">
                      {score}
                    </span>
                    {label ? (
                      <span className="score-scale" aria-hidden="true">
                        {label}
                      </span>
                    ) : null}
                  </label>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}
