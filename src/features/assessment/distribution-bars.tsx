import { useTranslation } from 'react-i18next';
import type { ScoreCounts } from '@/domain/entities/assessment';

/**
 * How many chose 1–5, as a list of labelled bars: the count is written beside each bar,
 * so the chart reads without colour and from the back of the room.
 */
export function DistributionBars({ counts, label }: { counts: ScoreCounts; label: string }) {
  const { t } = useTranslation('assessment');
  const most = Math.max(1, ...counts);
  return (
    <ul className="distribution" aria-label={label}>
      {counts.map((count, index) => (
        <li key={index} className="distribution-row">
          <span className="distribution-score" aria-hidden="true">
            {index + 1}
          </span>
          <span className="distribution-track" aria-hidden="true">
            <span className="distribution-bar" style={{ width: `${(count / most) * 100}%` }} />
          </span>
          <span className="distribution-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">{t('summary.bar', { score: index + 1, count })}</span>
        </li>
      ))}
    </ul>
  );
}
