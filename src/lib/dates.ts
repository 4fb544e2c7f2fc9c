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
