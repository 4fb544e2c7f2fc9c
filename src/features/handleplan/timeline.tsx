import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Experiment } from '@/domain/entities/experiment';
import { experimentStatus, nextStop } from '@/domain/experiment-status';
import { daysBetween, isoWeek } from '@/domain/iso-week';
import { scheduleSixWeeks } from '@/domain/schedule';
import { StatusBadge, StopStateBadge } from './status-badge';
import { useDates } from '@/components/use-dates';

interface TimelineProps {
  experiments: Experiment[];
  teamNames: ReadonlyMap<string, string>;
  today: string;
}

/**
 * Every experiment as a bar over its six weeks, with markers at the check-ins and the decision and
 * a line for today. The bars are decoration: each row also says its dates and next stop in words.
 */
export function Timeline({ experiments, teamNames, today }: TimelineProps) {
  const { t } = useTranslation('handleplan');
  const dates = useDates();
  const rows = experiments.map((experiment) => ({
    experiment,
    schedule: scheduleSixWeeks(experiment.startDate),
  }));
  const from = [today, ...rows.map((r) => r.schedule.start)].sort()[0] ?? today;
  const to = [today, ...rows.map((r) => r.schedule.stops[2].date)].sort().at(-1) ?? today;
  const span = Math.max(daysBetween(from, to) + 1, 1);
  const at = (iso: string) => `${(daysBetween(from, iso) / span) * 100}%`;

  return (
    <div
      className="hp-timeline"
      role="group"
      aria-label={t('overview.timelineLabel', { from: dates.short(from), to: dates.short(to) })}
    >
      <ul className="hp-timeline-rows">
        {rows.map(({ experiment, schedule }) => {
          const stop = nextStop(experiment, today);
          return (
            <li
              key={experiment.id}
              className={`hp-timeline-row${stop && stop.state !== 'upcoming' ? ` hp-row-${stop.state}` : ''}`}
            >
              <div className="hp-timeline-text">
                <Link href={`/handleplan/forsoeg/${experiment.id}`}>
                  {experiment.hvad || t('plan.untitled')}
                </Link>
                <span className="muted">
                  {teamNames.get(experiment.teamId)} ·{' '}
                  {t('overview.weeks', { from: isoWeek(schedule.start).week, to: schedule.stops[2].isoWeek })}
                </span>
                <span className="hp-timeline-status">
                  <StatusBadge status={experimentStatus(experiment, today)} />
                  {stop ? (
                    <>
                      {' '}
                      <span>{t(`next.${stop.kind}`, { week: stop.isoWeek })}</span>{' '}
                      <StopStateBadge state={stop.state} />
                    </>
                  ) : null}
                </span>
              </div>
              <div className="hp-track" aria-hidden="true">
                <span
                  className="hp-bar"
                  style={{ left: at(schedule.start), width: `${(42 / span) * 100}%` }}
                />
                {schedule.stops.map((s) => (
                  <span
                    key={s.kind}
                    className={`hp-marker hp-marker-${s.kind}`}
                    style={{ left: at(s.date) }}
                  />
                ))}
                <span className="hp-today" style={{ left: at(today) }} />
              </div>
            </li>
          );
        })}
      </ul>
      <p className="hp-today-legend">
        <span className="hp-today-swatch" aria-hidden="true" /> {t('overview.today')}: {dates.long(today)} ·{' '}
        {dates.week(today)}
      </p>
    </div>
  );
}
