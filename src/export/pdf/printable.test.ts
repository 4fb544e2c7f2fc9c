import { MISSING_GLYPH, printable, printableDeep } from './printable';

describe('printable', () => {
  it.each([
    ['a plain emoji', 'Frokost 🍕', `Frokost ${MISSING_GLYPH}`],
    ['an emoji with a skin tone', 'Tak 👍🏽!', `Tak ${MISSING_GLYPH}!`],
    ['a joined family emoji as one box', '👩‍👩‍👧 i alt', `${MISSING_GLYPH} i alt`],
    ['a flag as one box', 'Hold 🇩🇰', `Hold ${MISSING_GLYPH}`],
    ['a heart with its variation selector', 'Vi ❤️ fredag', `Vi ${MISSING_GLYPH} fredag`],
    ['control characters', 'Linje\u0000ét\u0007\nto\ttre', 'Linjeét\nto\ttre'],
  ])('replaces %s', (_what, text, expected) => {
    expect(printable(text)).toBe(expected);
  });

  it('keeps letters of every script the font covers', () => {
    const names = 'Łukasz Dąbrowski, Ayşe Yılmaz, Ольга, שרה, Æblehaven Ø Å, 3–5 “citat”';
    expect(printable(names)).toBe(names);
  });

  it('makes every string of a model printable and keeps the rest', () => {
    expect(printableDeep({ a: ['x 🍕', 3, true], b: { c: 'ok' }, d: null })).toEqual({
      a: [`x ${MISSING_GLYPH}`, 3, true],
      b: { c: 'ok' },
      d: null,
    });
  });
});
