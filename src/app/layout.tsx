import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { DEFAULT_LANGUAGE, isLanguage } from '@/i18n/languages';
import { usePreferences } from '@/state/preferences-store';
import { useStorageStatus } from '@/state/storage-status';
import { UndoToast } from './undo-toast';

// Neither is part of the first screen: the update prompt (and the service worker's registration)
// loads just after it, the storage notices only when there is something to tell.
const ReloadPrompt = lazy(() => import('./reload-prompt').then((m) => ({ default: m.ReloadPrompt })));
const StorageNotice = lazy(() => import('./storage-notice').then((m) => ({ default: m.StorageNotice })));

function StorageNotices() {
  const any = useStorageStatus(
    (state) => state.problem !== null || state.restoreProblem !== null || state.conflicts.length > 0,
  );
  return any ? (
    <Suspense fallback={null}>
      <StorageNotice />
    </Suspense>
  ) : null;
}

const NAV_ITEMS = [
  { href: '/temaer', key: 'nav.themes' },
  { href: '/vurdering', key: 'nav.assessment' },
  { href: '/moede', key: 'nav.meeting' },
  { href: '/handleplan', key: 'nav.handleplan' },
  { href: '/om', key: 'nav.about' },
] as const;

// Data safety and printing are needed now and then, not at every step: they live in the footer,
// so the main navigation keeps the toolkit's own five words.
const FOOTER_ITEMS = [
  { href: '/eksport', key: 'footer.export' },
  { href: '/data', key: 'footer.data' },
] as const;

function NavItem({ href, label }: { href: string; label: string }) {
  const [location] = useLocation();
  const current = location === href || location.startsWith(`${href}/`);
  return (
    <li>
      <Link href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  // The language shown, not the one chosen: the prerendered page is Danish until English has loaded.
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const setLanguage = usePreferences((state) => state.setLanguage);
  const other = language === 'da' ? 'en' : 'da';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      aria-label={t('language.switchToLabel')}
      onClick={() => setLanguage(other)}
    >
      {t('language.switchTo')}
    </button>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <svg aria-hidden="true" viewBox="0 0 64 64" width="32" height="32">
            <rect width="64" height="64" rx="14" fill="currentColor" />
            <path
              d="M18 33l9 9 19-20"
              fill="none"
              stroke="#fff"
              strokeWidth="7"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>{t('appName')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            {NAV_ITEMS.map((item) => (
              <NavItem key={item.href} href={item.href} label={t(item.key)} />
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <StorageNotices />
      <Suspense fallback={null}>
        <ReloadPrompt />
      </Suspense>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <UndoToast />
      <footer className="site-footer">
        <nav aria-label={t('footer.label')} className="footer-nav">
          <ul>
            {FOOTER_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(item.key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('footer.attribution')}</p>
      </footer>
    </div>
  );
}
