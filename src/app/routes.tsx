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
  { path: '/data', component: lazy(() => import('@/features/data/data-page')) },
];
