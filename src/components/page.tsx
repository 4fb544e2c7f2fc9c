import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

/** The route the last screen was shown for, app-wide: a new Page on a new route is a navigation. */
let shownLocation: string | null = null;

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
 * route changes (not when the title does), so screen-reader and keyboard users land at the start of the new content.
 */
export function Page({ title, kicker, actions, children, className }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [location] = useLocation();

  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);

  useEffect(() => {
    const navigated = shownLocation !== null && shownLocation !== location;
    shownLocation = location;
    // On navigation only, keyed on the route and never on the title: a title can be the very text
    // being typed (an experiment's "Hvad?"), and refocusing the heading would take the field's focus
    // after its first key. On the first load the skip link and browser keep their usual focus.
    if (navigated) heading.current?.focus({ preventScroll: false });
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
