import type { Score } from '@/content/ids';
import { normaliseWord } from './score-words';

/**
 * The scale's end labels in both languages, normalised (see `normaliseWord`). Forms exports the chosen
 * option's text, so an answer may be the words alone. The toolkit names only the ends of the scale.
 */
const LABEL_SCORES: Readonly<Record<string, Score>> = {
  sletikkevigtigt: 1,
  notimportantatall: 1,
  notatallimportant: 1,
  megetvigtigt: 5,
  veryimportant: 5,
};

/**
 * One answer cell as a score, or null when it is not one: "4", "4 - Vigtigt", "5 – Meget vigtigt",
 * "Slet ikke vigtigt". A number followed by more digits ("3 5", "1/5", "3,5") is refused, never
 * read as its first digit, and so is a number whose words name the other end ("1 – Meget vigtigt").
 */
export function parseScoreAnswer(raw: string): Score | null {
  const cell = raw.trim().replace(/\s+/g, ' ');
  const numbered = /^([1-5])(?:\.0+)?(?:\s*[-–—:.)]?\s*(.*))?$/u.exec(cell);
  if (numbered) {
    const score = Number(numbered[1]) as Score;
    const words = numbered[2] ?? '';
    if (words === '') return score;
    if (/\d/.test(words) || !/^[\p{L}(]/u.test(words)) return null;
    const named = LABEL_SCORES[normaliseWord(words)];
    return named === undefined || named === score ? score : null;
  }
  return LABEL_SCORES[normaliseWord(cell)] ?? null;
}
