import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

interface PagerTarget {
  href: string;
  name: string;
}

/** Previous / next theme and the way back to the overview, so a group can read the themes in order. */
export function ThemePager({ previous, next }: { previous?: PagerTarget; next?: PagerTarget }) {
  const { t } = useTranslation('themes');
  return (
    <nav className="theme-pager" aria-label={t('theme.pagerLabel')}>
      {previous ? (
        <Link href={previous.href} className="theme-pager-link theme-pager-previous">
          <span className="theme-pager-direction">{t('theme.previous')}</span>
          <span className="theme-pager-name">{previous.name}</span>
        </Link>
      ) : (
        <span />
      )}
      <Link href="/temaer" className="theme-pager-overview">
        {t('theme.overview')}
      </Link>
      {next ? (
        <Link href={next.href} className="theme-pager-link theme-pager-next">
          <span className="theme-pager-direction">{t('theme.next')}</span>
          <span className="theme-pager-name">{next.name}</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
