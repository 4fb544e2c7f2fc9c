import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { usePresentingBody } from '@/components/use-presenting-body';
import type { ThemeId } from '@/content/ids';
import { isSpeakerUp } from '@/domain/speaker-round';
import { tableProcessSteps } from '@/domain/table-process';
import { isUp } from '@/domain/timer';
import { useWorkspace } from '@/state/workspace-store';
import { MeetingNotFound } from './meeting-not-found';
import { PresenterPager } from './presenter-pager';
import { PresenterPhones } from './presenter-phones';
import { StepContent } from './step-content';
import { StepTiming } from './step-timing';
import { TableProcess } from './table-process';
import { TimerPanel } from './timer-panel';
import { useMeetingName, useMeetingRun } from './use-meeting-run';
import { overflows, usePresenterFit, useViewportSize } from './use-presenter-fit';
import { toggleFullscreen, useRunKeys } from './use-run-keys';
import { useTimeUpCue } from './use-time-up-cue';
import { useWakeLock } from './use-wake-lock';
import './meeting-run.css';

/** A table on the projector: the whole table (`steps` null) or some steps of its process. */
interface TableItem {
  themeId: ThemeId;
  number: number;
  steps: number[] | null;
}

/** The meeting's proposals in the order the board ranks them. */
function useMeetingProposals(meetingId: string) {
  const all = useWorkspace((s) => s.proposals);
  return useMemo(
    () => all.filter((p) => p.meetingId === meetingId).sort((a, b) => a.rank - b.rank),
    [all, meetingId],
  );
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
  // Above the step, the meeting's kind without its list of themes: on a small screen six themes
  // took four lines from the step, and the tables and the groups name their themes themselves.
  const shortName = useMeetingName(meeting, { withThemes: false });
  const [announcement, setAnnouncement] = useState('');
  const fullscreen = useIsFullscreen();
  // A second window opened from the controls stays quiet; the controls' window plays the sound.
  const secondWindow = typeof window !== 'undefined' && window.opener !== null;
  const active = run !== null && run.finishedAt === null;
  usePresentingBody();
  useWakeLock(active);

  const proposals = useMeetingProposals(meetingId);
  const showTables = current?.structure.activity === 'groupWork' && (meeting?.themeIds.length ?? 0) > 0;
  const showProposals = Boolean(current?.structure.capturesProposals) && proposals.length > 0;
  const page = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLElement>(null);
  const timer = useRef<HTMLElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const boxes = useMemo(() => [content, timer], []);
  // Time up adds a line under the clock: measured again then.
  const up = run ? `${isUp(run.timer, now)}|${run.speakers ? isSpeakerUp(run.speakers, now) : ''}` : '';
  const contentKey = `${run?.stepIndex ?? -1}|${current?.text.title ?? ''}|${proposals.map((p) => p.text).join('|')}|${up}`;
  // On a screen too small for the step at the floor with one table or one proposal a page (an old
  // 1024×768 or 800×600 projector, half a screen), the view gives way in steps: first the step's
  // own words (under the clock at the tables) are left off the projector; the facilitator's screen
  // has them, and the tables, the proposals and the clock are what the room reads. Then each table
  // is shown a step of its process at a time. Tried again from the start for other content and on
  // another screen size.
  const fitKey = `${contentKey}|${useViewportSize()}`;
  const [givenWay, setGivenWay] = useState({ key: '', level: 0 });
  const given = (showTables || showProposals) && givenWay.key === fitKey ? givenWay.level : 0;
  const noteOff = given >= 1;
  const split = given >= 2;
  const tableItems = useMemo(
    () =>
      meeting && showTables
        ? meeting.themeIds.flatMap((themeId, index): TableItem[] => {
            const table = { themeId, number: index + 1 };
            return split
              ? tableProcessSteps(themeId).map((step) => ({ ...table, steps: [step.number] }))
              : [{ ...table, steps: null }];
          })
        : [],
    [meeting, showTables, split],
  );
  const itemCount = showTables ? tableItems.length : showProposals ? proposals.length : 0;
  const { perPage, probe } = usePresenterFit(page, boxes, list, itemCount, `${contentKey}|${given}`);
  useLayoutEffect(() => {
    // Once the fit is done: what still overflows takes the next step.
    if (probe !== null || given >= (showTables ? 2 : showProposals ? 1 : 0)) return undefined;
    if (!overflows(content.current) && !overflows(timer.current)) return undefined;
    // In the next frame: the fit's own passes may have used up React's limit of updates in a row.
    const frame = requestAnimationFrame(() => setGivenWay({ key: fitKey, level: given + 1 }));
    return () => cancelAnimationFrame(frame);
  }, [probe, showTables, showProposals, given, fitKey]);

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
        actions={
          // Before the start the room can already join: the QR code is up while people arrive.
          finished ? (
            toolbar
          ) : (
            <PresenterPhones meeting={meeting} title={name}>
              {toolbar}
            </PresenterPhones>
          )
        }
        className="presenter presenter-idle"
      >
        {finished ? <p className="presenter-lead">{t('presenter.finishedText')}</p> : null}
      </Page>
    );
  }

  const stepText = (
    <StepContent
      meeting={meeting}
      step={current.structure}
      text={current.text}
      toolkit={toolkit}
      level={2}
      tables={null}
    />
  );
  return (
    <Page
      title={current.text.title}
      kicker={`${t('runner.stepOf', { number: current.index + 1, count: steps.length })} · ${shortName}`}
      actions={
        <PresenterPhones meeting={meeting} title={name}>
          {toolbar}
        </PresenterPhones>
      }
      className="presenter"
    >
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <div className={run.speakers ? 'presenter-layout' : 'presenter-layout is-plain'} ref={page}>
        <section className="presenter-content" aria-label={t('runner.content')} ref={content}>
          <StepTiming
            rule={current.text.durationLabel}
            timing={current.timing}
            speakerKind={speakerKind}
            className="step-timing"
          />
          {showTables ? (
            <div ref={list} className="presenter-list">
              <PresenterPager
                kind="tables"
                as="div"
                className="presenter-tables"
                perPage={perPage}
                probe={probe}
                groups={meeting.themeIds.length}
                items={tableItems.map(({ themeId, number, steps }) => ({
                  key: `${themeId}|${steps?.join() ?? ''}`,
                  group: number,
                  node: (
                    <TableProcess
                      themeId={themeId}
                      number={number}
                      toolkit={toolkit}
                      level={2}
                      steps={steps}
                    />
                  ),
                }))}
              />
            </div>
          ) : noteOff ? null : (
            stepText
          )}
          {showProposals ? (
            <section className="presenter-proposals" aria-labelledby="presenter-proposals">
              <h2 id="presenter-proposals">{t('proposals.heading')}</h2>
              <div ref={list} className="presenter-list">
                <PresenterPager
                  kind="proposals"
                  as="ol"
                  className="presenter-proposal-list"
                  perPage={perPage}
                  probe={probe}
                  items={proposals.map((proposal) => ({ key: proposal.id, node: proposal.text }))}
                />
              </div>
            </section>
          ) : null}
        </section>
        <section className="presenter-timer" aria-label={t('timer.label')} ref={timer}>
          <TimerPanel run={run} now={now} speakerKind={speakerKind} />
          {/* At the tables the step's own instructions go under the clock, so the tables get the room. */}
          {showTables && !noteOff ? stepText : null}
        </section>
      </div>
    </Page>
  );
}
