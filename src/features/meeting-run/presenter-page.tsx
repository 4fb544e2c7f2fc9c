import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { isUp } from '@/domain/timer';
import { useWorkspace } from '@/state/workspace-store';
import { MeetingNotFound } from './meeting-not-found';
import { StepContent } from './step-content';
import { TimerPanel } from './timer-panel';
import { useMeetingName, useMeetingRun } from './use-meeting-run';
import { toggleFullscreen, useRunKeys } from './use-run-keys';
import { useTimeUpCue } from './use-time-up-cue';
import { useWakeLock } from './use-wake-lock';
import './meeting-run.css';

/** The proposals said so far, so the room sees them written down. */
function PresenterProposals({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meetingRun');
  const all = useWorkspace((s) => s.proposals);
  const proposals = useMemo(
    () => all.filter((p) => p.meetingId === meetingId).sort((a, b) => a.rank - b.rank),
    [all, meetingId],
  );
  if (proposals.length === 0) return null;
  return (
    <section className="presenter-proposals" aria-labelledby="presenter-proposals">
      <h2 id="presenter-proposals">{t('proposals.heading')}</h2>
      <ol>
        {proposals.map((proposal) => (
          <li key={proposal.id}>{proposal.text}</li>
        ))}
      </ol>
    </section>
  );
}

/** Hides the app's header and footer while the projector view is on screen. */
function usePresentingBody() {
  useEffect(() => {
    document.body.classList.add('presenting');
    return () => document.body.classList.remove('presenting');
  }, []);
}

function useIsFullscreen(): boolean {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return full;
}

export default function PresenterPage() {
  const { t } = useTranslation('meetingRun');
  const { meetingId = '' } = useParams<{ meetingId: string }>();
  const { meeting, run, steps, current, now, toolkit } = useMeetingRun(meetingId);
  const name = useMeetingName(meeting);
  const [announcement, setAnnouncement] = useState('');
  const fullscreen = useIsFullscreen();
  // A second window opened from the controls stays quiet; the controls' window plays the sound.
  const secondWindow = typeof window !== 'undefined' && window.opener !== null;
  const active = run !== null && run.finishedAt === null;
  usePresentingBody();
  useWakeLock(active);

  const actions = useWorkspace.getState();
  useRunKeys(active, {
    toggle: () => actions.toggleTimer(meetingId),
    next: () => actions.nextStep(meetingId),
    previous: () => actions.previousStep(meetingId),
    nextSpeaker: () => actions.nextSpeaker(meetingId),
    fullscreen: toggleFullscreen,
  });
  useTimeUpCue(
    run ? isUp(run.timer, now) : false,
    `${run?.stepIndex ?? -1}`,
    Boolean(run?.sound) && !secondWindow,
    () => setAnnouncement(t('timer.timeUp')),
  );

  if (!meeting) return <MeetingNotFound />;
  const speakerKind = meeting.runbookId === 'dialogmoede' ? 'group' : 'participant';
  const toolbar = (
    <div className="presenter-toolbar">
      <button type="button" className="button button-secondary button-small" onClick={toggleFullscreen}>
        {fullscreen ? t('presenter.exitFullscreen') : t('presenter.fullscreen')}
      </button>
      {secondWindow ? null : (
        <Link href={`/moede/${meeting.id}/koer`} className="button button-secondary button-small">
          {t('presenter.backToRunner')}
        </Link>
      )}
    </div>
  );

  if (!run || !current || run.finishedAt !== null) {
    const finished = run?.finishedAt != null;
    return (
      <Page
        title={finished ? t('presenter.finished') : t('presenter.notStarted')}
        kicker={name}
        actions={toolbar}
        className="presenter presenter-idle"
      >
        {finished ? <p className="presenter-lead">{t('presenter.finishedText')}</p> : null}
      </Page>
    );
  }

  return (
    <Page
      title={current.text.title}
      kicker={`${t('runner.stepOf', { number: current.index + 1, count: steps.length })} · ${name}`}
      actions={toolbar}
      className="presenter"
    >
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <div className="presenter-layout">
        <section className="presenter-content" aria-label={t('runner.content')}>
          {current.text.durationLabel ? (
            <p className="presenter-duration">{current.text.durationLabel}</p>
          ) : null}
          <StepContent
            meeting={meeting}
            step={current.structure}
            text={current.text}
            toolkit={toolkit}
            level={2}
          />
          {current.structure.capturesProposals ? <PresenterProposals meetingId={meeting.id} /> : null}
        </section>
        <section className="presenter-timer" aria-label={t('timer.label')}>
          <TimerPanel run={run} now={now} speakerKind={speakerKind} />
        </section>
      </div>
    </Page>
  );
}
