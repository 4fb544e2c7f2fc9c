import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/**
 * The smallest projected text: 20 px on a 720-px-high screen, and as much of the wall on any other
 * (30 px on 1080p), since a projector shows every resolution at the same size. Never below 20 px.
 * The view's CSS reads it as `--floor`; nothing the room is meant to read is smaller.
 */
export const TEXT_FLOOR_PX = 20;
export const TEXT_FLOOR_HEIGHT = 720;

/** The text floor in px for a viewport `height` px high. */
export function textFloorPx(height: number): number {
  return Math.max(TEXT_FLOOR_PX, (TEXT_FLOOR_PX * height) / TEXT_FLOOR_HEIGHT);
}

/** Smallest text scale; the CSS floors (`--floor`) keep the text at or above textFloorPx. */
export const FIT_FLOOR = 0.6;
/** Down to this scale the text shrinks before a list is paged; below it only when one item a page is still too much. */
export const FIT_COMFORT = 0.7;
const FIT_STEP = 0.1;
/**
 * Passes measured before paint in one go; React stops a chain of 50 updates from layout effects,
 * so a very long list goes on measuring in the next frame instead.
 */
const PASSES_BEFORE_PAINT = 40;

/** Whether an element's content is taller than its box. */
export function overflows(element: Element | null): boolean {
  return element !== null && element.scrollHeight > element.clientHeight + 1;
}

export interface Fit {
  scale: number;
  perPage: number;
  /** While measuring: the page being tried (every page must fit before one is shown); null when done. */
  probe: number | null;
  key: string;
}

/**
 * One step towards fitting the page being tried, or null when it fits or cannot shrink: first
 * smaller text down to a comfortable scale, then (when the list's column is what overflows) fewer
 * items a page, and only when a single item still does not fit, smaller text down to the floor.
 */
function shrink(
  fit: Fit,
  boxes: readonly RefObject<HTMLElement | null>[],
  list: HTMLElement | null,
): Fit | null {
  if (!boxes.some((box) => overflows(box.current))) return null;
  const smaller = (floor: number) => ({ ...fit, scale: Math.max(floor, fit.scale - FIT_STEP) });
  if (fit.scale > FIT_COMFORT + 0.001) return smaller(FIT_COMFORT);
  const column = list?.closest('.presenter-content') ?? null;
  if (list && fit.perPage > 1 && overflows(column)) {
    // Jump close to the size that fits (the list gives up what its column is over), then settle one at a time.
    const excess = column ? column.scrollHeight - column.clientHeight : 0;
    const height = Math.max(1, list.offsetHeight);
    const estimate = Math.floor((fit.perPage * (height - excess)) / height);
    // Other page breaks: every page is tried again.
    return { ...fit, perPage: Math.max(1, Math.min(fit.perPage - 1, estimate)), probe: 0 };
  }
  if (fit.scale > FIT_FLOOR + 0.001) return smaller(FIT_FLOOR);
  return null;
}

/** The next measuring pass: shrink while the page tried overflows, then try the next page, then done. */
export function nextFit(
  fit: Fit,
  itemCount: number,
  boxes: readonly RefObject<HTMLElement | null>[],
  list: HTMLElement | null,
): Fit | null {
  if (fit.probe === null) return null;
  const smaller = shrink(fit, boxes, list);
  if (smaller) return smaller;
  const pages = Math.ceil(itemCount / Math.max(1, fit.perPage));
  if (fit.probe + 1 < pages) return { ...fit, probe: fit.probe + 1 };
  // Every page fits: spread the items evenly over that many pages (8 and 8 rather than 9 and 7), and try again.
  const even = Math.ceil(itemCount / pages);
  return even < fit.perPage ? { ...fit, perPage: even, probe: 0 } : { ...fit, probe: null };
}

/** The window's size as `WxH`, new on every resize. */
export function useViewportSize(): string {
  const [viewport, setViewport] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  useLayoutEffect(() => {
    const onResize = () => setViewport(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return viewport;
}

/**
 * Fits the projector view to its screen without scrolling: the text scales down a little, then a
 * list that still does not fit shows fewer items a page, and the text goes down to its floor only
 * when one item a page is still too much. Each page of the list is tried before anything is painted
 * (`probe` is the page the pager must show meanwhile), so one size and one page length fit them all.
 * Starts again from full size whenever the screen or the content (`contentKey`) changes.
 */
export function usePresenterFit(
  /** An element of the view: the `.presenter` around it gets the `--fit` that scales the type. */
  root: RefObject<HTMLElement | null>,
  boxes: readonly RefObject<HTMLElement | null>[],
  list: RefObject<HTMLElement | null>,
  itemCount: number,
  contentKey: string,
): { scale: number; perPage: number; probe: number | null } {
  const [fit, setFit] = useState<Fit>({ scale: 1, perPage: itemCount, probe: 0, key: '' });
  const viewport = useViewportSize();
  const passes = useRef(0);
  const key = `${contentKey}|${itemCount}|${viewport}`;

  // What was measured for other content or another screen does not count: start again from full size.
  const current = useMemo(
    () => (fit.key === key ? fit : { scale: 1, perPage: Math.max(1, itemCount), probe: 0, key }),
    [fit, key, itemCount],
  );

  useLayoutEffect(() => {
    // Set before measuring, so each pass measures the scale it is judging.
    const view = root.current?.closest<HTMLElement>('.presenter');
    view?.style.setProperty('--fit', String(current.scale));
    view?.style.setProperty(
      '--floor',
      `max(${TEXT_FLOOR_PX}px, ${(100 * TEXT_FLOOR_PX) / TEXT_FLOOR_HEIGHT}vh)`,
    );
    const next = nextFit(current, itemCount, boxes, list.current);
    if (!next) {
      passes.current = 0;
      return undefined;
    }
    passes.current += 1;
    if (passes.current % PASSES_BEFORE_PAINT === 0) {
      const frame = requestAnimationFrame(() => setFit(next));
      return () => cancelAnimationFrame(frame);
    }
    // Measuring the laid-out page and correcting before paint is what a layout effect is for.
    setFit(next);
    return undefined;
  }, [current, itemCount, root, boxes, list]);

  return { scale: current.scale, perPage: current.perPage, probe: current.probe };
}
