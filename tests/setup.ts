import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach } from 'vitest';
import { preloadToolkit } from '@/content/toolkit';
import { initI18n } from '@/i18n/i18n';
import { ON_DEMAND_NAMESPACES } from '@/i18n/resources';
import { restoreWorkspace } from '@/state/workspace-ready';

// Load every namespace and both languages' toolkit text up front, so screens render at once in tests
// instead of suspending on their first on-demand load.
initI18n('da');
await i18next.loadLanguages(['da', 'en']);
await i18next.loadNamespaces([...ON_DEMAND_NAMESPACES]);
await Promise.all([preloadToolkit('da'), preloadToolkit('en')]);
// The app reads the saved workspace after its first paint; screens under test get it read at once.
await restoreWorkspace();

// jsdom's Blob has no arrayBuffer(), which every browser the app supports has; read as they do.
if (!('arrayBuffer' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    value: function arrayBuffer(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error ?? new Error('read failed'));
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});
