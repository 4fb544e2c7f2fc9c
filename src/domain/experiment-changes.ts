import type { CheckInWeek } from '@/content/ids';
import type { Adjustment, CheckIn, Experiment, ExperimentDecision } from './entities/experiment';
import { checkInScore } from './live-check-in';

export type CheckInInput = Omit<CheckIn, 'recordedAt'>;

/**
 * The experiment with the check-in of `input.week` recorded (replacing an earlier entry for that
 * week), and a non-empty "Hvad skal vi justere?" answer logged as an adjustment dated with the
 * check-in, so it shows under "Justeringer – hvornår?" (not again when a re-recorded check-in keeps
 * the same answer). `recordedAt` is an ISO date-time.
 */
export function withCheckIn(experiment: Experiment, input: CheckInInput, recordedAt: string): Experiment {
  const checkIn: CheckIn = {
    ...input,
    learned: input.learned.trim(),
    continueWith: input.continueWith.trim(),
    adjust: input.adjust.trim(),
    recordedAt,
  };
  const previous = experiment.checkIns.find((c) => c.week === input.week);
  // Answers from phones stay with the check-in when the facilitator edits what was typed.
  if (!input.phoneAnswers && previous?.phoneAnswers) checkIn.phoneAnswers = previous.phoneAnswers;
  const checkIns = [...experiment.checkIns.filter((c) => c.week !== input.week), checkIn].sort(
    (a, b) => a.week - b.week,
  );
  return checkIn.adjust && checkIn.adjust !== previous?.adjust
    ? withAdjustment({ ...experiment, checkIns }, { date: checkIn.date, text: checkIn.adjust })
    : { ...experiment, checkIns };
}

/** The experiment with an adjustment added, log kept in date order; blank text changes nothing. */
export function withAdjustment(experiment: Experiment, adjustment: Adjustment): Experiment {
  const text = adjustment.text.trim();
  if (!text) return experiment;
  const adjustments = [...experiment.adjustments, { date: adjustment.date, text }].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  return { ...experiment, adjustments };
}

/** The experiment with its six-week decision; `null` takes a decision back. */
export function withDecision(experiment: Experiment, decision: ExperimentDecision | null): Experiment {
  return { ...experiment, decision: decision ? { ...decision, reason: decision.reason.trim() } : null };
}

/**
 * Points of the before/after line: the baseline, then each check-in's re-score (typed in, else the
 * phones' median), skipping blanks.
 */
export function scoreLine(experiment: Experiment): { at: 'before' | CheckInWeek; score: number }[] {
  const points: { at: 'before' | CheckInWeek; score: number }[] = [];
  if (experiment.baselineScore !== null) points.push({ at: 'before', score: experiment.baselineScore });
  for (const checkIn of experiment.checkIns) {
    const score = checkInScore(checkIn);
    if (score !== null) points.push({ at: checkIn.week, score });
  }
  return points;
}

/**
 * "Justeres og forlænges" on ISO date `date`: the current period (its start, check-ins and this
 * decision) is kept in `earlierPeriods`, and a new six-week period starts on `date` with its own
 * check-ins after 2 and 4 weeks and its own decision.
 */
export function withExtension(experiment: Experiment, reason: string, date: string): Experiment {
  return {
    ...experiment,
    earlierPeriods: [
      ...(experiment.earlierPeriods ?? []),
      {
        startDate: experiment.startDate,
        checkIns: experiment.checkIns,
        decision: { outcome: 'extend', reason: reason.trim(), date },
      },
    ],
    startDate: date,
    checkIns: [],
    decision: null,
  };
}

/**
 * Takes the last extension back while the new period has nothing recorded: the period before
 * becomes current again with its check-ins, undecided. Unchanged otherwise.
 */
export function withoutLastExtension(experiment: Experiment): Experiment {
  const earlier = experiment.earlierPeriods ?? [];
  const last = earlier.at(-1);
  if (!last || experiment.checkIns.length > 0 || experiment.decision !== null) return experiment;
  return {
    ...experiment,
    earlierPeriods: earlier.slice(0, -1),
    startDate: last.startDate,
    checkIns: last.checkIns,
    decision: null,
  };
}
