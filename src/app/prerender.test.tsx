import { act, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePreferences } from '@/state/preferences-store';
import { createHash } from 'node:crypto';
import { STALE_GUARD, STALE_GUARD_SOURCE, pageHtml } from '../../scripts/prerender-plugin';
import { App } from './app';
import { setPrerenderedPath } from './hash-location';
import { drawPage } from './prerender';

/** React marks the DOM nodes it has hydrated; before that the prerendered HTML is inert. */
const isHydrated = (node: Element) => Object.keys(node).some((key) => key.startsWith('__reactFiber'));

const mainHeading = () => within(container).getByRole('heading', { level: 1 });

let root: Root | null = null;
let container: HTMLElement;

beforeEach(async () => {
  usePreferences.setState({ language: 'da' });
  await i18next.changeLanguage('da');
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
  setPrerenderedPath('/');
});

/** Hydrate the build's HTML for `route` as src/app/boot.tsx does, collecting React's mismatch reports. */
async function hydrate(route: string, heading: string) {
  container.innerHTML = await drawPage(route);
  const prerenderedHeading = mainHeading();
  window.location.hash = `#${route}`;
  setPrerenderedPath(route);
  const errors: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <App />
      </StrictMode>,
      { onRecoverableError: (error) => errors.push(error) },
    );
  });
  await waitFor(() => expect(isHydrated(mainHeading())).toBe(true));
  await waitFor(() => expect(mainHeading()).toHaveTextContent(heading));
  return { errors, prerenderedHeading };
}

describe('prerender', () => {
  it('draws the home screen in Danish, with "Denne uge" framed and waiting for the saved data', async () => {
    const markup = await drawPage('/');
    expect(markup).toContain('<h1 tabindex="-1">Giv jeres hybride arbejdsplads et servicetjek</h1>');
    expect(markup).toContain('Spring til indhold');
    expect(markup).toMatch(
      /<section class="card home-due"[^>]*aria-busy="true"><h2 id="home-due-heading">Denne uge/,
    );
    // The CSP allows no inline script; React must not need one.
    expect(markup).not.toContain('<script');
  });

  it('draws a theme page with its toolkit text and the Temaer link marked as current', async () => {
    const markup = await drawPage('/temaer/fordybelse');
    expect(markup).toContain('<h1 tabindex="-1">Fordybelse</h1>');
    expect(markup).toContain('Hvordan undgår vi at skylle arbejdsroen ud med badevandet?');
    expect(markup).toContain('<a aria-current="page" href="#/temaer" class="nav-link">Temaer</a>');
  });

  it('is hydrated without a mismatch: the prerendered nodes are kept, not drawn anew', async () => {
    const { errors, prerenderedHeading } = await hydrate('/temaer/fordybelse', 'Fordybelse');
    expect(errors).toEqual([]);
    expect(mainHeading()).toBe(prerenderedHeading);
    expect(document.documentElement.lang).toBe('da');
  });

  it('switches to English after hydration when English is chosen, with no mismatch', async () => {
    usePreferences.setState({ language: 'en' });
    const { errors, prerenderedHeading } = await hydrate('/temaer/fordybelse', 'Deep work');
    expect(errors).toEqual([]);
    expect(mainHeading()).toBe(prerenderedHeading);
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('pageHtml', () => {
  const template = [
    '<!doctype html><html lang="da"><head><title>Servicetjek</title>',
    '<script type="module" crossorigin src="./assets/index-a.js"></script>',
    '<link rel="manifest" href="./manifest.webmanifest"><link rel="stylesheet" crossorigin href="./assets/index-b.css">',
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');
  const css = [
    { file: 'assets/index-b.css', text: '.card{padding:1rem}' },
    { file: 'assets/theme-page-c.css', text: '.theme{color:red}' },
  ];

  it('puts the screen in #root with its route, its CSS inline and the heading in the title', () => {
    const html = pageHtml({ template, route: '/', body: '<main><h1 tabindex="-1">Forside</h1></main>', css });
    expect(html).toContain('<div id="root" data-route="/"><main><h1 tabindex="-1">Forside</h1></main></div>');
    expect(html).toContain('<style>.card{padding:1rem}\n.theme{color:red}</style>');
    expect(html).not.toMatch(/<link rel="stylesheet"[^>]*crossorigin/);
    expect(html).toContain('<link rel="stylesheet" href="./assets/theme-page-c.css" disabled>');
    expect(html).toContain('<title>Forside · Servicetjek</title>');
  });

  it('points every asset path of a page in a subfolder back to the app’s folder', () => {
    const html = pageHtml({ template, route: '/temaer/fordybelse', body: '<h1>Fordybelse</h1>', css });
    expect(html).toContain('src="../../assets/index-a.js"');
    expect(html).toContain('href="../../manifest.webmanifest"');
    expect(html).toContain('href="../../assets/index-b.css" disabled');
    expect(html).not.toContain('"./');
  });

  it('marks its route on <html> and guards it with the one allowed inline script', () => {
    const html = pageHtml({ template, route: '/temaer/fordybelse', body: '<h1>Fordybelse</h1>', css });
    expect(html).toContain('<html lang="da" data-route="/temaer/fordybelse">');
    expect(html).toContain(`<script>${STALE_GUARD}</script>`);
    const hash = createHash('sha256').update(STALE_GUARD).digest('base64');
    expect(STALE_GUARD_SOURCE).toBe(`'sha256-${hash}'`);
  });

  it('leaves the phone page unguarded (its hash is the room’s key, not a route) and not installable', () => {
    const html = pageHtml({ template, route: '/', body: '<h1>Deltag</h1>', css, appScreen: false });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<html lang="da"><head>');
    expect(html).not.toContain('manifest');
    expect(html).toContain('<title>Servicetjek</title>');
  });
});

describe('the stale-screen guard', () => {
  /** Runs the guard as the page's head would, on a page drawn for `route`, opened at `hash`. */
  function guard(route: string, hash: string): boolean {
    const html = document.documentElement;
    html.dataset.route = route;
    delete html.dataset.stale;
    history.replaceState(null, '', `/${hash}`);
    new Function(STALE_GUARD)();
    const stale = html.dataset.stale !== undefined;
    delete html.dataset.stale;
    delete html.dataset.route;
    history.replaceState(null, '', '/');
    return stale;
  }

  it('marks a page stale when its hash names another screen', () => {
    expect(guard('/', '#/vurdering')).toBe(true);
    expect(guard('/', '#/moede/ny?runbook=tillid')).toBe(true);
    expect(guard('/temaer/fordybelse', '#/temaer/tillid')).toBe(true);
  });

  it('leaves the page’s own screen alone, with or without its hash or a query', () => {
    expect(guard('/', '')).toBe(false);
    expect(guard('/', '#/')).toBe(false);
    expect(guard('/temaer/fordybelse', '')).toBe(false);
    expect(guard('/temaer/fordybelse', '#/temaer/fordybelse')).toBe(false);
    expect(guard('/temaer/fordybelse', '#/temaer/fordybelse?x=1')).toBe(false);
  });
});
