import type { Score } from '@/content/ids';
import type { CheckInWeek } from '@/content/ids';
import type { CheckIn, Experiment, PhoneCheckInAnswer } from './entities/experiment';

/** The three questions' keys, in the toolkit's order. */
export const CHECK_IN_QUESTIONS = ['learned', 'continueWith', 'adjust'] as const;
export type CheckInQuestion = (typeof CHECK_IN_QUESTIONS)[number];

/**
 * Each question's answers from phones as a list of its own, blank ones left out and sorted by their
 * words, so neither the order of arrival nor a place in the list ties an answer to a phone or to that
 * phone's other answers.
 */
export function phoneAnswerLists(checkIn: Pick<CheckIn, 'phoneAnswers'>): Record<CheckInQuestion, string[]> {
  const answers = checkIn.phoneAnswers ?? [];
  const list = (key: CheckInQuestion) =>
    answers
      .map((answer) => answer[key].trim())
      .filter((text) => text.length > 0)
      .sort((a, b) => a.localeCompare(b, 'da'));
  return { learned: list('learned'), continueWith: list('continueWith'), adjust: list('adjust') };
}

/** The phones' re-scores as one score: the median, a half rounded up; null when no phone re-scored. */
export function phoneScore(checkIn: Pick<CheckIn, 'phoneAnswers'>): { score: Score; n: number } | null {
  const scores = (checkIn.phoneAnswers ?? [])
    .map((answer) => answer.score)
    .filter((score): score is Score => score !== null)
    .sort((a, b) => a - b);
  if (scores.length === 0) return null;
  const middle = scores.length / 2;
  const median =
    scores.length % 2 === 1 ? scores[Math.floor(middle)]! : (scores[middle - 1]! + scores[middle]!) / 2;
  return { score: Math.round(median) as Score, n: scores.length };
}

/** The check-in's re-score for the before/after line: the one typed in, else the phones' median. */
export function checkInScore(checkIn: Pick<CheckIn, 'score' | 'phoneAnswers'>): Score | null {
  return checkIn.score ?? phoneScore(checkIn)?.score ?? null;
}

const sameAnswer = (a: PhoneCheckInAnswer, b: PhoneCheckInAnswer) =>
  a.learned === b.learned &&
  a.continueWith === b.continueWith &&
  a.adjust === b.adjust &&
  a.score === b.score;

/**
 * The experiment with one phone's answer in the check-in of `week`: replacing that phone's earlier
 * answer (same id), and making the check-in (dated `date`, nothing typed yet) when there is none.
 * An empty answer (no words, no score) changes nothing; an unchanged one returns the same object.
 */
export function withPhoneAnswer(
  experiment: Experiment,
  week: CheckInWeek,
  answer: PhoneCheckInAnswer,
  date: string,
  recordedAt: string,
): Experiment {
  const clean: PhoneCheckInAnswer = {
    id: answer.id,
    learned: answer.learned.trim(),
    continueWith: answer.continueWith.trim(),
    adjust: answer.adjust.trim(),
    score: answer.score,
  };
  if (!clean.learned && !clean.continueWith && !clean.adjust && clean.score === null) return experiment;
  const existing = experiment.checkIns.find((c) => c.week === week);
  const earlier = existing?.phoneAnswers?.find((a) => a.id === clean.id);
  if (earlier && sameAnswer(earlier, clean)) return experiment;
  const base: CheckIn = existing ?? {
    week,
    date,
    learned: '',
    continueWith: '',
    adjust: '',
    score: null,
    recordedAt,
  };
  const others = (base.phoneAnswers ?? []).filter((a) => a.id !== clean.id);
  const checkIn: CheckIn = { ...base, phoneAnswers: [...others, clean] };
  const checkIns = [...experiment.checkIns.filter((c) => c.week !== week), checkIn].sort(
    (a, b) => a.week - b.week,
  );
  return { ...experiment, checkIns };
}
