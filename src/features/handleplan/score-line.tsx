import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Experiment } from '@/domain/entities/experiment';
import { scoreLine } from '@/domain/experiment-changes';

/** The theme's score before the experiment and at each check-in, as labelled bars. */
export function ScoreLine({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation('handleplan');
  const id = useId();
  const points = scoreLine(experiment);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('scoreLine.heading')}</h2>
      {points.length === 0 ? (
        <p className="muted">{t('scoreLine.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('scoreLine.lead')}</p>
          <ol className="hp-score-line">
            {points.map((point) => {
              const label =
                point.at === 'before' ? t('scoreLine.before') : t('scoreLine.week', { week: point.at });
              return (
                <li key={String(point.at)}>
                  <span className="hp-score-label">
                    {t('scoreLine.point', { label, score: point.score })}
                  </span>
                  <span className="hp-score-bar" aria-hidden="true">
                    <span style={{ width: `${point.score * 20}%` }} />
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
