import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspiration, Quote, TextSection, ThemeText } from '@/content/types';

function TextBlock({ section }: { section: TextSection }) {
  return (
    <section className="theme-section">
      <h2>{section.heading}</h2>
      {section.paragraphs?.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {section.leadIn ? <p>{section.leadIn}</p> : null}
      {section.items ? (
        <ul>
          {section.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function QuoteFigure({ quote }: { quote: Quote }) {
  const headingId = useId();
  return (
    <figure className="theme-quote" aria-labelledby={headingId}>
      <h3 id={headingId}>{quote.heading}</h3>
      <blockquote>
        {quote.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      <figcaption>
        <span aria-hidden="true">— </span>
        {quote.attribution}
        {quote.readMore ? <span className="theme-quote-more">{quote.readMore}</span> : null}
      </figcaption>
    </figure>
  );
}

function InspirationCard({ item }: { item: Inspiration }) {
  const { t } = useTranslation('themes');
  return (
    <article className="card inspiration-card">
      <h3>{item.heading}</h3>
      {item.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {item.source ? <p className="muted">{t('theme.source', { source: item.source })}</p> : null}
    </article>
  );
}

/**
 * Everything the toolkit prints on a theme's page, in reading order. Reading tips (podcasts, guides)
 * are gathered in one card, since the toolkit heads each of them just "Inspiration".
 */
export function ThemeContent({ theme }: { theme: ThemeText }) {
  const { t } = useTranslation('themes');
  const reading = theme.inspiration.filter((item) => item.kind === 'reading');
  const stories = theme.inspiration.filter((item) => item.kind !== 'reading');
  return (
    <div className="theme-content">
      <TextBlock section={theme.whatIsAtStake} />
      {theme.sections.map((section) => (
        <TextBlock key={section.heading} section={section} />
      ))}
      <TextBlock section={theme.differentNeeds} />
      {(theme.sectionsAfterNeeds ?? []).map((section) => (
        <TextBlock key={section.heading} section={section} />
      ))}
      <TextBlock section={theme.signs} />
      {theme.quotes.length > 0 ? (
        <section className="theme-section">
          <h2>{t('theme.quotes')}</h2>
          {theme.quotes.map((quote) => (
            <QuoteFigure key={quote.heading} quote={quote} />
          ))}
        </section>
      ) : null}
      {theme.inspiration.length > 0 ? (
        <section className="theme-section theme-inspiration">
          <h2>{t('theme.inspiration')}</h2>
          <div className="inspiration-grid">
            {stories.map((item) => (
              <InspirationCard key={item.heading} item={item} />
            ))}
            {reading.length > 0 ? (
              <article className="card inspiration-card">
                <h3>{t('theme.reading')}</h3>
                <ul>
                  {reading.flatMap((item) =>
                    item.paragraphs.map((paragraph) => <li key={paragraph}>{paragraph}</li>),
                  )}
                </ul>
              </article>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
