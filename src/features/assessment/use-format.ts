import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreFormat } from '@/domain/scores';
import { isLanguage, LOCALES } from '@/i18n/languages';
import { formatIsoDate } from '@/lib/dates';

/** Number, date and list formatting in the active language (Danish uses a decimal comma). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'da'];
  return useMemo(
    () => ({
      ...scoreFormat(locale),
      /** An ISO `YYYY-MM-DD` date in words, read as a calendar date (no time zone shift). */
      date: (iso: string) => formatIsoDate(iso, locale),
    }),
    [locale],
  );
}
