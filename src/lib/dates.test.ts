import { describe, expect, it } from 'vitest';
import { formatDateTime, formatIsoDate } from './dates';

describe('formatIsoDate', () => {
  it('says a calendar date in words in Danish and English', () => {
    expect(formatIsoDate('2026-11-23', 'da-DK')).toBe('23. november 2026');
    expect(formatIsoDate('2026-11-23', 'en-GB')).toBe('23 November 2026');
  });

  it('takes options such as the weekday', () => {
    expect(formatIsoDate('2026-11-23', 'da-DK', { weekday: 'long' })).toBe('mandag den 23. november 2026');
  });

  it('shows the stored day at the year’s edges, whatever the time zone', () => {
    expect(formatIsoDate('2026-12-31', 'da-DK')).toBe('31. december 2026');
    expect(formatIsoDate('2027-01-01', 'da-DK')).toBe('1. januar 2027');
  });

  it('returns text that is not a date as it is, instead of throwing', () => {
    expect(formatIsoDate('', 'da-DK')).toBe('');
    expect(formatIsoDate('snart', 'da-DK')).toBe('snart');
    expect(formatIsoDate('2026-13-40', 'da-DK')).toBe('2026-13-40');
  });
});

describe('formatDateTime', () => {
  it('returns a value that is not a time as it is', () => {
    expect(formatDateTime('not a time', 'da')).toBe('not a time');
  });
});
