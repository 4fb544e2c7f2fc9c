import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '@/components/page';

export function MeetingNotFound() {
  const { t } = useTranslation('meetingRun');
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/moede">{t('notFound.back')}</Link>
      </p>
    </Page>
  );
}
