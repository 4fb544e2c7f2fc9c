import { Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { usePreferences } from '@/state/preferences-store';
import { restoreWorkspace, useWorkspaceRestored } from '@/state/workspace-ready';
import { useHashLocation } from './hash-location';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { ROUTES } from './routes';

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/**
 * Resolves once the first screen has been shown: hydrated, when the page was prerendered. Until then
 * a language switch would make React drop the prerendered screen for the loading line.
 */
let firstScreenShown: () => void = () => undefined;
const screenShown = new Promise<void>((resolve) => {
  firstScreenShown = resolve;
});

/** Renders nothing; its effect runs when the screen's Suspense boundary has been shown. */
function ScreenShown() {
  useEffect(() => firstScreenShown(), []);
  return null;
}

/**
 * Keeps i18next and `<html lang>` in step with the persisted language choice. A component of its
 * own, beside the screens: the choice read from storage differs from the prerendered page's, and
 * re-rendering the app for it while a screen is still hydrating would drop that screen's HTML. The new language's
 * strings and toolkit text load before the switch, so the screen changes language in one step
 * (the prerendered Danish page stays as it is until then) and `lang` always names what is shown.
 */
function LanguageSync() {
  const language = usePreferences((state) => state.language);
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language === language) {
      document.documentElement.lang = language;
      return;
    }
    let current = true;
    void screenShown
      .then(() =>
        Promise.all([
          i18n.loadLanguages(language),
          import('@/content/toolkit').then(({ preloadToolkit }) => preloadToolkit(language)),
        ]),
      )
      .catch(() => undefined)
      .then(() => {
        if (current) void i18n.changeLanguage(language);
      });
    return () => {
      current = false;
    };
  }, [i18n, language]);
  return null;
}

/** A screen that shows or changes saved data: drawn once the workspace is read, a placeholder until then. */
function withWorkspace(Screen: ComponentType) {
  function WithWorkspace(props: object) {
    const restored = useWorkspaceRestored();
    useEffect(() => {
      void restoreWorkspace();
    }, []);
    return restored ? <Screen {...props} /> : <Loading />;
  }
  return WithWorkspace;
}

const SCREENS = ROUTES.map(({ path, component, withoutData }) => ({
  path,
  component: withoutData ? component : withWorkspace(component),
}));

export function App() {
  return (
    <Router hook={useHashLocation}>
      <LanguageSync />
      <Layout>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <ScreenShown />
            <Switch>
              {SCREENS.map(({ path, component }) => (
                <Route key={path} path={path} component={component} />
              ))}
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </Layout>
    </Router>
  );
}
