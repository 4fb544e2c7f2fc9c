import type { HandleplanColumn } from '@/content/structure';
import type { Language } from '@/i18n/languages';
import type { HandleplanPosterData } from './document-data';
import type { Block, DocumentModel } from './document-model';
import type { PosterGrid } from './poster-layout';
import { documentFrame } from './common-model';
import { fill, formatDate, type PdfLabels } from './labels';
import type { PaperFormat } from '@/domain/paper-forms';

export interface HandleplanOptions {
  language: Language;
  format: PaperFormat;
  /** The toolkit's column headings in the document's language. */
  columns: Readonly<Record<HandleplanColumn, string>>;
}

/**
 * Type sizes of the poster in points. A3 body text is at least 14 pt, to be read from two metres.
 * A4 is the A3 sheet scaled by 1/√2, as a copier reduces A3 to A4, so it has the same lines and
 * the same five experiments on a sheet: 14 / √2 ≈ 9.9 pt, which reads from about 1.4 m (the same
 * angle as 14 pt from 2 m), fine on a team's notice board, not across a room. A cell may go
 * below the floor, to three quarters of it, only for a single word too long for its column.
 */
export const POSTER_SIZES = {
  a3: { max: 20, floor: 14, cellFloor: 10.5 },
  a4: { max: 14.1, floor: 9.9, cellFloor: 7.4 },
} as const;

/** The attribution and page number at the foot of each sheet, A4 again A3 scaled by 1/√2. */
const FOOTER_SIZES = { a3: 10, a4: 7.1 } as const;

/** Most experiments on one sheet; a sixth starts a second sheet with the heading repeated. */
export const EXPERIMENTS_PER_SHEET = 5;

/** The toolkit's six columns and the six-week strip beside them, one row per experiment. */
export function posterGrid(
  data: HandleplanPosterData,
  labels: PdfLabels,
  language: Language,
  columns: Readonly<Record<HandleplanColumn, string>>,
): PosterGrid {
  return {
    perSheet: EXPERIMENTS_PER_SHEET,
    columns: [
      { header: columns.hvad },
      { header: columns.hvorfor },
      { header: columns.hvordan },
      { header: columns.hvem },
      { header: columns.justeringer },
      // Status stands above the six-week strip, which saves a column's width for the team's own words.
      { header: fill(labels.handleplan.strip, { status: columns.status }), wholeLines: true },
    ],
    rows: data.rows.map((row) => ({
      cells: [
        row.themes.length > 0 ? `${row.hvad}\n(${row.themes.join(', ')})` : row.hvad,
        row.hvorfor || labels.none,
        row.hvordan || labels.none,
        row.hvem || labels.none,
        row.adjustments.length > 0
          ? row.adjustments
              .map(
                (adjustment) => `${formatDate(adjustment.isoDate, language, 'dayMonth')}: ${adjustment.text}`,
              )
              .join('\n')
          : labels.none,
        [
          row.statusLabel,
          ...row.schedule.map((entry) =>
            fill(labels.handleplan.stripEntry, {
              label: entry.label,
              date: formatDate(entry.isoDate, language, 'dayMonth'),
            }),
          ),
        ].join('\n'),
      ],
      ...(row.holidays.length > 0
        ? { note: fill(labels.handleplan.holidayFlag, { names: row.holidays.join(', ') }) }
        : {}),
    })),
  };
}

/** The handleplan poster: landscape, large type, each experiment with its six-week strip beside it. */
export function handleplanModel(
  data: HandleplanPosterData,
  labels: PdfLabels,
  { language, format, columns }: HandleplanOptions,
): DocumentModel {
  const title = `${labels.handleplan.title} – ${data.teamName}`;
  const facts = [
    { label: labels.team, value: data.teamName },
    { label: labels.date, value: formatDate(data.isoDate, language) },
  ];
  if (data.period) {
    facts.push({
      label: labels.period,
      value: fill(labels.periodRange, {
        from: formatDate(data.period.from, language),
        to: formatDate(data.period.to, language),
      }),
    });
  }
  const blocks: Block[] = [];
  if (data.rows.length === 0) {
    blocks.push(
      { kind: 'title', text: labels.handleplan.title, subtitle: data.teamName },
      { kind: 'facts', items: facts },
      { kind: 'paragraph', text: labels.handleplan.empty },
    );
  } else {
    blocks.push({
      kind: 'poster',
      title,
      // The team is in the title.
      facts: facts
        .slice(1)
        .map((fact) => `${fact.label}: ${fact.value}`)
        .join('   ·   '),
      grid: posterGrid(data, labels, language, columns),
      size: POSTER_SIZES[format],
    });
  }
  return {
    ...documentFrame(labels, language, title, labels.handleplan.subject, data.teamName),
    // Each sheet repeats the poster's own heading.
    runningHeader: '',
    // Narrow margins (about 10.6 mm on A3, 7.4 mm on A4) give the team's words the room.
    page: { format, orientation: 'landscape', margin: format === 'a3' ? 30 : 21.2 },
    bodySize: POSTER_SIZES[format].floor,
    footerSize: FOOTER_SIZES[format],
    blocks,
  };
}
