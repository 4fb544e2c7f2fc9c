import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '@/components/page';
import { DueThisWeek } from './due-this-week';

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
      <DueThisWeek />
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
