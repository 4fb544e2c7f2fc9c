import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { DECISION_OUTCOMES, type Experiment } from '@/domain/entities/experiment';
import { isIsoDate } from '@/domain/iso-week';
import { scheduleSixWeeks } from '@/domain/schedule';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { useDates } from './use-dates';

type Outcome = (typeof DECISION_OUTCOMES)[number];

/** After six weeks: gøres permanent / justeres og forlænges / stoppes, with the reason. */
export function DecisionSection({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation('handleplan');
  const dates = useDates();
  const decide = useWorkspace((s) => s.decideExperiment);
  const id = useId();
  const due = scheduleSixWeeks(experiment.startDate).stops[2].date;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(() => (todayIso() < due ? due : todayIso()));
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const decision = experiment.decision;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) return setError(t('decision.outcomeRequired'));
    if (!isIsoDate(date)) return setError(t('plan.dateInvalid'));
    setError(null);
    decide(experiment.id, { outcome, reason, date });
    setAnnouncement(
      outcome === 'extend'
        ? t('decision.extended', { date: dates.long(date) })
        : t('decision.saved', { outcome: t(`decision.${outcome}`) }),
    );
  }

  function reopen() {
    if (decision) {
      setOutcome(decision.outcome);
      setReason(decision.reason);
      setDate(decision.date);
    }
    decide(experiment.id, null);
    setAnnouncement(t('decision.reopened'));
  }

  return (
    <section className="card hp-decision" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('decision.heading')}</h2>
      {decision ? (
        <>
          <p className="hp-decided">
            <strong>
              {t('decision.decided', {
                outcome: t(`decision.${decision.outcome}`),
                date: dates.long(decision.date),
              })}
            </strong>
          </p>
          {decision.reason ? <p>{decision.reason}</p> : null}
          <button type="button" className="button button-secondary button-small" onClick={reopen}>
            {t('decision.reopen')}
          </button>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">{t('decision.notYet', { date: dates.long(due) })}</p>
          <fieldset aria-describedby={error ? `${id}-e` : undefined}>
            <legend>{t('decision.outcomeLegend')}</legend>
            {DECISION_OUTCOMES.map((value) => (
              <label key={value} className="hp-check">
                <input
                  type="radio"
                  name={`${id}-outcome`}
                  value={value}
                  checked={outcome === value}
                  onChange={() => setOutcome(value)}
                />
                {t(`decision.${value}`)}
                {value === 'extend' ? (
                  <>
                    {' '}
                    <span className="hp-app-addition">({t('decision.appAddition')})</span>
                  </>
                ) : null}
              </label>
            ))}
            <p className="field-hint">{t('decision.extendNote')}</p>
          </fieldset>
          <Field label={t('decision.reason')}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={5000}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('decision.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          </div>
          {error ? (
            <p id={`${id}-e`} className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button">
            {t('decision.submit')}
          </button>
        </form>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
