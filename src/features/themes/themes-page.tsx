import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '@/components/page';
import { useToolkit } from '@/components/use-toolkit';
import { DIALOGMOEDE, THEME_IDS } from '@/content/ids';
import type { ToolkitText } from '@/content/types';
import './themes.css';
import { ToolkitText as ToolkitSentence } from '@/components/toolkit-paragraph';

function ThemeList({ toolkit }: { toolkit: ToolkitText }) {
  const { t } = useTranslation('themes');
  return (
    <ol className="theme-list" aria-label={t('overview.themesLabel')}>
      {THEME_IDS.map((id, index) => {
        const theme = toolkit.themes[id];
        return (
          <li key={id} className="card theme-card">
            <p className="theme-card-number">{t('overview.themeNumber', { number: index + 1 })}</p>
            <h2>
              <Link href={`/temaer/${id}`} className="theme-card-link">
                {theme.name}
              </Link>
            </h2>
            <p className="theme-card-question">{theme.overviewKeyQuestion}</p>
            <p>{theme.summary}</p>
          </li>
        );
      })}
    </ol>
  );
}

function WhereToStart({ toolkit }: { toolkit: ToolkitText }) {
  const { t } = useTranslation('themes');
  const { vurderingsskema } = toolkit;
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">{t('overview.startHeading')}</h2>
      <div className="card-grid">
        <div className="card">
          <h3>{vurderingsskema.question}</h3>
          <p>{vurderingsskema.purpose}</p>
          <Link href="/vurdering" className="button">
            {t('overview.assessmentLink')}
          </Link>
        </div>
        <div className="card">
          <h3>{toolkit.dialogmoede.title}</h3>
          <p>{toolkit.dialogmoede.summary}</p>
          <Link href={`/temaer/${DIALOGMOEDE}`} className="button button-secondary">
            {t('overview.dialogmoedeLink')}
          </Link>
        </div>
      </div>
    </section>
  );
}

function ReadingGuide({ toolkit }: { toolkit: ToolkitText }) {
  const { intro } = toolkit;
  return (
    <section className="reading-guide" aria-labelledby="reading-guide-heading">
      <h2 id="reading-guide-heading">{intro.readingGuideHeading}</h2>
      <div className="reading-guide-columns">
        <div>
          <h3>{intro.heading}</h3>
          {intro.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <ol>
            {intro.formats.map((format, index) => (
              <li key={index}>{format}</li>
            ))}
          </ol>
          <h3>{intro.experimentsHeading}</h3>
          <p>{intro.experiments}</p>
          <p className="muted">{intro.furtherReading}</p>
        </div>
        <div className="card facts">
          <h3>{intro.factsHeading}</h3>
          <dl>
            {intro.facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>
                  <ToolkitSentence text={fact.text} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </section>
  );
}

export default function ThemesPage() {
  const { t } = useTranslation('themes');
  const toolkit = useToolkit();
  return (
    <Page title={toolkit.overviewHeading} kicker={toolkit.title} className="themes-page">
      <p className="lead">{t('overview.lead')}</p>
      <ThemeList toolkit={toolkit} />
      <WhereToStart toolkit={toolkit} />
      <ReadingGuide toolkit={toolkit} />
    </Page>
  );
}
