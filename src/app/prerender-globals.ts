// The build's prerender draws the screens in Node, as a first visit on a new device would show
// them: an empty localStorage (so no "saving is not possible" notice), no saved preferences.
// Imported before the app, so the stores read this when they are created.
if (typeof globalThis.localStorage === 'undefined') {
  const values = new Map<string, string>();
  const memory: Storage = {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: memory, configurable: true });
}

export {};
