import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from './languages';
import { bundledResources, namespaceBackend } from './resources';

/** Start i18next in the given language; `<html lang>` follows every change. */
export function initI18n(language: Language = DEFAULT_LANGUAGE) {
  if (!i18next.isInitialized) {
    void i18next
      .use(namespaceBackend)
      .use(initReactI18next)
      .init({
        resources: bundledResources(),
        partialBundledLanguages: true,
        ns: ['common'],
        lng: language,
        fallbackLng: DEFAULT_LANGUAGE,
        defaultNS: 'common',
        interpolation: { escapeValue: false },
        returnNull: false,
        initAsync: false,
      });
    i18next.on('languageChanged', setDocumentLanguage);
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  setDocumentLanguage(language);
  return i18next;
}

// The build's prerender runs this in Node, where there is no document.
function setDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
