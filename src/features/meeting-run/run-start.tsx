import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ToolkitText } from '@/content/types';
import type { Meeting } from '@/domain/entities/meeting';
import type { RunStep } from '@/domain/meeting-run';
import { useWorkspace } from '@/state/workspace-store';

interface RunStartProps {
  meeting: Meeting;
  steps: readonly RunStep[];
  toolkit: ToolkitText;
}

/** Before the meeting: the agenda at a glance and the button that starts it. */
export function RunStart({ meeting, steps, toolkit }: RunStartProps) {
  const { t } = useTranslation('meetingRun');
  const { t: tc } = useTranslation();
  const startMeeting = useWorkspace((s) => s.startMeeting);
  return (
    <div className="run-start">
      <p className="lead">{t('runner.notStarted')}</p>
      <h2>{t('runner.agendaHeading')}</h2>
      <ol className="run-agenda">
        {steps.map((step) => (
          <li key={step.id}>
            <span>{toolkit.runbooks[meeting.runbookId].steps[step.id]?.title}</span>
            <span className="muted">
              {tc('minutesShort', { count: Math.round(step.durationMs / 60_000) })}
            </span>
          </li>
        ))}
      </ol>
      <p className="run-start-actions">
        <button type="button" className="button" onClick={() => startMeeting(meeting.id)}>
          {t('runner.start')}
        </button>
        <Link href={`/moede/${meeting.id}`}>{t('runner.plan')}</Link>
      </p>
    </div>
  );
}
