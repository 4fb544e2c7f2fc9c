import { THEME_IDS } from '@/content/ids';

/**
 * The screens the build draws to HTML ahead of time, in Danish: the ones that show the toolkit's
 * text and no saved data. The app routes by hash (`#/temaer/fordybelse`), so deep links work from
 * any static folder and offline; a hash cannot pick an HTML file, so each of these screens also has
 * a file of its own at its path (`temaer/fordybelse/index.html`) that opens on that screen.
 */
export interface PrerenderedPage {
  /** The app's route, as in routes.tsx. */
  route: string;
  /** The screen's module: the build inlines its CSS and preloads its chunk. */
  screen: string;
}

export const PRERENDERED_PAGES: readonly PrerenderedPage[] = [
  { route: '/', screen: 'src/features/home/home-page.tsx' },
  { route: '/temaer', screen: 'src/features/themes/themes-page.tsx' },
  { route: '/temaer/dialogmoede', screen: 'src/features/themes/dialogmoede-page.tsx' },
  ...THEME_IDS.map((id) => ({ route: `/temaer/${id}`, screen: 'src/features/themes/theme-page.tsx' })),
  { route: '/om', screen: 'src/features/about/about-page.tsx' },
];

/** Where a route's HTML is written in dist/: `/` → `index.html`, `/om` → `om/index.html`. */
export function fileForRoute(route: string): string {
  const path = route.replace(/^\/+|\/+$/g, '');
  return path ? `${path}/index.html` : 'index.html';
}
