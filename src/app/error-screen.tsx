import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';

export function ErrorScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.title')}>
      <p>{t('error.text')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </Page>
  );
}
