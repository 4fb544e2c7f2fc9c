import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import type { Experiment } from '@/domain/entities/experiment';
import { useWorkspace } from '@/state/workspace-store';
import { useDates } from '@/components/use-dates';

const ANSWERS = ['learned', 'continueWith', 'adjust'] as const;

/**
 * The periods before the current one, each ended by "justeres og forlænges" (the app's addition):
 * their check-ins and decision stay readable, and the last extension can be undone while the new
 * period has nothing recorded.
 */
export function EarlierPeriods({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation('handleplan');
  const questions = useToolkit().sixWeeks.questions;
  const dates = useDates();
  const undo = useWorkspace((s) => s.undoExtension);
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const periods = experiment.earlierPeriods ?? [];
  const canUndo = periods.length > 0 && experiment.checkIns.length === 0 && experiment.decision === null;

  return (
    <>
      {periods.length > 0 ? (
        <section className="card hp-periods" aria-labelledby={`${id}-h`}>
          <h2 id={`${id}-h`}>{t('periods.heading')}</h2>
          <p className="muted">
            {t('periods.current', {
              number: periods.length + 1,
              date: dates.long(experiment.startDate),
            })}
          </p>
          {periods.map((period, index) => (
            <section key={period.startDate} aria-labelledby={`${id}-p${index}`}>
              <h3 id={`${id}-p${index}`}>
                {t('periods.period', {
                  number: index + 1,
                  start: dates.long(period.startDate),
                  end: dates.long(period.decision.date),
                })}
              </h3>
              {period.checkIns.length === 0 ? (
                <p className="muted">{t('periods.noCheckIns')}</p>
              ) : (
                period.checkIns.map((checkIn) => (
                  <div key={checkIn.week}>
                    <h4>{t('periods.checkIn', { week: checkIn.week, date: dates.long(checkIn.date) })}</h4>
                    <dl className="hp-answers">
                      {ANSWERS.map((key, i) => (
                        <div key={key}>
                          <dt>{questions[i]}</dt>
                          <dd>{checkIn[key] || <span className="muted">{t('checkIn.notAnswered')}</span>}</dd>
                        </div>
                      ))}
                    </dl>
                    {checkIn.score !== null ? (
                      <p>{t('checkIn.scoreValue', { score: checkIn.score })}</p>
                    ) : null}
                  </div>
                ))
              )}
              <p>
                <strong>{t('periods.decision', { date: dates.long(period.decision.date) })}</strong>
              </p>
              {period.decision.reason ? <p>{period.decision.reason}</p> : null}
            </section>
          ))}
          {canUndo ? (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                undo(experiment.id);
                setAnnouncement(t('periods.undone'));
              }}
            >
              {t('periods.undo')}
            </button>
          ) : null}
        </section>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
