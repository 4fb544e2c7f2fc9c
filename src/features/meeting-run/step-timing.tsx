import { useTranslation } from 'react-i18next';
import type { RunStep } from '@/domain/meeting-run';
import { splitMinutes } from './format';

interface StepTimingProps {
  /** The toolkit's own words for the step's length, e.g. "Max to minutter pr. deltager". */
  rule: string | undefined;
  timing: RunStep;
  speakerKind: 'participant' | 'group';
  className?: string;
}

/**
 * The toolkit's rule and the meeting's plan side by side, so a round shortened to one minute each
 * never stands under "Max to minutter pr. deltager" as if that were what the clock counts.
 */
export function StepTiming({ rule, timing, speakerKind, className = 'step-timing' }: StepTimingProps) {
  const { t } = useTranslation('meetingRun');
  const duration = (ms: number) => {
    const { minutes, seconds } = splitMinutes(ms);
    return seconds === 0
      ? t('duration.minutes', { minutes })
      : t('duration.minutesSeconds', { minutes, seconds });
  };
  const plan = timing.speakers
    ? t(`timing.plan.${speakerKind}`, {
        slot: duration(timing.speakers.slotMs),
        total: duration(timing.durationMs),
      })
    : t('timing.plan.step', { total: duration(timing.durationMs) });
  return (
    <p className={className}>
      {rule ? <span className="step-timing-rule">{t('timing.rule', { rule })}</span> : null}
      <span className="step-timing-plan">{plan}</span>
    </p>
  );
}
