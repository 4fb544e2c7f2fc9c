import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import type { Experiment } from '@/domain/entities/experiment';
import { clock } from '@/lib/clock';
import { downloadText } from '@/lib/download';

/** Download the check-ins and the decision as an .ics file; the calendar library loads on click. */
export function CalendarButton({ experiment, teamName }: { experiment: Experiment; teamName: string }) {
  const { t } = useTranslation('handleplan');
  const toolkit = useToolkit();
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  async function download() {
    try {
      const { buildExperimentCalendar } = await import('@/export/calendar');
      const columns = toolkit.handleplan.columns;
      const name = experiment.hvad || t('plan.untitled');
      const lines = [
        [columns.hvad, experiment.hvad],
        [columns.hvorfor, experiment.hvorfor],
        [columns.hvordan, experiment.hvordan],
        [columns.hvem, experiment.hvem],
        [t('calendar.team'), teamName],
      ]
        .filter(([, value]) => value?.trim())
        .map(([label, value]) => t('calendar.line', { label, value }));
      const source = buildExperimentCalendar(
        experiment,
        {
          calendarName: t('calendar.name'),
          titles: {
            checkIn2: t('calendar.title', { stop: t('stops.checkIn2'), name }),
            checkIn4: t('calendar.title', { stop: t('stops.checkIn4'), name }),
            decision: t('calendar.title', { stop: t('stops.decision'), name }),
          },
          questions: toolkit.sixWeeks.questions,
          decisionQuestion: t('calendar.decisionQuestion'),
          experimentLines: lines,
        },
        clock.now(),
      );
      downloadText(
        `${t('calendar.fileName')}-${experiment.startDate}.ics`,
        source,
        'text/calendar;charset=utf-8',
      );
      setMessage({ text: t('calendar.downloaded'), failed: false });
    } catch {
      setMessage({ text: t('calendar.failed'), failed: true });
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void download()}>
        {t('calendar.download')}
      </button>
      <p className={message?.failed ? 'field-error' : 'visually-hidden'} aria-live="polite">
        {message?.text}
      </p>
    </>
  );
}
