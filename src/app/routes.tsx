import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AppRoute {
  path: string;
  /** Screens load when first visited, so the first screen stays light. */
  component: LazyExoticComponent<ComponentType>;
  /**
   * The screen shows only the toolkit's text, never saved data: it is drawn (and prerendered)
   * without waiting for the workspace. Every other screen waits until the workspace is read.
   */
  withoutData?: true;
}

// Each feature owns one or more screens; this list is the only place that knows them all.
// Order matters: the first path that matches wins.
export const ROUTES: readonly AppRoute[] = [
  { path: '/', component: lazy(() => import('@/features/home/home-page')), withoutData: true },
  { path: '/temaer', component: lazy(() => import('@/features/themes/themes-page')), withoutData: true },
  {
    path: '/temaer/dialogmoede',
    component: lazy(() => import('@/features/themes/dialogmoede-page')),
    withoutData: true,
  },
  {
    path: '/temaer/:themeId',
    component: lazy(() => import('@/features/themes/theme-page')),
    withoutData: true,
  },
  { path: '/vurdering', component: lazy(() => import('@/features/assessment/assessment-page')) },
  {
    path: '/vurdering/:roundId/resultat',
    component: lazy(() => import('@/features/assessment/round-summary-page')),
  },
  { path: '/vurdering/formular', component: lazy(() => import('@/features/assessment/form-copy-page')) },
  {
    path: '/vurdering/:roundId/telefoner',
    component: lazy(() => import('@/features/assessment/live/live-presenter-page')),
  },
  { path: '/vurdering/:roundId', component: lazy(() => import('@/features/assessment/round-page')) },
  { path: '/moede', component: lazy(() => import('@/features/meeting-plan/meetings-page')) },
  { path: '/moede/ny', component: lazy(() => import('@/features/meeting-plan/meeting-new-page')) },
  { path: '/moede/:meetingId', component: lazy(() => import('@/features/meeting-plan/meeting-page')) },
  { path: '/moede/:meetingId/koer', component: lazy(() => import('@/features/meeting-run/run-page')) },
  {
    path: '/moede/:meetingId/praesentation',
    component: lazy(() => import('@/features/meeting-run/presenter-page')),
  },
  {
    path: '/moede/:meetingId/opsummering',
    component: lazy(() => import('@/features/meeting-run/summary-page')),
  },
  { path: '/forslag', component: lazy(() => import('@/features/proposals/proposals-page')) },
  { path: '/forslag/:meetingId', component: lazy(() => import('@/features/proposals/board-page')) },
  { path: '/idebank', component: lazy(() => import('@/features/proposals/idea-bank-page')) },
  { path: '/idebank/:themeId', component: lazy(() => import('@/features/proposals/idea-bank-page')) },
  { path: '/handleplan', component: lazy(() => import('@/features/handleplan/handleplan-page')) },
  {
    path: '/handleplan/forsoeg/:experimentId',
    component: lazy(() => import('@/features/handleplan/experiment-page')),
  },
  { path: '/handleplan/:teamId', component: lazy(() => import('@/features/handleplan/team-plan-page')) },
  { path: '/eksport', component: lazy(() => import('@/features/export/export-page')) },
  { path: '/data', component: lazy(() => import('@/features/data/data-page')) },
  { path: '/om', component: lazy(() => import('@/features/about/about-page')), withoutData: true },
];
