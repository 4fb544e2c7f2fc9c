import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { setPrerenderedPath } from '@/app/hash-location';
import { canonicalAddress } from '@/app/canonical-address';
import { initI18n } from '@/i18n/i18n';
import { usePreferences } from '@/state/preferences-store';
import { restoreWorkspace } from '@/state/workspace-ready';

/** Starts the app: hydrates the prerendered screen, or renders it afresh where there is none (dev). */
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

const root = document.getElementById('root');
// The build drew this page's screen to HTML (data-route names it): hydrate it as it is, in Danish.
// When English is chosen, the app switches once its strings have loaded (app.tsx).
const prerendered = root?.dataset.route;
// A stale page's hash names another screen than the one drawn: that screen is drawn afresh instead.
const stale = document.documentElement.dataset.stale !== undefined;
if (root && prerendered !== undefined) {
  // A screen's own file (temaer/fordybelse/) becomes the app's address for it (#/temaer/fordybelse)
  // before anything reads the location: the hash router, the service worker's scope, links.
  const address = canonicalAddress(location.href, prerendered);
  if (address) history.replaceState(history.state, '', address);
}
if (root && prerendered !== undefined && !stale) {
  setPrerenderedPath(prerendered);
  initI18n('da');
  hydrateRoot(root, app);
} else if (root) {
  root.replaceChildren();
  delete document.documentElement.dataset.stale;
  initI18n(usePreferences.getState().language);
  createRoot(root).render(app);
}

// Read the saved workspace once the page has loaded and the browser is idle; a screen that needs it
// asks for it at once.
function whenIdle() {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void restoreWorkspace());
  else setTimeout(() => void restoreWorkspace(), 1);
}
if (document.readyState === 'complete') whenIdle();
else addEventListener('load', whenIdle, { once: true });
