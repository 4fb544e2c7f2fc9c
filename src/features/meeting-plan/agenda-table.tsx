import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunbookText } from '@/content/types';
import type { Agenda, AgendaItem } from '@/domain/agenda';
import { PLAN_LIMITS } from '@/domain/meeting-plan';
import { parseWholeNumber } from '@/domain/whole-number';
import { minutesText } from './meeting-text';

interface AgendaTableProps {
  agenda: Agenda;
  runbook: RunbookText;
  /** A step's new length in minutes, or null to go back to the toolkit's length. */
  onStepMinutes: (stepId: string, minutes: number | null) => void;
}

/** The timed agenda: each step's clock time, the toolkit's length and an editable length in minutes. */
export function AgendaTable({ agenda, runbook, onStepMinutes }: AgendaTableProps) {
  const { t } = useTranslation('meeting');
  return (
    <div className="agenda-table-wrap">
      <table className="agenda-table">
        <caption className="visually-hidden">{t('agenda.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agenda.time')}</th>
            <th scope="col">{t('agenda.step')}</th>
            <th scope="col">{t('agenda.minutes')}</th>
          </tr>
        </thead>
        <tbody>
          {agenda.items.map((item) => (
            <AgendaRow
              key={item.step.id}
              item={item}
              title={runbook.steps[item.step.id]?.title ?? ''}
              durationLabel={runbook.steps[item.step.id]?.durationLabel}
              onStepMinutes={onStepMinutes}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              {agenda.startTime}–{agenda.endTime}
            </th>
            <td>{t('agenda.total')}</td>
            <td className="agenda-total">{minutesText(agenda.totalMinutes, t)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function AgendaRow({
  item,
  title,
  durationLabel,
  onStepMinutes,
}: {
  item: AgendaItem;
  title: string;
  durationLabel: string | undefined;
  onStepMinutes: AgendaTableProps['onStepMinutes'];
}) {
  const { t } = useTranslation('meeting');
  const number = item.step.number;
  const [text, setText] = useState(String(item.minutes));
  const [shown, setShown] = useState(item.minutes);
  // Follow changes made elsewhere (an advice taken, the toolkit's time restored, more participants),
  // but keep what the user is typing while it is not a valid number.
  if (item.minutes !== shown) {
    setShown(item.minutes);
    setText(String(item.minutes));
  }
  const { min, max } = PLAN_LIMITS.stepMinutes;
  const invalid = parseWholeNumber(text, min, max) === null;
  const errorId = `step-${item.step.id}-error`;

  return (
    <tr className={item.edited ? 'agenda-row-edited' : undefined}>
      <th scope="row" className="agenda-time">
        {item.start}–{item.end}
      </th>
      <td>
        <span className="agenda-step-title">
          {number}. {title}
        </span>
        <span className="agenda-step-rule">
          {durationLabel ? `${t('agenda.toolkit')}: ${durationLabel}` : t('agenda.noToolkitLength')}
        </span>
        {item.edited ? (
          <span className="agenda-step-rule">
            {t('agenda.edited', { count: item.defaultMinutes })}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t('agenda.resetLabel', { number, title })}
              onClick={() => onStepMinutes(item.step.id, null)}
            >
              {t('agenda.reset')}
            </button>
          </span>
        ) : null}
      </td>
      <td>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="agenda-minutes"
          aria-label={t('agenda.stepMinutesLabel', { number, title })}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? errorId : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const minutes = parseWholeNumber(event.target.value, min, max);
            if (minutes !== null)
              onStepMinutes(item.step.id, minutes === item.defaultMinutes ? null : minutes);
          }}
        />
        {invalid ? (
          <p id={errorId} className="field-error agenda-step-error">
            {t('form.errors.stepRange')}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
