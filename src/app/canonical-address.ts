/**
 * The app's own address for a page prerendered for `route` and opened at `href`: the folder the
 * app lives in, with the route in the hash (`…/temaer/fordybelse/` → `…/#/temaer/fordybelse`), so
 * the app's links, its service worker scope and relative fetches work as from index.html. A hash
 * route already in the address is kept. Null when the address needs no change, or is not the
 * page's own path (then the app is left where it is).
 */
export function canonicalAddress(href: string, route: string): string | null {
  const url = new URL(href);
  const path = route.replace(/^\/+|\/+$/g, '');
  if (!path) return null;
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`/${escaped}(?:/(?:index\\.html)?)?$`).exec(url.pathname);
  if (!match) return null;
  const folder = url.pathname.slice(0, match.index + 1);
  const hash = url.hash.startsWith('#/') ? url.hash : `#${route}`;
  return `${url.origin}${folder}${url.search}${hash}`;
}
