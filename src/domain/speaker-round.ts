import type { SpeakerRound } from './entities/meeting';

/** A round of `count` speakers (at least 1), each with `slotMs` (ms); nobody has started yet. */
export function createSpeakerRound(count: number, slotMs: number): SpeakerRound {
  return {
    count: Math.max(1, Math.floor(count)),
    index: 0,
    slotMs: Math.max(0, Math.round(slotMs)),
    speakerStartedAt: null,
    speakerElapsedMs: 0,
  };
}

/** Milliseconds the current speaker has had at `nowMs` (epoch ms); a clock going backwards adds nothing. */
export function speakerElapsedMs(round: SpeakerRound, nowMs: number): number {
  const running = round.speakerStartedAt === null ? 0 : Math.max(0, nowMs - round.speakerStartedAt);
  return round.speakerElapsedMs + running;
}

/** Milliseconds left of the current speaker's slot at `nowMs`; negative once it is used up. */
export function speakerRemainingMs(round: SpeakerRound, nowMs: number): number {
  return round.slotMs - speakerElapsedMs(round, nowMs);
}

/** True once the current speaker has used the whole slot (and has started). */
export function isSpeakerUp(round: SpeakerRound, nowMs: number): boolean {
  const spoken = speakerElapsedMs(round, nowMs);
  return spoken > 0 && spoken >= round.slotMs;
}

/** True when the current speaker is the round's last. */
export function isLastSpeaker(round: SpeakerRound): boolean {
  return round.index >= round.count - 1;
}

/** The speaker's clock runs from `nowMs` (epoch ms); unchanged when it already runs. */
export function resumeSpeaker(round: SpeakerRound, nowMs: number): SpeakerRound {
  return round.speakerStartedAt === null ? { ...round, speakerStartedAt: nowMs } : round;
}

/** The speaker's clock stops at `nowMs` (epoch ms), keeping the time spoken; unchanged when stopped. */
export function pauseSpeaker(round: SpeakerRound, nowMs: number): SpeakerRound {
  if (round.speakerStartedAt === null) return round;
  return { ...round, speakerStartedAt: null, speakerElapsedMs: speakerElapsedMs(round, nowMs) };
}

/**
 * Hand the word to the next speaker at `nowMs`: a fresh slot that runs when the round runs.
 * After the last speaker the round is returned as it is.
 */
export function nextSpeaker(round: SpeakerRound, nowMs: number): SpeakerRound {
  if (isLastSpeaker(round)) return round;
  return {
    ...round,
    index: round.index + 1,
    speakerElapsedMs: 0,
    speakerStartedAt: round.speakerStartedAt === null ? null : nowMs,
  };
}
