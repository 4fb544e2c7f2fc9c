import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useToolkit } from '@/components/use-toolkit';
import type { Experiment } from '@/domain/entities/experiment';
import { experimentStatus, nextStop } from '@/domain/experiment-status';
import { todayIso } from '@/lib/clock';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { StatusBadge, StopStateBadge } from './status-badge';
import { useDates } from '@/components/use-dates';

const TEXT_COLUMNS = ['hvad', 'hvorfor', 'hvordan', 'hvem'] as const;

/** The toolkit's handleplan as a table, one row per experiment, its text cells edited in place. */
export function PlanTable({ teamName, experiments }: { teamName: string; experiments: Experiment[] }) {
  const { t } = useTranslation('handleplan');
  const toolkit = useToolkit();
  const columns = toolkit.handleplan.columns;
  return (
    <div className="hp-table-wrap">
      <table className="hp-table">
        <caption className="visually-hidden">{t('plan.tableCaption', { team: teamName })}</caption>
        <thead>
          <tr>
            {TEXT_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {columns[column]}
              </th>
            ))}
            <th scope="col">{columns.justeringer}</th>
            <th scope="col">{columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {experiments.map((experiment, index) => (
            <PlanRow key={experiment.id} experiment={experiment} number={index + 1} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PlanRow({ experiment, number }: { experiment: Experiment; number: number }) {
  const { t } = useTranslation('handleplan');
  const { t: tc } = useTranslation();
  const columns = useToolkit().handleplan.columns;
  const dates = useDates();
  const update = useWorkspace((s) => s.updateExperiment);
  const remove = useWorkspace((s) => s.deleteExperiment);
  const meeting = useWorkspace((s) => s.meetings.find((m) => m.id === experiment.meetingId));
  const today = todayIso();
  const stop = nextStop(experiment, today);

  function onDelete() {
    const restore = remove(experiment.id);
    useUndo.getState().offerUndo(t('plan.deleted', { name: experiment.hvad || t('plan.untitled') }), restore);
  }

  return (
    <tr>
      {TEXT_COLUMNS.map((column) => (
        <td key={column} data-label={columns[column]}>
          <textarea
            className="hp-cell-input"
            aria-label={t('plan.rowLabel', { column: columns[column], number })}
            value={experiment[column]}
            maxLength={column === 'hvem' ? 500 : column === 'hvad' ? 2000 : 5000}
            rows={4}
            onChange={(event) => update(experiment.id, { [column]: event.target.value })}
          />
          {column === 'hvad' ? (
            <p className="hp-row-meta">
              {experiment.themeIds.map((theme) => tc(`themeNames.${theme}`)).join(', ')}
              {experiment.themeIds.length > 0 ? <br /> : null}
              {meeting ? (
                <Link href={`/moede/${meeting.id}`}>
                  {t('plan.meetingOn', { date: dates.short(meeting.date) })}
                </Link>
              ) : (
                t('plan.noMeeting')
              )}
            </p>
          ) : null}
        </td>
      ))}
      <td data-label={columns.justeringer}>
        {experiment.adjustments.length === 0 ? (
          <span className="muted">{t('plan.noAdjustments')}</span>
        ) : (
          <ul className="hp-adjust-list">
            {experiment.adjustments.map((adjustment, i) => (
              <li key={i}>
                <strong>{dates.short(adjustment.date)}:</strong> {adjustment.text}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td data-label={columns.status}>
        <StatusBadge status={experimentStatus(experiment, today)} />
        {stop ? (
          <p className="hp-row-meta">
            {t(`next.${stop.kind}`, { week: stop.isoWeek })} <StopStateBadge state={stop.state} />
          </p>
        ) : null}
        <div className="hp-row-actions">
          <Link className="button button-small" href={`/handleplan/forsoeg/${experiment.id}`}>
            {t('plan.open', { number })}
          </Link>
          <button type="button" className="button button-small button-danger" onClick={onDelete}>
            {t('plan.delete', { number })}
          </button>
        </div>
      </td>
    </tr>
  );
}
