/**
 * Line breaking and type fitting for the handleplan poster, free of jsPDF: the renderer passes a
 * `measure` that asks the embedded font for a string's width, tests pass a simple one.
 *
 * Rules (issue #12 point 4): words never break mid-word. Lines break at spaces and after a hyphen the
 * text already has ("e-mail", "Borger-service"). A word too long for its cell shrinks that cell's
 * type, step by step, down to a floor; only a word that still does not fit at the floor (an absurd
 * one, e.g. 60 letters without a space) is cut, and each cut is shown by a hyphen at the line's end.
 */

/** Width in points of `text` at `size` points, in bold or regular. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Line height as a multiple of the type size. */
export const POSTER_LEADING = 1.15;
/** The step by which a cell's or the sheet's type shrinks while looking for a fit. */
const STEP = 0.5;

/** Sizes from `from` down to `to` by STEP, ending at `to` itself. */
function sizesDown(from: number, to: number): number[] {
  const sizes: number[] = [];
  for (let size = from; size > to + 1e-9; size -= STEP) sizes.push(size);
  sizes.push(to);
  return sizes;
}

interface Piece {
  text: string;
  /** Joined to the previous piece by a space (false after a hyphen the text has). */
  space: boolean;
}

function pieces(paragraph: string): Piece[] {
  const out: Piece[] = [];
  for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
    // Break points after a hyphen between two letters or digits, never at a leading or trailing one.
    const parts = word.split(/(?<=[\p{L}\p{N}]-)(?=[\p{L}\p{N}])/u);
    parts.forEach((part, index) => out.push({ text: part, space: index === 0 }));
  }
  return out;
}

/**
 * `text` wrapped to `width` at `size`; null when a single word (or hyphen-part) is wider than the
 * cell. Newlines in the text are kept as line breaks.
 */
export function wrapWords(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] | null {
  const lines: string[] = [];
  const space = measure(' ', size, bold);
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const piece of pieces(paragraph)) {
      const own = measure(piece.text, size, bold);
      if (own > width) return null;
      const joined = used + (piece.space ? space : 0) + own;
      if (line === '') {
        line = piece.text;
        used = own;
      } else if (joined <= width) {
        line = `${line}${piece.space ? ' ' : ''}${piece.text}`;
        used = joined;
      } else {
        lines.push(line);
        line = piece.text;
        used = own;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Cut a word into runs that fit `width`, each but the last ending in a visible hyphen. */
function cutWord(word: string, width: number, size: number, bold: boolean, measure: Measure): string[] {
  const runs: string[] = [];
  let rest = [...word];
  while (rest.length > 0) {
    let take = rest.length;
    while (
      take > 1 &&
      measure(rest.slice(0, take).join('') + (take < rest.length ? '-' : ''), size, bold) > width
    ) {
      take--;
    }
    const run = rest.slice(0, take).join('');
    rest = rest.slice(take);
    runs.push(rest.length > 0 ? `${run}-` : run);
  }
  return runs;
}

export interface FittedCell {
  size: number;
  lines: string[];
}

/**
 * The largest size from `size` down to `floor` at which every word of `text` fits `width`; at the
 * floor, a word that is still too wide is cut with visible hyphens.
 */
export function fitCell(
  text: string,
  width: number,
  size: number,
  floor: number,
  bold: boolean,
  measure: Measure,
): FittedCell {
  for (const current of sizesDown(size, Math.min(size, floor))) {
    const lines = wrapWords(text, width, current, bold, measure);
    if (lines) return { size: current, lines };
  }
  const cut = text
    .split('\n')
    .map((paragraph) =>
      paragraph
        .split(/[ \t]+/)
        .filter(Boolean)
        .flatMap((word) =>
          measure(word, floor, bold) > width ? cutWord(word, width, floor, bold, measure) : [word],
        )
        .join(' '),
    )
    .join('\n');
  return { size: floor, lines: wrapWords(cut, width, floor, bold, measure) ?? [cut] };
}

export interface PosterGrid {
  /**
   * Column headers; `wholeLines`: the column is at least as wide as its longest line (the six-week
   * strip's dates), where other columns are at least as wide as their longest word.
   */
  columns: readonly { header: string; wholeLines?: boolean }[];
  /**
   * Body rows: one text per column, the first column set in bold; `note` is printed below the last
   * column's text as a warning (the holiday flag).
   */
  rows: readonly { cells: readonly string[]; note?: string }[];
  /** Most rows on one sheet. */
  perSheet: number;
}

export interface LaidCell extends FittedCell {
  bold: boolean;
  /** Index of the first line that belongs to the row's note; lines.length when there is none. */
  noteFrom: number;
}

export interface LaidRow {
  cells: LaidCell[];
  height: number;
}

/** One sheet: its columns' widths, the header row repeated and its experiments. */
export interface PosterSheet {
  widths: number[];
  header: LaidRow;
  rows: LaidRow[];
}

export interface PosterLayout {
  /** Body type size of the whole poster. */
  size: number;
  sheets: PosterSheet[];
  /** Every row fits below the header on its sheet. */
  fits: boolean;
}

function layRow(
  texts: readonly string[],
  note: string | undefined,
  widths: readonly number[],
  size: number,
  cellFloor: number,
  padding: number,
  boldAll: boolean,
  measure: Measure,
): LaidRow {
  const last = texts.length - 1;
  const cells = texts.map((text, index): LaidCell => {
    const bold = boldAll || index === 0;
    const inner = widths[index]! - padding * 2;
    if (index !== last || !note) {
      const fitted = fitCell(text, inner, size, cellFloor, bold, measure);
      return { bold, ...fitted, noteFrom: fitted.lines.length };
    }
    let fitted = fitCell(text, inner, size, cellFloor, bold, measure);
    let flag = fitCell(note, inner, fitted.size, cellFloor, true, measure);
    if (flag.size < fitted.size) fitted = fitCell(text, inner, flag.size, flag.size, bold, measure);
    flag = fitCell(note, inner, fitted.size, fitted.size, true, measure);
    return {
      bold,
      size: fitted.size,
      lines: [...fitted.lines, ...flag.lines],
      noteFrom: fitted.lines.length,
    };
  });
  const height =
    Math.max(...cells.map((cell) => cell.lines.length * cell.size * POSTER_LEADING)) + padding * 2;
  return { cells, height };
}

/** Padding inside a cell, by type size. */
export function cellPadding(size: number): number {
  return size * 0.25;
}

/**
 * The poster's table laid out for a sheet `width` wide with `height` below the sheet's heading: the
 * largest body size from `max` down to `floor` at which the rows take as few sheets as `perSheet`
 * allows; if none does, the floor, with rows spilling onto further sheets as they must.
 * A single cell may go below the floor (down to `cellFloor`) only for a word too long for it.
 */
export function layoutPoster(
  grid: PosterGrid,
  {
    width,
    height,
    max,
    floor,
    cellFloor,
  }: { width: number; height: number; max: number; floor: number; cellFloor: number },
  measure: Measure,
): PosterLayout {
  const fast = linearMeasure(measure);
  // Five experiments to a sheet, each sheet with its own column widths; one type size for all.
  const chunks: PosterGrid[] = [];
  for (let first = 0; first < Math.max(1, grid.rows.length); first += grid.perSheet) {
    chunks.push({ ...grid, rows: grid.rows.slice(first, first + grid.perSheet) });
  }
  const at = (size: number): PosterLayout => {
    const parts = chunks.map((chunk) =>
      paginate(chunk, columnWidths(chunk, width, size, fast), size, cellFloor, height, fast),
    );
    return { size, sheets: parts.flatMap((part) => part.sheets), fits: parts.every((part) => part.fits) };
  };
  for (const size of sizesDown(max, floor)) {
    const layout = at(size);
    if (layout.fits && layout.sheets.length === chunks.length) return layout;
  }
  return at(floor);
}

/**
 * A measure that asks the font once per string and scales by size (a font's widths are linear in its
 * size), so trying many sizes and widths costs arithmetic only.
 */
export function linearMeasure(measure: Measure): Measure {
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let unit = cache.get(key);
    if (unit === undefined) {
      unit = measure(text, 1, bold);
      cache.set(key, unit);
    }
    return unit * size;
  };
}

/** Lines the cells of column `index` take at most, at `width`; Infinity when a word does not fit. */
function columnLines(grid: PosterGrid, index: number, width: number, size: number, measure: Measure) {
  const inner = width - cellPadding(size) * 2;
  const last = index === grid.columns.length - 1;
  let most = 0;
  for (const row of grid.rows) {
    const text = wrapWords(row.cells[index] ?? '', inner, size, index === 0, measure);
    const note = last && row.note ? wrapWords(row.note, inner, size, true, measure) : [];
    if (!text || !note) return Infinity;
    most = Math.max(most, text.length + note.length);
  }
  return most;
}

/**
 * Column widths at `size` for a table `width` wide: the fewest lines L such that every column, at the
 * least width where none of its cells takes more than L lines, fits the table; the width left over is
 * shared in proportion. So the tallest cells of a row end about level and no column is wider than it
 * needs. A column is at least as wide as its longest word (or, with `wholeLines`, its longest line),
 * up to a fifth of the table; a longer word shrinks its cell instead.
 */
export function columnWidths(grid: PosterGrid, width: number, size: number, measure: Measure): number[] {
  const padding = cellPadding(size) * 2;
  const words = (text: string) =>
    text.split('\n').flatMap((paragraph) => pieces(paragraph).map((piece) => piece.text));
  const mins = grid.columns.map((column, index) => {
    const body = grid.rows.map((row) => row.cells[index] ?? '');
    const units = column.wholeLines ? body.flatMap((text) => text.split('\n')) : body.flatMap(words);
    const longest = Math.max(
      size * 3,
      ...words(column.header).map((word) => measure(word, size, true)),
      ...units.map((unit) => measure(unit, size, index === 0)),
    );
    return Math.min(longest + padding, width / 5);
  });
  const minTotal = mins.reduce((sum, min) => sum + min, 0);
  if (minTotal >= width) return mins.map((min) => (min / minTotal) * width);
  const widthFor = (index: number, lines: number) => {
    let low = mins[index]!;
    let high = width;
    if (columnLines(grid, index, low, size, measure) <= lines) return low;
    if (columnLines(grid, index, high, size, measure) > lines) return Infinity;
    while (high - low > 1) {
      const middle = (low + high) / 2;
      if (columnLines(grid, index, middle, size, measure) <= lines) high = middle;
      else low = middle;
    }
    return high;
  };
  for (let lines = 1; lines <= 80; lines++) {
    const widths = grid.columns.map((_, index) => widthFor(index, lines));
    const total = widths.reduce((sum, value) => sum + value, 0);
    if (total <= width) return widths.map((value) => value * (width / total));
  }
  return mins.map((min) => (min / minTotal) * width);
}

function paginate(
  grid: PosterGrid,
  widths: number[],
  size: number,
  cellFloor: number,
  height: number,
  measure: Measure,
): { sheets: PosterSheet[]; fits: boolean } {
  const padding = cellPadding(size);
  const header = layRow(
    grid.columns.map((column) => column.header),
    undefined,
    widths,
    size,
    cellFloor,
    padding,
    true,
    measure,
  );
  const room = height - header.height;
  const sheets: LaidRow[][] = [[]];
  let used = 0;
  let fits = true;
  for (const { cells, note } of grid.rows) {
    const row = layRow(cells, note, widths, size, cellFloor, padding, false, measure);
    if (row.height > room) fits = false;
    const sheet = sheets.at(-1)!;
    if (sheet.length > 0 && (sheet.length >= grid.perSheet || used + row.height > room)) {
      sheets.push([row]);
      used = row.height;
    } else {
      sheet.push(row);
      used += row.height;
    }
  }
  return { sheets: sheets.map((rows) => ({ widths, header, rows })), fits };
}
