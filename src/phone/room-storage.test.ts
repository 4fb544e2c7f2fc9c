import { afterEach, describe, expect, it } from 'vitest';
import { loadRoomAnswers, saveRoomAnswers, type KeptRoomAnswers } from './phone-storage';

const SID = 'room-1';
const KEY = `servicetjek:phone-room:${SID}`;

const kept: KeptRoomAnswers = {
  board: {
    seq: 3,
    kind: 'stopOp',
    experimentId: 'exp-1',
    week: 2,
    themeId: 'tillid',
    title: 'Fast mødedag',
    phase: 'open',
  },
  clockOffset: -1200,
  meeting: {
    meetingId: 'meeting-1',
    proposals: [{ id: 'p1', text: 'Fælles kalender', themeId: 'tillid' }],
    dots: { a: 2, b: 1 },
    voteKey: 'proposals:a,b',
    table: 2,
  },
  stopOp: {
    experimentId: 'exp-1',
    week: 2,
    learned: 'Det virker',
    continueWith: '',
    adjust: 'Mindre møder',
    score: 4,
    sent: true,
    editing: false,
  },
};

afterEach(() => localStorage.clear());

describe("the phone's kept meeting and stop op", () => {
  it('comes back as it was saved', () => {
    saveRoomAnswers(SID, kept);
    expect(loadRoomAnswers(SID)).toEqual(kept);
  });

  it('starts empty when nothing or something mangled was kept', () => {
    const empty = { board: null, clockOffset: 0, meeting: null, stopOp: null };
    expect(loadRoomAnswers(SID)).toEqual(empty);
    localStorage.setItem(KEY, '{not json');
    expect(loadRoomAnswers(SID)).toEqual(empty);
    localStorage.setItem(KEY, JSON.stringify([1, 2]));
    expect(loadRoomAnswers(SID)).toEqual(empty);
  });

  it("drops a round's board, dots the ballot would refuse and a score outside 1–5", () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        ...kept,
        board: { seq: 1, phase: 'open', roundId: 'r', label: '', themes: [] },
        meeting: { ...kept.meeting, dots: { a: 11 } },
        stopOp: { ...kept.stopOp, score: 6 },
      }),
    );
    const loaded = loadRoomAnswers(SID);
    expect(loaded.board).toBeNull();
    expect(loaded.meeting).toBeNull();
    expect(loaded.stopOp?.score).toBeNull();
    expect(loaded.stopOp?.learned).toBe('Det virker');
  });
});
