import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOTS,
  DEFAULT_MAX_PER_ITEM,
  dotsLeft,
  MAX_DOTS,
  orderBoardByVotes,
  orderByVotes,
  placeDot,
  tallyVotes,
  voteItems,
  voteRules,
  withinBudget,
} from './dot-vote';

const items = ['a', 'b', 'c', 'd'];
const rules = voteRules(3, 2);

describe('voteRules', () => {
  it('defaults to three dots and two on one item', () => {
    expect(voteRules()).toEqual({ dots: DEFAULT_DOTS, maxPerItem: DEFAULT_MAX_PER_ITEM });
    expect(voteRules()).toEqual({ dots: 3, maxPerItem: 2 });
  });

  it('keeps the numbers within 1 ≤ max per item ≤ dots ≤ the most dots', () => {
    expect(voteRules(0, 0)).toEqual({ dots: 1, maxPerItem: 1 });
    expect(voteRules(1, 1)).toEqual({ dots: 1, maxPerItem: 1 });
    expect(voteRules(MAX_DOTS, MAX_DOTS)).toEqual({ dots: 10, maxPerItem: 10 });
    expect(voteRules(MAX_DOTS + 1, 2)).toEqual({ dots: 10, maxPerItem: 2 });
    expect(voteRules(3, 4)).toEqual({ dots: 3, maxPerItem: 3 });
    expect(voteRules(4.7, 2.2)).toEqual({ dots: 4, maxPerItem: 2 });
    expect(voteRules(Number.NaN, Number.NaN)).toEqual({ dots: 3, maxPerItem: 2 });
  });
});

describe('withinBudget', () => {
  it('accepts dots below and at the budget, refuses one above', () => {
    expect(withinBudget({ a: 1, b: 1 }, items, rules)).toBe(true);
    expect(withinBudget({ a: 1, b: 1, c: 1 }, items, rules)).toBe(true);
    expect(withinBudget({ a: 1, b: 1, c: 1, d: 1 }, items, rules)).toBe(false);
  });

  it('accepts an item at its limit, refuses one above', () => {
    expect(withinBudget({ a: 1 }, items, rules)).toBe(true);
    expect(withinBudget({ a: 2 }, items, rules)).toBe(true);
    expect(withinBudget({ a: 3 }, items, rules)).toBe(false);
  });

  it('refuses dots on an item not in the vote, and counts that are not whole and positive', () => {
    expect(withinBudget({ x: 1 }, items, rules)).toBe(false);
    expect(withinBudget({ a: 1.5 }, items, rules)).toBe(false);
    expect(withinBudget({ a: -1, b: 2 }, items, rules)).toBe(false);
    expect(withinBudget({ a: 0 }, items, rules)).toBe(true);
    expect(withinBudget({}, items, rules)).toBe(true);
  });
});

describe('placeDot', () => {
  it('adds dots until the item limit, then refuses', () => {
    const one = placeDot({}, 'a', 1, rules);
    expect(one).toEqual({ a: 1 });
    const two = placeDot(one, 'a', 1, rules);
    expect(two).toEqual({ a: 2 });
    expect(placeDot(two, 'a', 1, rules)).toBe(two);
  });

  it('adds dots until the budget is used, then refuses', () => {
    const full = { a: 2, b: 1 };
    expect(dotsLeft(full, rules)).toBe(0);
    expect(placeDot(full, 'c', 1, rules)).toBe(full);
    expect(placeDot({ a: 2 }, 'b', 1, rules)).toEqual({ a: 2, b: 1 });
  });

  it('takes a dot off, and refuses below none', () => {
    expect(placeDot({ a: 2 }, 'a', -1, rules)).toEqual({ a: 1 });
    expect(placeDot({ a: 1 }, 'a', -1, rules)).toEqual({});
    const none = {};
    expect(placeDot(none, 'a', -1, rules)).toBe(none);
  });
});

describe('tallyVotes', () => {
  it('adds the dots of every phone that keeps the rules', () => {
    const tally = tallyVotes([{ a: 2, b: 1 }, { b: 1 }, { c: 1, d: 1, a: 1 }], items, rules);
    expect(tally).toEqual({ counts: { a: 3, b: 2, c: 1, d: 1 }, voters: 3, refused: 0 });
  });

  it('leaves out a phone over budget as a whole, and one over an item limit', () => {
    const tally = tallyVotes([{ a: 1 }, { a: 1, b: 1, c: 1, d: 1 }, { b: 3 }], items, rules);
    expect(tally).toEqual({ counts: { a: 1, b: 0, c: 0, d: 0 }, voters: 1, refused: 2 });
  });

  it('counts a phone exactly at the budget', () => {
    expect(tallyVotes([{ a: 2, d: 1 }], items, rules).counts).toEqual({ a: 2, b: 0, c: 0, d: 1 });
  });

  it('does not count a phone that placed no dots as a voter', () => {
    expect(tallyVotes([{}, { a: 0 }], items, rules)).toEqual({
      counts: { a: 0, b: 0, c: 0, d: 0 },
      voters: 0,
      refused: 0,
    });
  });
});

describe('orderByVotes', () => {
  it('puts the most dots first', () => {
    expect(orderByVotes(items, { a: 1, b: 3, c: 0, d: 2 })).toEqual(['b', 'd', 'a', 'c']);
  });

  it('keeps the board’s order between items with the same dots', () => {
    expect(orderByVotes(items, { a: 1, b: 2, c: 2, d: 1 })).toEqual(['b', 'c', 'a', 'd']);
    expect(orderByVotes(['d', 'c', 'b', 'a'], { a: 1, b: 2, c: 2, d: 1 })).toEqual(['c', 'b', 'd', 'a']);
    expect(orderByVotes(items, {})).toEqual(items);
  });
});

describe('the board and a vote', () => {
  const columns = { ungrouped: ['p1', 'p2'], g1: ['p3', 'p4'], g2: [], g3: ['p5'] };

  it('lists every proposal in the board’s order, or every group that holds one', () => {
    expect(voteItems(columns, 'proposals', 'ungrouped')).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(voteItems(columns, 'groups', 'ungrouped')).toEqual(['g1', 'g3']);
  });

  it('orders proposals by dots within the list and within each group, ties keeping their order', () => {
    const ordered = orderBoardByVotes(columns, { p2: 1, p4: 3, p3: 3, p5: 0 }, 'proposals', 'ungrouped');
    expect(ordered).toEqual({ ungrouped: ['p2', 'p1'], g1: ['p3', 'p4'], g2: [], g3: ['p5'] });
  });

  it('orders groups by dots after the list, ties keeping the groups’ order', () => {
    const ordered = orderBoardByVotes(columns, { g3: 2, g1: 1 }, 'groups', 'ungrouped');
    expect(Object.keys(ordered)).toEqual(['ungrouped', 'g3', 'g1', 'g2']);
    expect(Object.keys(orderBoardByVotes(columns, { g1: 1, g3: 1 }, 'groups', 'ungrouped'))).toEqual([
      'ungrouped',
      'g1',
      'g3',
      'g2',
    ]);
    expect(ordered.g1).toEqual(['p3', 'p4']);
  });
});
