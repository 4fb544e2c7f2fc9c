import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './due-this-week.css';

/**
 * The "Denne uge" card's frame, one fixed height whatever it holds: the prerendered page shows it
 * empty, and the saved experiments fill it in later without moving anything below it. A long list
 * scrolls inside the card.
 */
export function DueFrame({ children, busy = false }: { children?: ReactNode; busy?: boolean }) {
  const { t } = useTranslation('home');
  return (
    <section className="card home-due" aria-labelledby="home-due-heading" aria-busy={busy || undefined}>
      <h2 id="home-due-heading">{t('due.heading')}</h2>
      <div className="home-due-body">{children}</div>
    </section>
  );
}
