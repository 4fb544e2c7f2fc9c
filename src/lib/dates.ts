/**
 * Format an ISO `YYYY-MM-DD` date for people in `locale` (BCP 47), "23. november 2026" unless
 * `options` say otherwise. The date is read and written in UTC, so the calendar day shown is the one
 * stored whatever the device's time zone. Text that is not a date is returned as it is.
 */
export function formatIsoDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...options,
    timeZone: 'UTC',
  }).format(date);
}

/** A date-time in the user's language, e.g. "12. marts 2025 kl. 10.00". */
export function formatDateTime(value: string | number, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
