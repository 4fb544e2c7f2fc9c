import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { AutoBackupSection, DeleteAllSection, UnreadableSection } from './safety-section';
import { TeamsSection } from './teams-section';
import './data.css';

export default function DataPage() {
  const { t } = useTranslation('data');
  return (
    <Page title={t('title')}>
      <p className="lead">{t('lead')}</p>
      <div className="data-grid">
        <ExportSection />
        <ImportSection />
        <TeamsSection />
        <AutoBackupSection />
        <UnreadableSection />
        <section className="card data-section" aria-labelledby="data-where">
          <h2 id="data-where">{t('where.title')}</h2>
          <p>{t('where.text')}</p>
        </section>
        <DeleteAllSection />
      </div>
    </Page>
  );
}
