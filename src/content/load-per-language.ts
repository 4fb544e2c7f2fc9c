import type { Language } from '@/i18n/languages';

/** A promise that React's `use()` can read synchronously once settled (it checks `status`/`value`). */
type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled'; value?: T };

/**
 * Text that is its own chunk per language: each language loads on first use, once, and the
 * cached promise lets `use()` render without suspending again.
 */
export function loadPerLanguage<T>(
  loaders: Record<Language, () => Promise<T>>,
): (language: Language) => Promise<T> {
  const cache = new Map<Language, TrackedPromise<T>>();
  return (language) => {
    let promise = cache.get(language);
    if (!promise) {
      const tracked: TrackedPromise<T> = loaders[language]().then(
        (value) => {
          tracked.status = 'fulfilled';
          tracked.value = value;
          return value;
        },
        (error: unknown) => {
          // A chunk that failed to load (a flaky network before the app was cached) is tried again next time.
          cache.delete(language);
          throw error;
        },
      );
      tracked.status = 'pending';
      promise = tracked;
      cache.set(language, promise);
    }
    return promise;
  };
}
