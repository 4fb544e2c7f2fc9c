import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '@/components/page';
import { restoreWorkspace, useWorkspaceRestored } from '@/state/workspace-ready';
import { DueFrame } from './due-frame';

// The list reads the saved workspace: it loads with it, after the screen is drawn.
const DueThisWeek = lazy(() => import('./due-this-week'));

/** "Denne uge" in its fixed frame: empty until the workspace is read, then filled in place. */
function DueSlot() {
  const restored = useWorkspaceRestored();
  // Read when the browser is idle after drawing the screen, not in the same task as the hydration.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      void restoreWorkspace();
      return;
    }
    const idle = requestIdleCallback(() => void restoreWorkspace(), { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, []);
  const placeholder = <DueFrame busy />;
  return restored ? (
    <Suspense fallback={placeholder}>
      <DueThisWeek />
    </Suspense>
  ) : (
    placeholder
  );
}

const FLOW = [
  { key: 'read', href: '/temaer' },
  { key: 'score', href: '/vurdering' },
  { key: 'plan', href: '/moede' },
  { key: 'run', href: '/moede' },
  { key: 'experiment', href: '/handleplan' },
] as const;

export default function HomePage() {
  const { t } = useTranslation('home');
  return (
    <Page title={t('title')}>
      <p className="lead">{t('lead')}</p>
      <DueSlot />
      <ol className="card-grid">
        {FLOW.map((step, index) => (
          <li key={step.key} className="card">
            <h2>
              {index + 1}. {t(`flow.${step.key}.title`)}
            </h2>
            <p>{t(`flow.${step.key}.text`)}</p>
            <Link href={step.href}>{t(`flow.${step.key}.link`)}</Link>
          </li>
        ))}
      </ol>
    </Page>
  );
}
