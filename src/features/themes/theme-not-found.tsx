import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '@/components/page';
import { useToolkit } from '@/components/use-toolkit';
import { THEME_IDS } from '@/content/ids';
import './themes.css';

/** An unknown theme in the address (an old or mistyped link): say so, and offer the six themes. */
export function ThemeNotFound({ themeId }: { themeId: string }) {
  const { t } = useTranslation('themes');
  const toolkit = useToolkit();
  return (
    <Page title={t('theme.notFound.title')}>
      <p role="status">{t('theme.notFound.text', { id: themeId })}</p>
      <ul className="link-list">
        {THEME_IDS.map((id) => (
          <li key={id}>
            <Link href={`/temaer/${id}`}>{toolkit.themes[id].name}</Link>
          </li>
        ))}
        <li>
          <Link href="/temaer">{t('theme.overview')}</Link>
        </li>
      </ul>
    </Page>
  );
}
