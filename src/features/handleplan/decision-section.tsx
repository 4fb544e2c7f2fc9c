import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { Field } from '@/components/field';
import { RadioGroup } from '@/components/radio-group';
import { DECISION_OUTCOMES, type Experiment } from '@/domain/entities/experiment';
import { isIsoDate } from '@/domain/iso-week';
import { scheduleSixWeeks } from '@/domain/schedule';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { useDates } from '@/components/use-dates';

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
  const [problem, setProblem] = useState<{ field: 'outcome' | 'date'; message: string } | null>(null);
  const errorOf = (field: 'outcome' | 'date') => (problem?.field === field ? problem.message : null);
  const [announcement, setAnnouncement] = useState('');
  const decision = experiment.decision;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) return setProblem({ field: 'outcome', message: t('decision.outcomeRequired') });
    if (!isIsoDate(date)) return setProblem({ field: 'date', message: t('plan.dateInvalid') });
    setProblem(null);
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
          <RadioGroup
            legend={t('decision.outcomeLegend')}
            options={DECISION_OUTCOMES}
            value={outcome}
            onChange={setOutcome}
            label={(value) =>
              value === 'extend' ? (
                <>
                  {t('decision.extend')}{' '}
                  <span className="hp-app-addition">({t('decision.appAddition')})</span>
                </>
              ) : (
                t(`decision.${value}`)
              )
            }
            note={t('decision.extendNote')}
            errorId={errorOf('outcome') ? `${id}-outcome-error` : undefined}
          />
          {errorOf('outcome') ? (
            <p id={`${id}-outcome-error`} className="field-error" role="alert">
              {errorOf('outcome')}
            </p>
          ) : null}
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
          <DateField label={t('decision.date')} value={date} onChange={setDate} error={errorOf('date')} />
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
