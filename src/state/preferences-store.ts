import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@/i18n/languages';
import { safeStorage, STORAGE_PREFIX } from './storage';

interface Preferences {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** Device preferences: kept apart from the workspace, so a restored backup keeps the user's language. */
export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      language: DEFAULT_LANGUAGE,
      setLanguage: (language) => set({ language }),
    }),
    {
      name: `${STORAGE_PREFIX}preferences`,
      version: 1,
      storage: createJSONStorage(() => ({
        getItem: safeStorage.getItem,
        setItem: (key: string, value: string) => void safeStorage.setItem(key, value),
        removeItem: safeStorage.removeItem,
      })),
      partialize: (state) => ({ language: state.language }),
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return { ...current, language: isLanguage(language) ? language : current.language };
      },
    },
  ),
);
