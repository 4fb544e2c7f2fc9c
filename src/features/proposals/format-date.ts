import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LOCALES } from '@/i18n/languages';
import { formatIsoDate } from '@/lib/dates';

/** Format an ISO `YYYY-MM-DD` date in the active language, e.g. "23. november 2026". */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'da'];
  return useCallback((iso: string) => formatIsoDate(iso, locale), [locale]);
}
