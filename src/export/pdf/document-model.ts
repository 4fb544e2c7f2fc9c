import type { PosterGrid } from './poster-layout';
import type { PaperFormat } from '@/domain/paper-forms';

/**
 * What a PDF shows, as data: the models build it from document data and labels (pure, tested in Node),
 * and render.ts draws it with jsPDF. Sizes are in points; widths of table columns are relative weights.
 */

export interface TableColumn {
  header: string;
  /** Relative width; columns share the page width in proportion. */
  weight: number;
}

export type Tone = 'plain' | 'accent' | 'muted';

export type Block =
  | { kind: 'title'; text: string; subtitle: string }
  /** `keepLines`: body lines that must fit below the heading, so a short table starts on its page. */
  /**
   * `level` 2 and 3 are smaller, for a section within a section. `anchor` names the heading for a
   * table of contents, which prints the page it lands on.
   */
  | { kind: 'heading'; text: string; keepLines?: number; level?: 1 | 2 | 3; anchor?: string }
  | { kind: 'subheading'; text: string; keepLines?: number }
  /** `keepLines`: body lines that must fit below the paragraph, e.g. a check-in's title above its answers. */
  | { kind: 'paragraph'; text: string; tone?: Tone; keepLines?: number }
  | { kind: 'facts'; items: readonly { label: string; value: string }[] }
  | { kind: 'bullets'; items: readonly string[]; numbered?: boolean }
  | {
      kind: 'table';
      columns: readonly TableColumn[];
      rows: readonly (readonly string[])[];
      /** Cells to shade, by row and column index, e.g. the strip's milestones. */
      highlight?: readonly (readonly [number, number])[];
      /** Cells in bold, e.g. a proposal among the group's top. */
      boldRows?: readonly number[];
      /** Type size relative to the body, for wide tables on a portrait page. */
      scale?: number;
      /** Least height of a body row in points, e.g. room for tally marks. */
      rowHeight?: number;
    }
  | {
      kind: 'chart';
      title: string;
      /** Legend labels for the five score levels. */
      legend: readonly string[];
      bars: readonly { label: string; counts: readonly number[]; note: string }[];
    }
  | { kind: 'writingSpace'; question: string; lines: number }
  /** A theme to score on paper: its name and key question, then boxes 1–5 with the scale's end labels. */
  | { kind: 'scoreBoxes'; name: string; question: string; low: string; high: string }
  /**
   * The handleplan as a poster: a heading and a grid laid out as one block, at the largest type from
   * `size.max` down to `size.floor` that keeps `grid.perSheet` rows on a sheet; each sheet repeats the
   * heading and the column headers.
   */
  | {
      kind: 'poster';
      title: string;
      facts: string;
      grid: PosterGrid;
      size: { max: number; floor: number; cellFloor: number };
    }
  /** The next block starts a new page, e.g. the next participant's vurderingsskema. */
  | { kind: 'pageBreak' }
  /**
   * A table of contents: each entry with the page its heading (by `anchor`) lands on, filled in once
   * the document is laid out, and a link to that page.
   */
  | {
      kind: 'toc';
      title: string;
      entries: readonly { text: string; anchor: string; level: 1 | 2 }[];
    };

export interface DocumentModel {
  meta: { title: string; subject: string; language: string; creator: string };
  /** `margin` in points, when not the default (48 on A3, 36 on A4). */
  page: { format: PaperFormat; orientation: 'portrait' | 'landscape'; margin?: number };
  /** Body size in points; the poster is larger so it reads from a metre away. */
  bodySize: number;
  /** Size of the footer and running header, when not derived from the body size. */
  footerSize?: number;
  /** Running header on every page after the first. */
  runningHeader: string;
  footer: { attribution: string; pageOf: string };
  blocks: readonly Block[];
}
