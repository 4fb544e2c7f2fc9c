import { describe, expect, it } from 'vitest';
import type { Experiment, PhoneCheckInAnswer } from './entities/experiment';
import { scoreLine, withCheckIn } from './experiment-changes';
import { checkInScore, phoneAnswerLists, phoneScore, withPhoneAnswer } from './live-check-in';
import { quietMorning } from '../../tests/experiment-fixture';

const base = quietMorning();

const answer = (id: string, changes: Partial<PhoneCheckInAnswer> = {}): PhoneCheckInAnswer => ({
  id,
  learned: '',
  continueWith: '',
  adjust: '',
  score: null,
  ...changes,
});

const add = (e: Experiment, a: PhoneCheckInAnswer, week: 2 | 4 = 2) =>
  withPhoneAnswer(e, week, a, '2026-11-16', '2026-11-16T09:00:00.000Z');

describe('withPhoneAnswer', () => {
  it('makes the check-in of the week when there is none, with nothing typed', () => {
    const next = add(base, answer('live-1', { learned: ' Ro hjælper ', score: 4 }));
    expect(next.checkIns).toEqual([
      {
        week: 2,
        date: '2026-11-16',
        learned: '',
        continueWith: '',
        adjust: '',
        score: null,
        recordedAt: '2026-11-16T09:00:00.000Z',
        phoneAnswers: [answer('live-1', { learned: 'Ro hjælper', score: 4 })],
      },
    ]);
  });

  it('replaces the same phone’s earlier answer and keeps the others', () => {
    let e = add(base, answer('live-1', { learned: 'A' }));
    e = add(e, answer('live-2', { learned: 'B' }));
    e = add(e, answer('live-1', { learned: 'C', score: 3 }));
    expect(e.checkIns[0]?.phoneAnswers).toEqual([
      answer('live-2', { learned: 'B' }),
      answer('live-1', { learned: 'C', score: 3 }),
    ]);
  });

  it('returns the same experiment for an unchanged or an empty answer', () => {
    const e = add(base, answer('live-1', { adjust: 'Kortere' }));
    expect(add(e, answer('live-1', { adjust: 'Kortere' }))).toBe(e);
    expect(add(base, answer('live-1', { learned: '   ' }))).toBe(base);
  });

  it('lands in the week asked for, beside what was typed, and keeps the order of weeks', () => {
    const typed = withCheckIn(
      base,
      { week: 4, date: '2026-11-30', learned: 'Skrevet', continueWith: '', adjust: '', score: 5 },
      '2026-11-30T10:00:00.000Z',
    );
    const e = add(add(typed, answer('live-1', { score: 2 }), 4), answer('live-1', { score: 1 }), 2);
    expect(e.checkIns.map((c) => [c.week, c.learned, c.score, c.phoneAnswers?.length])).toEqual([
      [2, '', null, 1],
      [4, 'Skrevet', 5, 1],
    ]);
  });

  it('survives the facilitator editing the typed answers afterwards', () => {
    const e = add(base, answer('live-1', { learned: 'Fra telefon' }));
    const edited = withCheckIn(
      e,
      { week: 2, date: '2026-11-16', learned: 'Skrevet', continueWith: '', adjust: '', score: null },
      '2026-11-16T10:00:00.000Z',
    );
    expect(edited.checkIns[0]?.phoneAnswers).toEqual([answer('live-1', { learned: 'Fra telefon' })]);
  });
});

describe('phoneAnswerLists', () => {
  it('lists each question’s answers apart, blanks left out, sorted by their words', () => {
    const lists = phoneAnswerLists({
      phoneAnswers: [
        answer('live-1', { learned: 'Øv mere', continueWith: 'Stille tid', adjust: '' }),
        answer('live-2', { learned: 'At ro virker', continueWith: '', adjust: 'Kortere møder' }),
        answer('live-3', { learned: 'Byt dag', continueWith: 'Fælles frokost' }),
      ],
    });
    expect(lists).toEqual({
      learned: ['At ro virker', 'Byt dag', 'Øv mere'],
      continueWith: ['Fælles frokost', 'Stille tid'],
      adjust: ['Kortere møder'],
    });
  });

  it('is empty without phone answers', () => {
    expect(phoneAnswerLists({})).toEqual({ learned: [], continueWith: [], adjust: [] });
  });
});

describe('phoneScore and the before/after line', () => {
  const scores = (...values: (1 | 2 | 3 | 4 | 5 | null)[]) => ({
    phoneAnswers: values.map((score, i) => answer(`live-${i}`, { score })),
  });

  it('is the median of the phones’ re-scores, a half rounded up, ignoring phones that gave none', () => {
    expect(phoneScore(scores(4))).toEqual({ score: 4, n: 1 });
    expect(phoneScore(scores(1, 5, 3))).toEqual({ score: 3, n: 3 });
    expect(phoneScore(scores(2, 3))).toEqual({ score: 3, n: 2 });
    expect(phoneScore(scores(2, 2, 3, null))).toEqual({ score: 2, n: 3 });
    expect(phoneScore(scores(null))).toBeNull();
    expect(phoneScore({})).toBeNull();
  });

  it('uses the typed re-score when there is one, else the phones’', () => {
    expect(checkInScore({ score: 5, ...scores(1, 1) })).toBe(5);
    expect(checkInScore({ score: null, ...scores(1, 2) })).toBe(2);
    expect(checkInScore({ score: null })).toBeNull();
  });

  it('puts the phones’ re-score on the before/after line', () => {
    const e = add(add(base, answer('live-1', { score: 4 })), answer('live-2', { score: 5 }));
    expect(scoreLine(e)).toEqual([
      { at: 'before', score: 2 },
      { at: 2, score: 5 },
    ]);
  });
});
