import { describe, expect, it } from 'vitest';
import { FIT_COMFORT, FIT_FLOOR, nextFit, textFloorPx, type Fit } from './use-presenter-fit';

describe('textFloorPx', () => {
  it.each([
    [600, 20],
    [719, 20],
    [720, 20],
    [900, 25],
    [1080, 30],
    [2160, 60],
  ])('on a screen %i px high is %f px', (height, floor) => {
    expect(textFloorPx(height)).toBeCloseTo(floor, 6);
  });
});

/** A laid-out box as the fit reads it: how high its content is against how high it is. */
function box(content: number, height: number, extra: Partial<HTMLElement> = {}) {
  return { scrollHeight: content, clientHeight: height, offsetHeight: content, ...extra } as HTMLElement;
}

function view({ column, timer = box(100, 100) }: { column: HTMLElement; timer?: HTMLElement }) {
  const list = box(column.scrollHeight - 100, 0, { closest: () => column } as Partial<HTMLElement>);
  return { boxes: [{ current: column }, { current: timer }], list };
}

const start: Fit = { scale: 1, perPage: 16, probe: 0, key: 'k' };

describe('nextFit', () => {
  it('is done when the page tried fits and it is the last page', () => {
    const { boxes, list } = view({ column: box(500, 500) });
    expect(nextFit(start, 16, boxes, list)).toEqual({ ...start, probe: null });
    expect(nextFit({ ...start, probe: null }, 16, boxes, list)).toBeNull();
  });

  it('first makes the text smaller, in steps, down to the comfortable scale', () => {
    const { boxes, list } = view({ column: box(900, 500) });
    expect(nextFit(start, 16, boxes, list)?.scale).toBeCloseTo(0.9);
    expect(nextFit({ ...start, scale: FIT_COMFORT + 0.05 }, 16, boxes, list)?.scale).toBe(FIT_COMFORT);
  });

  it('then pages the list, estimating from how far its column is over, and tries every page again', () => {
    // The column is 600 px of content in 500: the list (500 px for 16 items) gives up a fifth.
    const { boxes, list } = view({ column: box(600, 500) });
    const paged = nextFit({ ...start, scale: FIT_COMFORT, probe: 1 }, 16, boxes, list);
    expect(paged).toEqual({ ...start, scale: FIT_COMFORT, perPage: 12, probe: 0 });
    // Just over by a pixel: one item fewer, not a jump.
    const { boxes: b2, list: l2 } = view({ column: box(502, 500) });
    expect(nextFit({ ...start, scale: FIT_COMFORT, perPage: 8 }, 16, b2, l2)?.perPage).toBe(7);
  });

  it('does not page the list when only the clock column is over: the text gets smaller', () => {
    const { boxes, list } = view({ column: box(500, 500), timer: box(600, 500) });
    const next = nextFit({ ...start, scale: FIT_COMFORT }, 16, boxes, list);
    expect(next?.perPage).toBe(16);
    expect(next?.scale).toBeCloseTo(FIT_COMFORT - 0.1);
  });

  it('goes down to the floor only with one item a page, and no further', () => {
    const { boxes, list } = view({ column: box(900, 500) });
    const one = { ...start, scale: FIT_COMFORT, perPage: 1 };
    expect(nextFit(one, 6, boxes, list)?.scale).toBe(FIT_FLOOR);
    // At the floor it shrinks no more: the next page is tried.
    expect(nextFit({ ...one, scale: FIT_FLOOR }, 6, boxes, list)).toEqual({
      ...one,
      scale: FIT_FLOOR,
      probe: 1,
    });
  });

  it('tries the pages in turn, then spreads the items evenly over them', () => {
    const { boxes, list } = view({ column: box(500, 500) });
    const nine = { ...start, scale: FIT_COMFORT, perPage: 9 };
    expect(nextFit({ ...nine, probe: 0 }, 16, boxes, list)).toEqual({ ...nine, probe: 1 });
    // 16 at 9 a page is 9 and 7: as 8 and 8 instead, every page tried again.
    expect(nextFit({ ...nine, probe: 1 }, 16, boxes, list)).toEqual({ ...nine, perPage: 8, probe: 0 });
    const eight = { ...nine, perPage: 8, probe: 1 };
    expect(nextFit(eight, 16, boxes, list)).toEqual({ ...eight, probe: null });
  });
});
