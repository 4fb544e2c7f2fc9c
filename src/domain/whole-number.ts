/**
 * A count or limit as a person types it: digits only, spaces around allowed, from `min` to `max`;
 * null for anything else (empty, "2,5", "-1", "1e2"), so the screen can say what it expects.
 */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}
