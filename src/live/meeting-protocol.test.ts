import { describe, expect, it } from 'vitest';
import {
  MAX_ANSWER_CHARS,
  MAX_PROPOSAL_CHARS,
  MAX_PROPOSALS_PER_PHONE,
  parseAnyBoard,
  parseBallot,
  parseBoard,
  parseRoomBallot,
} from './protocol';

const step = {
  index: 1,
  count: 6,
  id: 'reflection',
  title: 'Individuel refleksion',
  activity: 'reflection',
  timer: { durationMs: 300_000, startedAt: 1_700_000_000_000, elapsedMs: 0 },
  questions: ['Hvornår har du tillid?', 'Hvad styrker den?'],
  speaker: null,
};

const meetingBoard = {
  seq: 3,
  kind: 'meeting',
  meetingId: 'm1',
  title: 'Tillid',
  sentAt: 1_700_000_000_500,
  step,
  finished: false,
  tables: [],
  proposals: { open: false, themes: ['tillid'] },
  vote: null,
};

const vote = {
  phase: 'open',
  on: 'proposals',
  dots: 3,
  maxPerItem: 2,
  items: [
    { id: 'p1', text: 'Stille formiddag' },
    { id: 'p2', text: 'Fælles kalender' },
  ],
};

describe('parseAnyBoard', () => {
  it('still reads a round’s board, which has no kind', () => {
    const round = { seq: 1, phase: 'open', roundId: 'r', label: '', themes: ['tillid'] };
    expect(parseAnyBoard(round)).toEqual(parseBoard(round));
    expect(parseAnyBoard(round)).not.toBeNull();
  });

  it('reads a meeting’s board with its step, countdown and questions', () => {
    expect(parseAnyBoard(meetingBoard)).toEqual(meetingBoard);
  });

  it('is not a round’s board, so a reader that knows only rounds refuses it', () => {
    expect(parseBoard(meetingBoard)).toBeNull();
  });

  it('keeps the questions only during a reflection, the speaker only in a speaker round', () => {
    const round = {
      ...meetingBoard,
      step: { ...step, activity: 'speakerRound', speaker: { index: 2, count: 12 } },
    };
    expect(parseAnyBoard(round)).toMatchObject({
      step: { questions: [], speaker: { index: 2, count: 12 } },
    });
    const reflection = { ...meetingBoard, step: { ...step, speaker: { index: 2, count: 12 } } };
    expect(parseAnyBoard(reflection)).toMatchObject({ step: { speaker: null } });
  });

  it.each([
    ['an unknown kind', { ...meetingBoard, kind: 'party' }],
    ['no meeting id', { ...meetingBoard, meetingId: '' }],
    ['no clock', { ...meetingBoard, sentAt: 'now' }],
    ['a step past the end', { ...meetingBoard, step: { ...step, index: 6 } }],
    ['an unknown activity', { ...meetingBoard, step: { ...step, activity: 'dance' } }],
  ])('refuses a meeting board with %s', (_name, value) => {
    expect(parseAnyBoard(value)).toBeNull();
  });

  it('reads no countdown from a timer that is not one', () => {
    const board = {
      ...meetingBoard,
      step: { ...step, timer: { durationMs: -1, startedAt: null, elapsedMs: 0 } },
    };
    expect(parseAnyBoard(board)).toMatchObject({ step: { timer: null } });
  });

  it('keeps known themes of tables and proposals, in the toolkit’s order', () => {
    const board = {
      ...meetingBoard,
      tables: [
        { number: 1, themeId: 'fordybelse' },
        { number: 2, themeId: 'ukendt' },
        { number: 0, themeId: 'tillid' },
      ],
      proposals: { open: true, themes: ['tillid', 'ukendt', 'fordybelse'] },
    };
    expect(parseAnyBoard(board)).toMatchObject({
      tables: [{ number: 1, themeId: 'fordybelse' }],
      proposals: { open: true, themes: ['fordybelse', 'tillid'] },
    });
  });

  it('reads an open vote without counts, even when a board sends some', () => {
    const board = parseAnyBoard({ ...meetingBoard, vote: { ...vote, counts: { p1: 4 } } });
    expect(board).toMatchObject({ vote: { phase: 'open', dots: 3, maxPerItem: 2 } });
    expect(board?.kind === 'meeting' && board.vote && 'counts' in board.vote).toBe(false);
  });

  it('reads a closed vote’s counts for its items only', () => {
    const board = parseAnyBoard({
      ...meetingBoard,
      vote: { ...vote, phase: 'closed', counts: { p1: 4, p9: 2 } },
    });
    expect(board).toMatchObject({ vote: { counts: { p1: 4, p2: 0 } } });
  });

  it.each([
    ['no dots', { ...vote, dots: 0 }],
    ['more dots than a phone can have', { ...vote, dots: 11 }],
    ['a limit above the dots', { ...vote, maxPerItem: 4 }],
    ['an item twice', { ...vote, items: [vote.items[0], vote.items[0]] }],
  ])('drops a vote with %s', (_name, value) => {
    expect(parseAnyBoard({ ...meetingBoard, vote: value })).toMatchObject({ vote: null });
  });

  it('reads a stop op board', () => {
    const board = {
      seq: 1,
      kind: 'stopOp',
      experimentId: 'e1',
      week: 2,
      themeId: 'fordybelse',
      title: 'Stille formiddag',
      phase: 'open',
    };
    expect(parseAnyBoard(board)).toEqual(board);
    expect(parseAnyBoard({ ...board, week: 3 })).toBeNull();
    expect(parseAnyBoard({ ...board, themeId: 'x' })).toMatchObject({ themeId: null });
  });

  it('reads an ended room of each kind, cuts its title, and refuses one of no known kind', () => {
    for (const of of ['round', 'meeting', 'stopOp']) {
      const ended = { seq: 9, kind: 'ended', of, title: 'Tillid' };
      expect(parseAnyBoard(ended)).toEqual(ended);
    }
    const long = 'x'.repeat(MAX_PROPOSAL_CHARS + 1);
    expect(parseAnyBoard({ seq: 9, kind: 'ended', of: 'round', title: long })).toMatchObject({
      title: long.slice(0, MAX_PROPOSAL_CHARS),
    });
    expect(parseAnyBoard({ seq: 9, kind: 'ended', of: 'meeting' })).toMatchObject({ title: '' });
    expect(parseAnyBoard({ seq: 9, kind: 'ended', of: 'party', title: '' })).toBeNull();
    expect(parseAnyBoard({ seq: -1, kind: 'ended', of: 'round', title: '' })).toBeNull();
    // A reader that knows only rounds does not take it for a round's board.
    expect(parseBoard({ seq: 9, kind: 'ended', of: 'round', title: '' })).toBeNull();
  });
});

const ballot = {
  seq: 2,
  kind: 'meeting',
  meetingId: 'm1',
  proposals: [{ id: 'a1', text: ' Stille formiddag ', themeId: 'fordybelse' }],
  dots: { p1: 2, p2: 1 },
};

describe('parseRoomBallot', () => {
  it('reads a meeting ballot: proposals trimmed, dots', () => {
    expect(parseRoomBallot(ballot)).toEqual({
      ...ballot,
      proposals: [{ id: 'a1', text: 'Stille formiddag', themeId: 'fordybelse' }],
    });
  });

  it('is not a round’s ballot, and a round’s ballot is not one of these', () => {
    expect(parseBallot(ballot)).toBeNull();
    expect(parseRoomBallot({ seq: 1, roundId: 'r', scores: {} })).toBeNull();
  });

  it('takes a proposal at the longest length and drops a longer or empty one', () => {
    const at = 'x'.repeat(MAX_PROPOSAL_CHARS);
    const parsed = parseRoomBallot({
      ...ballot,
      proposals: [
        { id: 'a1', text: at, themeId: null },
        { id: 'a2', text: `${at}y`, themeId: null },
        { id: 'a3', text: '   ', themeId: null },
      ],
    });
    expect(parsed?.kind === 'meeting' && parsed.proposals.map((p) => p.id)).toEqual(['a1']);
  });

  it('takes the most proposals a phone may send and refuses one more', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `a${i}`, text: `Forslag ${i}`, themeId: null }));
    expect(parseRoomBallot({ ...ballot, proposals: many(MAX_PROPOSALS_PER_PHONE) })).not.toBeNull();
    expect(parseRoomBallot({ ...ballot, proposals: many(MAX_PROPOSALS_PER_PHONE + 1) })).toBeNull();
  });

  it.each([
    ['a proposal id twice', { proposals: [ballot.proposals[0], ballot.proposals[0]] }],
    ['a proposal id with odd characters', { proposals: [{ id: 'a/1', text: 'x', themeId: null }] }],
    ['a negative dot', { dots: { p1: -1 } }],
    ['half a dot', { dots: { p1: 1.5 } }],
    ['more dots on one item than a phone can have', { dots: { p1: 11 } }],
    ['dots as a list', { dots: [1, 2] }],
    ['no meeting', { meetingId: undefined }],
  ])('refuses a meeting ballot with %s', (_name, change) => {
    expect(parseRoomBallot({ ...ballot, ...change })).toBeNull();
  });

  it('leaves out zero dots', () => {
    expect(parseRoomBallot({ ...ballot, dots: { p1: 0, p2: 1 } })).toMatchObject({ dots: { p2: 1 } });
  });

  const stopOp = {
    seq: 1,
    kind: 'stopOp',
    experimentId: 'e1',
    week: 4,
    learned: ' Ro virker ',
    continueWith: 'Stille tid',
    adjust: '',
    score: 4,
  };

  it('reads a stop op ballot', () => {
    expect(parseRoomBallot(stopOp)).toEqual({ ...stopOp, learned: 'Ro virker' });
    expect(parseRoomBallot({ ...stopOp, score: 6 })).toMatchObject({ score: null });
  });

  it('takes an answer at the longest length and refuses a longer one', () => {
    expect(parseRoomBallot({ ...stopOp, adjust: 'x'.repeat(MAX_ANSWER_CHARS) })).not.toBeNull();
    expect(parseRoomBallot({ ...stopOp, adjust: 'x'.repeat(MAX_ANSWER_CHARS + 1) })).toBeNull();
    expect(parseRoomBallot({ ...stopOp, week: 6 })).toBeNull();
  });
});
