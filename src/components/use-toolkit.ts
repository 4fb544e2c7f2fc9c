import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { loadToolkit } from '@/content/toolkit';
import type { ToolkitText } from '@/content/types';
import { isLanguage } from '@/i18n/languages';

/** The toolkit text in the active language. Suspends on first use while the text loads. */
export function useToolkit(): ToolkitText {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'da';
  return use(loadToolkit(language));
}
