import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { SCORES } from '@/content/ids';
import type { Experiment } from '@/domain/entities/experiment';

/** A 1–5 score from a select's value; '' means no score. */
export function parseScore(value: string): Experiment['baselineScore'] {
  return SCORES.find((score) => String(score) === value) ?? null;
}

/** An optional 1–5 score of the experiment's theme. */
export function ScoreSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('handleplan');
  return (
    <Field label={label}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('experiment.noScore')}</option>
          {SCORES.map((score) => (
            <option key={score} value={String(score)}>
              {score}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
