import { useTranslation } from 'react-i18next';
import type { ToolkitText } from '@/content/types';
import type { Meeting, MeetingRun } from '@/domain/entities/meeting';
import type { RunStep } from '@/domain/meeting-run';
import { useWorkspace } from '@/state/workspace-store';

interface StepsNavProps {
  meeting: Meeting;
  run: MeetingRun;
  steps: readonly RunStep[];
  toolkit: ToolkitText;
}

/** All steps, the current one marked, each a button to jump to it. */
export function StepsNav({ meeting, run, steps, toolkit }: StepsNavProps) {
  const { t } = useTranslation('meetingRun');
  const { t: tc } = useTranslation();
  const goToStep = useWorkspace((s) => s.goToStep);
  const finished = run.finishedAt !== null;
  return (
    <nav className="steps-nav" aria-label={t('runner.stepsNav')}>
      <h3>{t('runner.stepsNav')}</h3>
      <ol>
        {steps.map((step, index) => {
          const title = toolkit.runbooks[meeting.runbookId].steps[step.id]?.title ?? step.id;
          const here = index === run.stepIndex;
          return (
            <li key={step.id}>
              <button
                type="button"
                className={here ? 'steps-nav-item is-current' : 'steps-nav-item'}
                aria-current={here ? 'step' : undefined}
                disabled={finished}
                onClick={() => goToStep(meeting.id, index)}
              >
                <span className="steps-nav-number">{index + 1}</span>
                <span className="steps-nav-title">{title}</span>
                <span className="steps-nav-minutes">
                  {tc('minutesShort', { count: Math.round(step.durationMs / 60_000) })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
