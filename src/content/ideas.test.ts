import { describe, expect, it } from 'vitest';
import { ideasDa } from './da/ideas';
import { ideasEn } from './en/ideas';
import { THEME_IDS } from './ids';
import { IDEA_SOURCES, IDEAS, ideasForTheme } from './ideas';

describe('the idea bank', () => {
  it.each(THEME_IDS)('offers at least five ideas for %s, its own first', (theme) => {
    const ideas = ideasForTheme(theme);
    expect(ideas.length).toBeGreaterThanOrEqual(5);
    expect(ideas[0]?.themes[0]).toBe(theme);
  });

  it.each([
    ['Danish', ideasDa],
    ['English', ideasEn],
  ])('has %s words for every idea and every source, and nothing else', (_language, bank) => {
    expect(Object.keys(bank.ideas).sort()).toEqual(IDEAS.map((idea) => idea.id).sort());
    expect(Object.keys(bank.sources).sort()).toEqual([...IDEA_SOURCES].sort());
    for (const text of Object.values(bank.ideas)) {
      expect(text.title.trim()).not.toBe('');
      expect(text.text.trim()).not.toBe('');
    }
  });

  it('gives every idea a unique id', () => {
    expect(new Set(IDEAS.map((idea) => idea.id)).size).toBe(IDEAS.length);
  });
});
