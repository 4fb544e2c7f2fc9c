import type { Language } from '@/i18n/languages';
import type { ToolkitText } from './types';

// Each language's text is its own chunk, loaded when first needed: the first screen carries neither.
const loaders: Record<Language, () => Promise<ToolkitText>> = {
  da: () => import('./da/toolkit').then((module) => module.toolkitDa),
  en: () => import('./en/toolkit').then((module) => module.toolkitEn),
};

/** A promise that React's `use()` can read synchronously once settled (it checks `status`/`value`). */
type TrackedPromise = Promise<ToolkitText> & { status?: 'pending' | 'fulfilled'; value?: ToolkitText };

const cache = new Map<Language, TrackedPromise>();

/** The toolkit text in one language; loads it once and caches it. */
export function loadToolkit(language: Language): Promise<ToolkitText> {
  let promise = cache.get(language);
  if (!promise) {
    const tracked: TrackedPromise = loaders[language]().then((text) => {
      tracked.status = 'fulfilled';
      tracked.value = text;
      return text;
    });
    tracked.status = 'pending';
    promise = tracked;
    cache.set(language, promise);
  }
  return promise;
}

/** Start loading a language's text ahead of use (tests, language switch, export). */
export function preloadToolkit(language: Language): Promise<ToolkitText> {
  return loadToolkit(language);
}
