import { useTranslation } from 'react-i18next';
import type { Agenda } from '@/domain/agenda';
import { isFarTooShort, type AdvicePatch, type AgendaAdvice } from '@/domain/agenda-advice';
import { minutesText } from './meeting-text';

interface AgendaFitProps {
  agenda: Agenda;
  availableMinutes: number;
  advice: readonly AgendaAdvice[];
  onApply: (patch: AdvicePatch) => void;
}

/** Says how long the meeting takes, whether it fits the time set aside, and what would make it fit. */
export function AgendaFit({ agenda, availableMinutes, advice, onApply }: AgendaFitProps) {
  const { t } = useTranslation('meeting');
  const summary = t('agenda.summary', { total: minutesText(agenda.totalMinutes, t), end: agenda.endTime });
  const available = minutesText(availableMinutes, t);

  let status: { className: string; text: string };
  if (availableMinutes <= 0) status = { className: 'notice', text: t('agenda.noAvailable') };
  else if (agenda.overrunMinutes > 0)
    status = {
      className: 'notice notice-warning',
      text: t('agenda.overrun', { overrun: minutesText(agenda.overrunMinutes, t), available }),
    };
  else status = { className: 'notice notice-success', text: t('agenda.fits', { available }) };

  return (
    <div className="agenda-fit">
      <div role="status" className="agenda-fit-status">
        <p className="agenda-summary">{summary}</p>
        <div className={status.className}>
          <p>{agenda.overrunMinutes > 0 ? <strong>{status.text}</strong> : status.text}</p>
        </div>
      </div>
      {advice.length > 0 ? (
        <section className="agenda-advice" aria-labelledby="agenda-advice-heading">
          <h3 id="agenda-advice-heading">{t('agenda.adviceHeading')}</h3>
          {isFarTooShort(agenda) ? (
            <p>{t('agenda.farTooShort', { overrun: minutesText(agenda.overrunMinutes, t) })}</p>
          ) : null}
          <ul>
            {advice.map((item) => {
              const text = adviceText(item, t);
              // The button says whose idea it takes, as the line does.
              const label = 'appIdea' in item ? `${t('agenda.appIdea')} ${text}` : text;
              return (
                <li key={item.kind}>
                  <span>
                    {'appIdea' in item ? (
                      <>
                        <strong className="agenda-app-idea">{t('agenda.appIdea')}</strong>{' '}
                      </>
                    ) : null}
                    {text}
                    {item.fits && item.kind !== 'moreTime' ? ` ${t('agenda.fitsAlone')}` : ''}
                  </span>
                  {'patch' in item ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('agenda.applyLabel', { advice: label })}
                      onClick={() => onApply(item.patch)}
                    >
                      {t('agenda.apply')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function adviceText(advice: AgendaAdvice, t: ReturnType<typeof useTranslation<'meeting'>>['t']): string {
  const saved = minutesText(advice.savedMinutes, t);
  switch (advice.kind) {
    case 'decisionB':
      return t('agenda.advice.decisionB', { saved });
    case 'fewerGroups':
      return t('agenda.advice.fewerGroups', { groups: advice.groups, perGroup: advice.perGroup, saved });
    case 'fewerThemes':
      return t('agenda.advice.fewerThemes', { themes: advice.themes, saved });
    case 'roundsInGroups':
      return t('agenda.advice.roundsInGroups', { groups: advice.groups, saved });
    case 'secondMeeting':
      return t('agenda.advice.secondMeeting', { perMeeting: advice.perMeeting, saved });
    case 'shorterWelcome':
      return t('agenda.advice.shorterWelcome', { minutes: minutesText(advice.minutes, t), saved });
    case 'moreTime':
      return t('agenda.advice.moreTime', { available: minutesText(advice.availableMinutes, t) });
  }
}
