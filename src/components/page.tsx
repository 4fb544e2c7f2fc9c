import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

interface PageProps {
  /** The screen's heading, also the document title. */
  title: string;
  /** Shown above the heading, e.g. "Tema 4". */
  kicker?: string;
  /** Actions placed beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/**
 * Every screen's frame: sets the document title and moves focus to the heading when the
 * route changes, so screen-reader and keyboard users land at the start of the new content.
 */
export function Page({ title, kicker, actions, children, className }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The route, not the title: a heading that shows the text being edited (an experiment's "Hvad?",
  // a round's name) changes with every key, and taking the focus then would eat the typing.
  const [location] = useLocation();

  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);

  useEffect(() => {
    // Only after navigation: on the first load the skip link and browser keep their usual focus.
    if (document.activeElement && document.activeElement !== document.body) {
      heading.current?.focus({ preventScroll: false });
    }
  }, [location]);

  return (
    <article className={['page', className].filter(Boolean).join(' ')}>
      <header className="page-header">
        <div>
          {kicker ? <p className="page-kicker">{kicker}</p> : null}
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </article>
  );
}
