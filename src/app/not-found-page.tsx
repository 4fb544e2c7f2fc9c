import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Page } from '@/components/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text', { path: location })}</p>
      <ul className="link-list">
        <li>
          <Link href="/">{t('notFound.home')}</Link>
        </li>
        <li>
          <Link href="/temaer">{t('notFound.themes')}</Link>
        </li>
      </ul>
    </Page>
  );
}
