import { useTranslation } from 'react-i18next';
import { isoWeek } from '@/domain/iso-week';
import { isLanguage, LOCALES } from '@/i18n/languages';
import { formatIsoDate } from '@/lib/dates';

/** Dates in the active language ("mandag 23. november 2026") and ISO weeks ("uge 48"). */
export function useDates() {
  const { t, i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'da'];
  return {
    long: (iso: string) => formatIsoDate(iso, locale, { weekday: 'long' }),
    short: (iso: string) => formatIsoDate(iso, locale, { year: undefined, month: 'short' }),
    week: (iso: string) => t('weekNumber', { week: isoWeek(iso).week }),
  };
}
