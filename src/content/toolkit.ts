import { loadPerLanguage } from './load-per-language';
import type { ToolkitText } from './types';

// Each language's text is its own chunk, loaded when first needed: the first screen carries neither.

/** The toolkit text in one language; loads it once and caches it. */
export const loadToolkit = loadPerLanguage<ToolkitText>({
  da: () => import('./da/toolkit').then((module) => module.toolkitDa),
  en: () => import('./en/toolkit').then((module) => module.toolkitEn),
});

/** Start loading a language's text ahead of use (tests, language switch, export). */
export const preloadToolkit = loadToolkit;
