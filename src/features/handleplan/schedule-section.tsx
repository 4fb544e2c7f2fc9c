import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Experiment } from '@/domain/entities/experiment';
import { pendingStops } from '@/domain/experiment-status';
import { isIsoDate } from '@/domain/iso-week';
import { nearestHolidayFreeStart, scheduleSixWeeks } from '@/domain/schedule';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { StopStateBadge } from './status-badge';
import { useDates } from '@/components/use-dates';
import { DateField } from '@/components/date-field';

/** The six weeks with dates and ISO weeks, a warning for holiday periods, and moving the start. */
export function ScheduleSection({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation('handleplan');
  const dates = useDates();
  const move = useWorkspace((s) => s.moveExperimentStart);
  const id = useId();
  const [start, setStart] = useState(experiment.startDate);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const schedule = scheduleSixWeeks(experiment.startDate);
  const pending = new Map(pendingStops(experiment, todayIso()).map((s) => [s.kind, s.state]));

  const suggestion =
    schedule.holidays.length > 0 ? nearestHolidayFreeStart(experiment.startDate, todayIso()) : null;

  function moveTo(date: string) {
    setError(null);
    setStart(date);
    move(experiment.id, date);
    setAnnouncement(t('experiment.moved', { date: dates.long(date) }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isIsoDate(start)) {
      setError(t('plan.dateInvalid'));
      return;
    }
    moveTo(start);
  }

  const periods = schedule.holidays
    .map((h) =>
      t('experiment.holidayRange', {
        name: t(`holidays.${h.id}`),
        from: dates.short(h.start),
        to: dates.short(h.end),
      }),
    )
    .join(', ');

  return (
    <section className="card hp-schedule" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('experiment.scheduleHeading')}</h2>
      <p>
        {t('experiment.scheduleLead', {
          date: dates.long(schedule.start),
          week: dates.week(schedule.start),
          end: dates.long(schedule.end),
        })}
      </p>
      <ol className="hp-stops">
        {schedule.stops.map((stop) => {
          const state = pending.get(stop.kind);
          return (
            <li
              key={stop.kind}
              className={state ? `hp-stop hp-stop-row-${state}` : 'hp-stop hp-stop-row-done'}
            >
              <strong>{t(`stops.${stop.kind}`)}</strong>
              <span>
                {dates.long(stop.date)} · {t('weekNumber', { ns: 'common', week: stop.isoWeek })}
              </span>
              {state ? (
                <StopStateBadge state={state} />
              ) : (
                <span className="hp-badge hp-stop-done">{t('stopState.done')}</span>
              )}
            </li>
          );
        })}
      </ol>
      {schedule.holidays.length > 0 ? (
        <div className="notice notice-warning">
          <p>{t('experiment.holidayWarning', { periods })}</p>
          {suggestion ? (
            <p>
              {t('experiment.holidaySuggestion', {
                date: dates.long(suggestion),
                week: dates.week(suggestion),
              })}{' '}
              <button type="button" className="button button-secondary" onClick={() => moveTo(suggestion)}>
                {t('experiment.applySuggestion', { date: dates.short(suggestion) })}
              </button>
            </p>
          ) : (
            <p>{t('experiment.noSuggestion')}</p>
          )}
        </div>
      ) : null}
      <form className="hp-inline-form" onSubmit={submit} noValidate>
        <DateField label={t('experiment.newStart')} value={start} onChange={setStart} error={error} />
        <button type="submit" className="button button-secondary">
          {t('experiment.moveStart')}
        </button>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
