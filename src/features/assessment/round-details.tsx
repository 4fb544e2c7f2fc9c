import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { useWorkspace } from '@/state/workspace-store';

/** The round's date and label, saved as typed; an emptied date is not saved, so the round keeps a valid one. */
export function RoundDetails({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('assessment');
  const updateRound = useWorkspace((s) => s.updateRound);
  const dateId = useId();
  const labelId = useId();
  return (
    <details className="round-details">
      <summary>{t('round.details')}</summary>
      <div className="round-details-fields">
        <div className="field">
          <label htmlFor={dateId}>{t('list.date')}</label>
          <input
            id={dateId}
            type="date"
            defaultValue={round.date}
            onChange={(event) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value))
                updateRound(round.id, { date: event.target.value });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={labelId}>{t('list.label')}</label>
          <input
            id={labelId}
            type="text"
            maxLength={200}
            defaultValue={round.label}
            onChange={(event) => updateRound(round.id, { label: event.target.value })}
          />
        </div>
      </div>
    </details>
  );
}
