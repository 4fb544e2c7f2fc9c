import './prerender-globals';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import i18next from 'i18next';
import { preloadToolkit } from '@/content/toolkit';
import { initI18n } from '@/i18n/i18n';
import { ON_DEMAND_NAMESPACES } from '@/i18n/resources';
import { App } from './app';
import { setPrerenderedPath } from './hash-location';

export { PRERENDERED_PAGES, fileForRoute } from './prerendered-pages';

/**
 * The build-time render of one screen (run by scripts/prerender-plugin.ts in Node): the real app
 * in Danish, with every string and the toolkit text loaded first, so the HTML is the screen the
 * browser then hydrates. Returns the markup for `<div id="root">`.
 */
export async function drawPage(route: string): Promise<string> {
  setPrerenderedPath(route);
  initI18n('da');
  await i18next.loadNamespaces([...ON_DEMAND_NAMESPACES]);
  await preloadToolkit('da');
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
