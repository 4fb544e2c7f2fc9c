/**
 * Format an ISO `YYYY-MM-DD` date for people in `locale` (BCP 47). The date is read and written in
 * UTC, so the calendar day shown is the one stored whatever the device's time zone.
 */
export function formatIsoDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...options,
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** A date-time in the user's language, e.g. "12. marts 2025 kl. 10.00". */
export function formatDateTime(value: string | number, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
