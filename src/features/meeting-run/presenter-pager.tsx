import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Seconds a page stays on the projector before the next one, long enough to read a page of proposals. */
const PAGE_SECONDS = 12;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

interface PresenterPagerProps {
  /** `group`: the table an item belongs to, when a table is shown a part at a time. */
  items: readonly { key: string; node: ReactNode; group?: number }[];
  /** How many groups the items make (the indicator counts tables, not their parts); none: each item its own. */
  groups?: number;
  /** How many fit on the screen, as the presenter view measured it. */
  perPage: number;
  /** 'proposals' or 'tables': says what the indicator counts ("Forslag 1–8 af 12"). */
  kind: 'proposals' | 'tables';
  className: string;
  /** The list element the items are placed in. */
  as: 'ol' | 'div';
  /** While the view measures: the page to lay out instead of the one the pager is on (never painted). */
  probe?: number | null;
}

/**
 * What does not fit on one screen, one page at a time. It turns its pages on its own, with a
 * visible page indicator and a button to stop it (WCAG 2.2.2); with reduced motion it starts stopped.
 */
export function PresenterPager({
  items,
  perPage,
  kind,
  className,
  as: List,
  probe = null,
  groups,
}: PresenterPagerProps) {
  const { t } = useTranslation('meetingRun');
  const size = Math.max(1, Math.min(perPage, items.length));
  const pages = Math.max(1, Math.ceil(items.length / size));
  const [page, setPage] = useState(0);
  const [playing, setPlaying] = useState(() => !prefersReducedMotion());
  const current = Math.min(probe ?? page, pages - 1);

  useEffect(() => {
    if (!playing || pages < 2) return undefined;
    const id = setInterval(() => setPage((p) => (p + 1) % pages), PAGE_SECONDS * 1000);
    return () => clearInterval(id);
  }, [playing, pages]);

  const from = current * size;
  const shown = items.slice(from, from + size);
  const first = shown[0]?.group ?? from + 1;
  const last = shown[shown.length - 1]?.group ?? from + shown.length;
  return (
    <div className={`presenter-pager ${className}`}>
      <List className="presenter-pager-items" start={List === 'ol' ? from + 1 : undefined}>
        {shown.map((item) =>
          List === 'ol' ? <li key={item.key}>{item.node}</li> : <div key={item.key}>{item.node}</div>,
        )}
      </List>
      {pages > 1 ? (
        <div className="presenter-pager-bar">
          <p className="presenter-pager-range">
            {t(`pager.${kind}`, {
              range: first === last ? `${first}` : `${first}–${last}`,
              count: groups ?? items.length,
            })}
          </p>
          <span
            className={pages > 10 ? 'presenter-pager-dots is-many' : 'presenter-pager-dots'}
            aria-hidden="true"
          >
            {Array.from({ length: pages }, (_, index) => (
              <span key={index} className={index === current ? 'is-current' : undefined} />
            ))}
          </span>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={t('pager.previous')}
            onClick={() => setPage((current - 1 + pages) % pages)}
          >
            ‹
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setPlaying((p) => !p)}
          >
            {playing ? t('pager.pause') : t('pager.play')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={t('pager.next')}
            onClick={() => setPage((current + 1) % pages)}
          >
            ›
          </button>
        </div>
      ) : null}
    </div>
  );
}
