import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from './hash-location';
import { usePreferences } from '@/state/preferences-store';
import { useWorkspace } from '@/state/workspace-store';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { ROUTES } from './routes';

function useWorkspaceHydrated(): boolean {
  return useSyncExternalStore(
    (onChange) => useWorkspace.persist.onFinishHydration(onChange),
    () => useWorkspace.persist.hasHydrated(),
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/** Keeps i18next and `<html lang>` in step with the persisted language choice. */
function useLanguageSync() {
  const language = usePreferences((state) => state.language);
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
}

export function App() {
  useLanguageSync();
  const hydrated = useWorkspaceHydrated();
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <ErrorBoundary>
          {hydrated ? (
            <Suspense fallback={<Loading />}>
              <Switch>
                {ROUTES.map(({ path, component }) => (
                  <Route key={path} path={path} component={component} />
                ))}
                <Route component={NotFoundPage} />
              </Switch>
            </Suspense>
          ) : (
            <Loading />
          )}
        </ErrorBoundary>
      </Layout>
    </Router>
  );
}
