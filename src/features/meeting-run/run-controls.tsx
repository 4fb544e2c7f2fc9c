import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingRun } from '@/domain/entities/meeting';
import { isLastSpeaker } from '@/domain/speaker-round';
import { isRunning } from '@/domain/timer';
import { useWorkspace } from '@/state/workspace-store';

interface RunControlsProps {
  meeting: Meeting;
  run: MeetingRun;
  stepCount: number;
  speakerKind: 'participant' | 'group';
}

/** Start/pause, +1 minute, next speaker and the moves between steps, as real buttons. */
export function RunControls({ meeting, run, stepCount, speakerKind }: RunControlsProps) {
  const { t } = useTranslation('meetingRun');
  const actions = useWorkspace.getState();
  const soundId = useId();
  const id = meeting.id;
  const last = run.stepIndex >= stepCount - 1;
  const toggleLabel = isRunning(run.timer)
    ? t('timer.pause')
    : run.timer.elapsedMs > 0
      ? t('timer.resume')
      : t('timer.start');
  return (
    <div className="run-controls">
      <div className="run-controls-row">
        <button type="button" className="button run-toggle" onClick={() => actions.toggleTimer(id)}>
          {toggleLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={() => actions.addMinute(id)}>
          {t('timer.addMinute')}
        </button>
      </div>
      {run.speakers ? (
        <button
          type="button"
          className="button run-next-speaker"
          disabled={isLastSpeaker(run.speakers)}
          onClick={() => actions.nextSpeaker(id)}
        >
          {speakerKind === 'group' ? t('speakers.nextGroup') : t('speakers.nextParticipant')}
        </button>
      ) : null}
      <div className="run-controls-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={run.stepIndex === 0}
          onClick={() => actions.previousStep(id)}
        >
          <span aria-hidden="true">← </span>
          {t('runner.previous')}
        </button>
        {last ? (
          <button type="button" className="button" onClick={() => actions.finishMeeting(id)}>
            {t('runner.finish')}
          </button>
        ) : (
          <>
            <button type="button" className="button button-secondary" onClick={() => actions.skipStep(id)}>
              {t('runner.skip')}
            </button>
            <button type="button" className="button" onClick={() => actions.nextStep(id)}>
              {t('runner.next')}
              <span aria-hidden="true"> →</span>
            </button>
          </>
        )}
      </div>
      <div className="run-sound">
        <input
          id={soundId}
          type="checkbox"
          checked={run.sound}
          onChange={(event) => actions.setSound(id, event.target.checked)}
        />
        <label htmlFor={soundId}>{t('timer.sound')}</label>
      </div>
    </div>
  );
}
