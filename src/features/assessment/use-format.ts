import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '@/components/use-dates';
import { scoreFormat } from '@/domain/scores';
import { isLanguage, LOCALES } from '@/i18n/languages';

/** Numbers (Danish uses a decimal comma) and lists in the active language, with its dates from components/use-dates. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'da'];
  const dates = useDates();
  return useMemo(
    () => ({
      ...scoreFormat(locale),
      date: dates.date,
    }),
    [locale, dates.date],
  );
}
