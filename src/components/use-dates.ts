import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeek } from '@/domain/iso-week';
import { isLanguage, LOCALES } from '@/i18n/languages';
import { formatIsoDate } from '@/lib/dates';

/**
 * Calendar dates in the active language, every screen's one way to write them: "23. november 2026",
 * with the weekday ("mandag den 23. november 2026"), short ("23. nov."), and the ISO week ("uge 48").
 */
export function useDates() {
  const { t, i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'da'];
  return useMemo(
    () => ({
      date: (iso: string) => formatIsoDate(iso, locale),
      long: (iso: string) => formatIsoDate(iso, locale, { weekday: 'long' }),
      short: (iso: string) => formatIsoDate(iso, locale, { year: undefined, month: 'short' }),
      week: (iso: string) => t('weekNumber', { week: isoWeek(iso).week }),
    }),
    [locale, t],
  );
}
