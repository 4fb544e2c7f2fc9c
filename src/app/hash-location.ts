import { useSyncExternalStore } from 'react';

// wouter's own hash hook treats "#/moede/ny?runbook=tillid" as one path (so no route matches) and
// moves the query of a navigation into the page URL's search, where it outlives the screen it was
// for. This hook keeps the query inside the hash, so deep links with a query work and are shareable.

function subscribe(onChange: () => void) {
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
}

function hashParts(): [path: string, search: string] {
  const hash = location.hash.replace(/^#?\/?/, '');
  const at = hash.indexOf('?');
  return at === -1 ? [`/${hash}`, ''] : [`/${hash.slice(0, at)}`, hash.slice(at + 1)];
}

const currentPath = () => hashParts()[0];

/**
 * The route the HTML was prerendered for. Hydration must draw exactly that screen (the server's
 * snapshot); if the address's hash names another route, React moves there right after.
 */
let prerenderedPath = '/';

/** Set by the prerender for each page, and by the browser entry from the page it hydrates. */
export function setPrerenderedPath(path: string) {
  prerenderedPath = path;
}

const serverPath = () => prerenderedPath;
const currentSearch = () => hashParts()[1];

/** Go to a route such as `/moede/ny?runbook=tillid`, keeping the query in the hash. */
export function navigateHash(to: string, { replace = false }: { replace?: boolean; state?: unknown } = {}) {
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.hash = `/${to.replace(/^#?\/?/, '')}`;
  history[replace ? 'replaceState' : 'pushState'](null, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

/** The query of the hash route, without "?". */
export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/** Location hook for wouter's Router: the hash's path; its query is read by `useHashSearch`. */
export function useHashLocation(): [string, typeof navigateHash] {
  return [useSyncExternalStore(subscribe, currentPath, serverPath), navigateHash];
}

useHashLocation.hrefs = (href: string) => `#${href}`;
useHashLocation.searchHook = useHashSearch;
