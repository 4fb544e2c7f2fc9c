import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import type { Experiment } from '@/domain/entities/experiment';
import { isIsoDate } from '@/domain/iso-week';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { useDates } from '@/components/use-dates';
import { DateField } from '@/components/date-field';

/** "Justeringer – hvornår?": the dated log of adjustments, and adding one between check-ins. */
export function AdjustmentsSection({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation('handleplan');
  const dates = useDates();
  const add = useWorkspace((s) => s.addAdjustment);
  const id = useId();
  const [text, setText] = useState('');
  const [date, setDate] = useState(todayIso);
  const [error, setError] = useState<{ text?: string; date?: string }>({});
  const [announcement, setAnnouncement] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      text: text.trim() ? undefined : t('adjustments.textRequired'),
      date: isIsoDate(date) ? undefined : t('plan.dateInvalid'),
    };
    setError(next);
    if (next.text || next.date) return;
    add(experiment.id, { date, text });
    setText('');
    setAnnouncement(t('adjustments.added'));
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('adjustments.heading')}</h2>
      {experiment.adjustments.length === 0 ? (
        <p className="muted">{t('adjustments.empty')}</p>
      ) : (
        <ul className="hp-adjust-list">
          {experiment.adjustments.map((adjustment, i) => (
            <li key={i}>
              <strong>{dates.long(adjustment.date)}:</strong> {adjustment.text}
            </li>
          ))}
        </ul>
      )}
      <form className="hp-form-row" onSubmit={submit} noValidate>
        <Field label={t('adjustments.text')} error={error.text} className="hp-grow">
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={2000}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
        <DateField label={t('adjustments.date')} value={date} onChange={setDate} error={error.date} />
        <button type="submit" className="button button-secondary hp-align-end">
          {t('adjustments.add')}
        </button>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
