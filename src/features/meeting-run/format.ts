/**
 * A countdown as `m:ss` (or `h:mm:ss`). Time left rounds up, so "0:00" shows only once time is
 * really up; overtime rounds down. The sign is left to the caller, who says "over tid" in words.
 */
export function formatCountdown(ms: number): string {
  const seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Whole minutes and seconds of a duration in ms, for words like "12 min. 30 sek.". */
export function splitMinutes(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.round(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
