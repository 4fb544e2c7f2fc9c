import { describe, expect, it } from 'vitest';
import {
  createSpeakerRound,
  isLastSpeaker,
  isSpeakerUp,
  nextSpeaker,
  pauseSpeaker,
  resumeSpeaker,
  speakerRemainingMs,
} from './speaker-round';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

describe('speaker round', () => {
  it.each([
    [0, 1],
    [3.7, 3],
    [8, 8],
  ])('a round for %s speakers has %i of them, starting with the first', (count, expected) => {
    const round = createSpeakerRound(count, 2 * MIN);
    expect(round.count).toBe(expected);
    expect(round.index).toBe(0);
  });

  it('counts the speaker down from timestamps and says when the slot is used', () => {
    const round = resumeSpeaker(createSpeakerRound(4, 2 * MIN), T0);
    expect(speakerRemainingMs(round, T0 + 90_000)).toBe(30_000);
    expect(isSpeakerUp(round, T0 + 90_000)).toBe(false);
    expect(isSpeakerUp(round, T0 + 2 * MIN)).toBe(true);
  });

  it('next speaker gets a fresh slot that runs at once when the round runs', () => {
    const round = nextSpeaker(resumeSpeaker(createSpeakerRound(4, 2 * MIN), T0), T0 + 3 * MIN);
    expect(round.index).toBe(1);
    expect(speakerRemainingMs(round, T0 + 4 * MIN)).toBe(MIN);
  });

  it('next speaker while paused waits for the round to resume', () => {
    const round = nextSpeaker(createSpeakerRound(4, 2 * MIN), T0);
    expect(round.speakerStartedAt).toBeNull();
    expect(speakerRemainingMs(round, T0 + 10 * MIN)).toBe(2 * MIN);
  });

  it('pausing keeps what the speaker has used', () => {
    const round = pauseSpeaker(resumeSpeaker(createSpeakerRound(2, 2 * MIN), T0), T0 + 30_000);
    expect(speakerRemainingMs(round, T0 + 10 * MIN)).toBe(90_000);
  });

  it('stops at the last speaker', () => {
    let round = createSpeakerRound(2, MIN);
    round = nextSpeaker(round, T0);
    expect(isLastSpeaker(round)).toBe(true);
    expect(nextSpeaker(round, T0 + MIN)).toBe(round);
  });
});
