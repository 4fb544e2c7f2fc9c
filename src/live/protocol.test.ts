import { parseBallot, parseBoard } from './protocol';

describe('parseBallot', () => {
  it('keeps scores 1–5 of known themes and drops everything else', () => {
    expect(
      parseBallot({
        seq: 1,
        roundId: 'r',
        scores: {
          tillid: 5,
          fordybelse: 0,
          fleksibilitet: 6,
          retfaerdighed: 2.5,
          ukendt: 3,
          tilgaengelighed: '4',
        },
        name: 'Hanne',
      }),
    ).toEqual({ seq: 1, roundId: 'r', scores: { tillid: 5 } });
  });

  it.each([
    ['no seq', { roundId: 'r', scores: {} }],
    ['a negative seq', { seq: -1, roundId: 'r', scores: {} }],
    ['no round', { seq: 1, scores: {} }],
    ['scores as a list', { seq: 1, roundId: 'r', scores: [5] }],
    ['null', null],
    ['a string', 'ballot'],
  ])('refuses a ballot with %s', (_name, value) => {
    expect(parseBallot(value)).toBeNull();
  });

  it.each([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
  ])('takes score %i: %s', (score, kept) => {
    const ballot = parseBallot({ seq: 1, roundId: 'r', scores: { tillid: score } });
    expect(ballot?.scores.tillid !== undefined).toBe(kept);
  });
});

describe('parseBoard', () => {
  const board = {
    seq: 2,
    phase: 'open',
    roundId: 'r',
    label: 'Før',
    themes: ['tillid', 'sammenhaengskraft', 'x'],
  };

  it('puts the themes in the toolkit’s order and drops unknown ones', () => {
    expect(parseBoard(board)?.themes).toEqual(['sammenhaengskraft', 'tillid']);
  });

  it('drops a distribution unless the round is revealed', () => {
    const distribution = { tillid: [1, 2, 3, 4, 5] };
    expect(parseBoard({ ...board, distribution })?.distribution).toBeUndefined();
    expect(parseBoard({ ...board, phase: 'revealed', distribution })?.distribution).toEqual(distribution);
  });

  it('drops a malformed count list', () => {
    const distribution = { tillid: [1, 2, 3, 4], sammenhaengskraft: [1, 2, 3, 4, -5] };
    expect(parseBoard({ ...board, phase: 'revealed', distribution })?.distribution).toEqual({});
  });

  it.each([
    ['an unknown phase', { ...board, phase: 'paused' }],
    ['themes that are not a list', { ...board, themes: 'tillid' }],
    ['no round', { ...board, roundId: '' }],
  ])('refuses a board with %s', (_name, value) => {
    expect(parseBoard(value)).toBeNull();
  });
});
