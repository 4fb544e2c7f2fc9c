import { describe, expect, it } from 'vitest';
import { toolkitDa } from '@/content/da/toolkit';
import { toolkitEn } from '@/content/en/toolkit';
import { parseScoreAnswer } from './score-answer';

describe('parseScoreAnswer', () => {
  it.each([
    ['1', 1],
    [' 5 ', 5],
    ['5.0', 5],
    ['5.', 5],
    ['4 - Vigtigt', 4],
    ['5 – Meget vigtigt', 5],
    ['1 – Slet ikke vigtigt', 1],
    ['1: Not important at all', 1],
    ['5 (Very important)', 5],
    ['Slet ikke vigtigt', 1],
    ['meget vigtigt', 5],
    ['Very important', 5],
  ])('reads %j as %i', (cell, score) => {
    expect(parseScoreAnswer(cell)).toBe(score);
  });

  it.each([
    '0',
    '6',
    '7',
    '-2',
    '3,5',
    '3.5',
    '3 5',
    '1/5',
    '2-4',
    '45',
    '1 – Meget vigtigt',
    'vigtigt',
    '',
    '/',
  ])('refuses %j', (cell) => {
    expect(parseScoreAnswer(cell)).toBeNull();
  });

  it.each([
    ['da', toolkitDa],
    ['en', toolkitEn],
  ])('reads the toolkit’s own end labels in %s as 1 and 5', (_language, toolkit) => {
    expect(parseScoreAnswer(toolkit.vurderingsskema.scaleLow)).toBe(1);
    expect(parseScoreAnswer(toolkit.vurderingsskema.scaleHigh)).toBe(5);
  });
});
