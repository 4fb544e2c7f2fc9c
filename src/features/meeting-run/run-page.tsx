import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { isSpeakerUp } from '@/domain/speaker-round';
import { isUp } from '@/domain/timer';
import { useWorkspace } from '@/state/workspace-store';
import { MeetingNotFound } from './meeting-not-found';
import { PhonesPanel } from './phones-panel';
import { PresenterButtons } from './presenter-buttons';
import { ProposalCapture } from './proposal-capture';
import { RunControls } from './run-controls';
import { RunStart } from './run-start';
import { StepContent } from './step-content';
import { StepNotes } from './step-notes';
import { StepsNav } from './steps-nav';
import { StepTiming } from './step-timing';
import { TimerPanel } from './timer-panel';
import { useMeetingName, useMeetingRun } from './use-meeting-run';
import { toggleFullscreen, useRunKeys } from './use-run-keys';
import { useTimeUpCue } from './use-time-up-cue';
import { useWakeLock } from './use-wake-lock';
import './meeting-run.css';

export default function RunPage() {
  const { t } = useTranslation('meetingRun');
  const { meetingId = '' } = useParams<{ meetingId: string }>();
  const { meeting, run, steps, current, now, toolkit } = useMeetingRun(meetingId);
  const name = useMeetingName(meeting);
  const [announcement, setAnnouncement] = useState('');
  const active = run !== null && run.finishedAt === null;
  const wakeLock = useWakeLock(active);

  const actions = useWorkspace.getState();
  useRunKeys(active, {
    toggle: () => actions.toggleTimer(meetingId),
    next: () => actions.nextStep(meetingId),
    previous: () => actions.previousStep(meetingId),
    nextSpeaker: () => actions.nextSpeaker(meetingId),
    fullscreen: toggleFullscreen,
  });

  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const stepKey = `${run?.stepIndex ?? -1}`;
  useTimeUpCue(run ? isUp(run.timer, now) : false, stepKey, run?.sound ?? false, () =>
    announce(t('timer.timeUp')),
  );
  useTimeUpCue(
    run?.speakers ? isSpeakerUp(run.speakers, now) : false,
    `${stepKey}:${run?.speakers?.index ?? -1}`,
    run?.sound ?? false,
    () => announce(t('timer.timeUp')),
  );

  const stepIndex = run?.stepIndex;
  const firstStep = useRef(stepIndex);
  const stepTitle = current?.text.title ?? '';
  useEffect(() => {
    if (stepIndex === undefined || stepIndex === firstStep.current) return;
    firstStep.current = stepIndex;
    announce(t('runner.stepAnnouncement', { number: stepIndex + 1, title: stepTitle }));
  }, [stepIndex, stepTitle, announce, t]);

  if (!meeting) return <MeetingNotFound />;
  const speakerKind = meeting.runbookId === 'dialogmoede' ? 'group' : 'participant';

  return (
    <Page title={t('runner.title')} kicker={name} actions={<PresenterButtons meetingId={meeting.id} />}>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {!run || !current ? (
        <RunStart meeting={meeting} steps={steps} toolkit={toolkit} />
      ) : (
        <>
          {run.finishedAt !== null ? (
            <div className="notice notice-success run-finished">
              <p>{t('runner.finished')}</p>
              <p className="run-finished-actions">
                <Link href={`/moede/${meeting.id}/opsummering`} className="button">
                  {t('runner.toSummary')}
                </Link>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => actions.reopenMeeting(meeting.id)}
                >
                  {t('runner.reopen')}
                </button>
              </p>
            </div>
          ) : null}
          <div className="run-layout">
            <header className="run-head">
              <p className="run-step-of">
                {t('runner.stepOf', { number: current.index + 1, count: steps.length })}
              </p>
              <h2 className="run-step-title">{current.text.title}</h2>
              <StepTiming
                rule={current.text.durationLabel}
                timing={current.timing}
                speakerKind={speakerKind}
              />
            </header>
            <aside className="run-side" aria-label={t('runner.controls')}>
              <TimerPanel run={run} now={now} speakerKind={speakerKind} />
              {run.finishedAt === null ? (
                <RunControls meeting={meeting} run={run} stepCount={steps.length} speakerKind={speakerKind} />
              ) : null}
              <p className="muted run-keys">{t('runner.keyboardHint')}</p>
              {wakeLock ? <p className="muted">{t('wakeLock.on')}</p> : null}
            </aside>
            <section className="run-content" aria-label={t('runner.content')}>
              <StepContent meeting={meeting} step={current.structure} text={current.text} toolkit={toolkit} />
            </section>
            <div className="run-work">
              {current.structure.capturesProposals ? (
                <ProposalCapture meeting={meeting} onAnnounce={announce} />
              ) : null}
              <StepNotes meeting={meeting} stepId={current.structure.id} />
              <StepsNav meeting={meeting} run={run} steps={steps} toolkit={toolkit} />
            </div>
          </div>
        </>
      )}
      <PhonesPanel meeting={meeting} title={name} />
    </Page>
  );
}
