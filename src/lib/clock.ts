/** The one place the app reads the wall clock, so tests can set the time. */
export const clock = {
  now: (): number => Date.now(),
};

/** Today as ISO `YYYY-MM-DD` in the user's local time zone. */
export function todayIso(nowMs: number = clock.now()): string {
  const d = new Date(nowMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function nowIso(): string {
  return new Date(clock.now()).toISOString();
}
