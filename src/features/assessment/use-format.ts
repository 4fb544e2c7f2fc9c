import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreFormat } from '@/domain/scores';
import { isLanguage, LOCALES } from '@/i18n/languages';

/** Number, date and list formatting in the active language (Danish uses a decimal comma). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'da'];
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    return {
      ...scoreFormat(locale),
      /** An ISO `YYYY-MM-DD` date in words, read as a calendar date (no time zone shift). */
      date: (iso: string) => {
        const [year, month, day] = iso.split('-').map(Number);
        return date.format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
      },
    };
  }, [locale]);
}
