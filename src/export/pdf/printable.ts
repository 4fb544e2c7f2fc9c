/**
 * Text as the PDF font can print it. The font has no emoji, and a missing glyph prints as nothing
 * or as garbage, so each emoji (with its skin tone, variation selector and joined parts) becomes a
 * visible "□". Control characters other than line breaks and tabs are dropped.
 */
const EMOJI =
  /(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}])*)*)/gu;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched here
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\uFE0F|\u200D/g;

export const MISSING_GLYPH = '□';

export function printable(text: string): string {
  return text.replace(EMOJI, MISSING_GLYPH).replace(CONTROL, '');
}

/** Every string in a document model, made printable; numbers, booleans and structure stay. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableDeep(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableDeep(item)])) as T;
  }
  return value;
}
