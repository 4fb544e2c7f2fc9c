import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@/i18n/languages';
import { migrate, type MigrationTable } from './migrations';
import { safeStorage, STORAGE_PREFIX } from './storage';

/** The stored shape's version; bump it only with a step in PREFERENCES_MIGRATIONS and a fixture. */
export const PREFERENCES_VERSION = 1;
/** Named steps from one stored version to the next, as for the workspace (see migrations.ts). */
export const PREFERENCES_MIGRATIONS: MigrationTable = {};

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
      version: PREFERENCES_VERSION,
      // Without a migrate step zustand drops stored preferences whose version differs. Older ones
      // go through the named steps; a newer version's are read as they are (merge checks each field).
      migrate: (persisted, version) =>
        version < PREFERENCES_VERSION
          ? migrate(
              persisted as Record<string, unknown>,
              version,
              PREFERENCES_VERSION,
              PREFERENCES_MIGRATIONS,
            )
          : persisted,
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
