import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRun } from '@/domain/entities/meeting';
import { isLastSpeaker, isSpeakerUp, speakerRemainingMs } from '@/domain/speaker-round';
import { isRunning, isUp, remainingMs } from '@/domain/timer';
import { formatCountdown } from './format';

interface TimerPanelProps {
  run: MeetingRun;
  now: number;
  /** 'participant' in the single-theme rounds, 'group' in the dialogmøde's reports. */
  speakerKind: 'participant' | 'group';
}

interface CountdownProps {
  label: string;
  /** What the label becomes once the time has run out, e.g. "Over taletiden". */
  overLabel: string;
  ms: number;
  up: boolean;
  big?: boolean;
}

/** Time left while there is some; after that the overtime with a plus, so red never reads as time left. */
function Countdown({ label, overLabel, ms, up, big }: CountdownProps) {
  const { t } = useTranslation('meetingRun');
  const labelId = useId();
  const over = ms < 0;
  const time = over ? t('timer.overTime', { time: formatCountdown(ms) }) : formatCountdown(ms);
  // "+0:27 over": the word smaller beside the digits on the same line, in digits small enough for both.
  return (
    <div className={['countdown', big ? 'countdown-big' : '', up ? 'is-up' : ''].join(' ')}>
      <p id={labelId} className="countdown-label">
        {over ? overLabel : label}
      </p>
      <p
        role="timer"
        aria-labelledby={labelId}
        className={
          time.length > 6
            ? 'countdown-time countdown-time-longest'
            : time.length > 5 || over
              ? 'countdown-time countdown-time-long'
              : 'countdown-time'
        }
      >
        {time}
        {over ? <span className="countdown-over"> {t('timer.overWord')}</span> : null}
      </p>
      {up ? <p className="countdown-up">{t('timer.timeUp')}</p> : null}
    </div>
  );
}

/** The step's countdown and, in a round, who of how many is speaking and their time left. */
export function TimerPanel({ run, now, speakerKind }: TimerPanelProps) {
  const { t } = useTranslation('meetingRun');
  const { timer, speakers } = run;
  const state = isRunning(timer) ? 'running' : timer.elapsedMs > 0 ? 'paused' : 'ready';
  return (
    <div className="timer-panel">
      {speakers ? (
        <div className="speaker">
          <p className="speaker-who">
            {t(`speakers.${speakerKind}`, { index: speakers.index + 1, count: speakers.count })}
            {isLastSpeaker(speakers) && speakers.count > 1 ? (
              <span className="speaker-last"> · {t('speakers.lastOne')}</span>
            ) : null}
          </p>
          <Countdown
            big
            label={t('speakers.speakerTime')}
            overLabel={t('speakers.speakerOver')}
            ms={speakerRemainingMs(speakers, now)}
            up={isSpeakerUp(speakers, now)}
          />
        </div>
      ) : null}
      <Countdown
        big={!speakers}
        label={speakers ? t('speakers.roundTime') : t('timer.label')}
        overLabel={speakers ? t('speakers.roundOver') : t('timer.overLabel')}
        ms={remainingMs(timer, now)}
        up={isUp(timer, now)}
      />
      <p className={`timer-state timer-state-${state}`}>{t(`timer.${state}`)}</p>
    </div>
  );
}
