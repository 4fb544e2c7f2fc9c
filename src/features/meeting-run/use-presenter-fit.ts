import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';

/** Smallest text scale: with the CSS floors it keeps body text at 20 px or more on a 720p projector. */
export const FIT_FLOOR = 0.6;
const FIT_STEP = 0.1;

function overflows(element: HTMLElement | null): boolean {
  return element !== null && element.scrollHeight > element.clientHeight + 1;
}

interface Fit {
  scale: number;
  perPage: number;
  key: string;
}

/** One step towards fitting: a smaller scale, then fewer items a page; null when it fits or cannot shrink. */
function nextFit(
  fit: Fit,
  boxes: readonly RefObject<HTMLElement | null>[],
  list: HTMLElement | null,
): Fit | null {
  if (!boxes.some((box) => overflows(box.current))) return null;
  if (fit.scale > FIT_FLOOR + 0.001) return { ...fit, scale: Math.max(FIT_FLOOR, fit.scale - FIT_STEP) };
  if (fit.perPage <= 1 || !list) return null;
  // Jump close to the size that fits (the list gives up what its column is over), then settle one at a time.
  const column = list.closest('.presenter-content');
  const excess = column ? column.scrollHeight - column.clientHeight : 0;
  const height = Math.max(1, list.offsetHeight);
  const estimate = Math.floor((fit.perPage * (height - excess)) / height);
  return { ...fit, perPage: Math.max(1, Math.min(fit.perPage - 1, estimate)) };
}

/**
 * Fits the projector view to its screen without scrolling: first the text scales down to a
 * readable floor, then a list that still does not fit shows fewer items a page. Starts again from
 * full size whenever the screen or the content (`contentKey`) changes.
 */
export function usePresenterFit(
  /** An element of the view: the `.presenter` around it gets the `--fit` that scales the type. */
  root: RefObject<HTMLElement | null>,
  boxes: readonly RefObject<HTMLElement | null>[],
  list: RefObject<HTMLElement | null>,
  itemCount: number,
  contentKey: string,
): { scale: number; perPage: number } {
  const [fit, setFit] = useState<Fit>({ scale: 1, perPage: itemCount, key: '' });
  const [viewport, setViewport] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  const key = `${contentKey}|${itemCount}|${viewport}`;

  useLayoutEffect(() => {
    const onResize = () => setViewport(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // What was measured for other content or another screen does not count: start again from full size.
  const current = useMemo(
    () => (fit.key === key ? fit : { scale: 1, perPage: Math.max(1, itemCount), key }),
    [fit, key, itemCount],
  );

  useLayoutEffect(() => {
    // Set before measuring, so each pass measures the scale it is judging.
    const view = root.current?.closest<HTMLElement>('.presenter');
    view?.style.setProperty('--fit', String(current.scale));
    const next = nextFit(current, boxes, list.current);
    // Measuring the laid-out page and correcting before paint is what a layout effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (next) setFit(next);
  }, [current, root, boxes, list]);

  return { scale: current.scale, perPage: current.perPage };
}
