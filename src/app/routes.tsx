import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AppRoute {
  path: string;
  /** Screens load when first visited, so the first screen stays light. */
  component: LazyExoticComponent<ComponentType>;
}

// Each feature owns one or more screens; this list is the only place that knows them all.
// Order matters: the first path that matches wins.
export const ROUTES: readonly AppRoute[] = [
  { path: '/', component: lazy(() => import('@/features/home/home-page')) },
  { path: '/forslag', component: lazy(() => import('@/features/proposals/proposals-page')) },
  { path: '/forslag/:meetingId', component: lazy(() => import('@/features/proposals/board-page')) },
  { path: '/idebank', component: lazy(() => import('@/features/proposals/idea-bank-page')) },
  { path: '/idebank/:themeId', component: lazy(() => import('@/features/proposals/idea-bank-page')) },
];
