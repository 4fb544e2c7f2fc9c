import { useTranslation } from 'react-i18next';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { useWorkspace } from '@/state/workspace-store';
import { Field } from '@/components/field';

/** The round's date and label, saved as typed; an emptied date is not saved, so the round keeps a valid one. */
export function RoundDetails({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('assessment');
  const updateRound = useWorkspace((s) => s.updateRound);
  return (
    <details className="round-details">
      <summary>{t('round.details')}</summary>
      <div className="round-details-fields">
        <Field label={t('list.date')}>
          {(props) => (
            <input
              {...props}
              type="date"
              defaultValue={round.date}
              onChange={(event) => {
                if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value))
                  updateRound(round.id, { date: event.target.value });
              }}
            />
          )}
        </Field>
        <Field label={t('list.label')}>
          {(props) => (
            <input
              {...props}
              type="text"
              maxLength={200}
              defaultValue={round.label}
              onChange={(event) => updateRound(round.id, { label: event.target.value })}
            />
          )}
        </Field>
      </div>
    </details>
  );
}
