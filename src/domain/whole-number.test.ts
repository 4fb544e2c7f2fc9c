import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './whole-number';

describe('parseWholeNumber', () => {
  it.each([
    [' 12 ', 12],
    ['1', 1],
    ['500', 500],
    ['0', null],
    ['501', null],
    ['', null],
    ['  ', null],
    ['abc', null],
    ['1e2', null],
    ['2,5', null],
    ['2.5', null],
    ['-1', null],
    ['+3', null],
  ])('reads %j between 1 and 500 as %j', (text, expected) => {
    expect(parseWholeNumber(text, 1, 500)).toBe(expected);
  });
});
