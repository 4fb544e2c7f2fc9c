import { useTranslation } from 'react-i18next';
import { MIN_ANSWERS_FOR_DETAIL, type ThemeScoreSummary } from '@/domain/scores';
import { DistributionBars } from './distribution-bars';
import { useFormat } from './use-format';

/** The scored themes, highest mean first, each with its numbers and distribution. */
export function ThemeRanking({ ranked }: { ranked: readonly ThemeScoreSummary[] }) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const format = useFormat();
  return (
    <ol className="ranking">
      {ranked.map((summary, index) => {
        const name = tc(`themeNames.${summary.themeId}`);
        return (
          <li key={summary.themeId} className="ranking-item card">
            <div className="ranking-head">
              <span className="ranking-rank">{t('summary.rank', { rank: index + 1 })}</span>
              <h3 className="ranking-name">{name}</h3>
              {summary.disagreement ? <span className="badge">{t('summary.disagreementFlag')}</span> : null}
            </div>
            <dl className="ranking-stats">
              <div className="ranking-mean">
                <dt>{t('summary.mean')}</dt>
                <dd>{summary.mean === null ? '' : format.decimal(summary.mean)}</dd>
              </div>
              <div>
                <dt>{t('summary.n')}</dt>
                <dd>{summary.n}</dd>
              </div>
              {summary.detailVisible && summary.median !== null && summary.spread !== null ? (
                <>
                  <div>
                    <dt>{t('summary.median')}</dt>
                    <dd>{format.decimal(summary.median)}</dd>
                  </div>
                  <div>
                    <dt>{t('summary.spread')}</dt>
                    <dd>{format.decimal(summary.spread)}</dd>
                  </div>
                </>
              ) : null}
            </dl>
            {summary.detailVisible ? (
              <DistributionBars
                counts={summary.counts}
                label={t('summary.distributionLabel', { theme: name })}
              />
            ) : (
              <p className="muted">{t('result.hiddenDetail', { min: MIN_ANSWERS_FOR_DETAIL })}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
