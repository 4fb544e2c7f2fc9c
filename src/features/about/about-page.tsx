import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '@/components/page';
import { useToolkit } from '@/components/use-toolkit';
import './about.css';

const REPORTS = ['kk', 'amk', 'national', 'state'] as const;
const ADAPTATIONS = ['step4', 'mends', 'pages', 'recommendation', 'tensions', 'ideas'] as const;

/** Exactly what the app changes or adds around the toolkit's text, so the About page's "word for word" holds. */
function Adaptations() {
  const { t } = useTranslation('about');
  return (
    <section aria-labelledby="adaptations-heading">
      <h2 id="adaptations-heading">{t('adaptations.heading')}</h2>
      <p>{t('adaptations.intro')}</p>
      <ul>
        {ADAPTATIONS.map((item) => (
          <li key={item}>{t(`adaptations.items.${item}`)}</li>
        ))}
      </ul>
    </section>
  );
}

function ToolkitSource() {
  const { t } = useTranslation('about');
  const { publication } = useToolkit();
  return (
    <section aria-labelledby="source-heading">
      <h2 id="source-heading">{t('source.heading')}</h2>
      <p>{t('source.intro')}</p>
      <div className="card about-source">
        <p className="about-source-title">
          <cite lang="da">{t('source.title')}</cite>
        </p>
        <p>
          {publication.published}
          <br />
          {publication.address}
        </p>
        <p>{t('source.isbn', { isbn: publication.isbn })}</p>
        <h3>{t('source.creditsHeading')}</h3>
        <ul>
          {publication.credits.map((credit) => (
            <li key={credit}>{credit}</li>
          ))}
        </ul>
        <h3>{t('source.whereHeading')}</h3>
        <p>{publication.whereToGet}</p>
        <h3>{t('source.backCoverHeading', { heading: publication.backCover.heading })}</h3>
        {publication.backCover.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}

export default function AboutPage() {
  const { t } = useTranslation('about');
  return (
    <Page title={t('title')} className="about-page">
      <p className="lead">{t('lead')}</p>
      <p>{t('purpose')}</p>
      <section className="notice about-independence" aria-labelledby="independence-heading">
        <div>
          <h2 id="independence-heading">{t('independence.heading')}</h2>
          <p>{t('independence.text')}</p>
        </div>
      </section>
      <ToolkitSource />
      <Adaptations />
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('data.heading')}</h2>
        <p>{t('data.local')}</p>
        <p>{t('data.nothingSent')}</p>
        <p>{t('data.otherDevices')}</p>
        <p>{t('data.backup')}</p>
        <Link href="/data" className="button">
          {t('data.link')}
        </Link>
      </section>
      <section aria-labelledby="background-heading">
        <h2 id="background-heading">{t('background.heading')}</h2>
        <p>{t('background.intro')}</p>
        <ul className="about-reports">
          {REPORTS.map((report) => (
            <li key={report}>{t(`background.reports.${report}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="licence-heading">
        <h2 id="licence-heading">{t('licence.heading')}</h2>
        <p>{t('licence.text')}</p>
      </section>
    </Page>
  );
}
