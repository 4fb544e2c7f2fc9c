import type { Language } from '@/i18n/languages';
import type { Block, DocumentModel } from './document-model';
import type { HandleplanColumn } from '@/content/structure';
import type { HandleplanRowData } from './document-data';
import { fill, formatDate, pdfLanguageTag, type PdfLabels } from './labels';

/** Metadata, footer and running header shared by every document. */
export function documentFrame(
  labels: PdfLabels,
  language: Language,
  title: string,
  subject: string,
  teamName: string,
): Pick<DocumentModel, 'meta' | 'footer' | 'runningHeader'> {
  return {
    meta: { title, subject, language: pdfLanguageTag(language), creator: labels.creator },
    runningHeader: !teamName || title.includes(teamName) ? title : `${title} · ${teamName}`,
    footer: { attribution: labels.attribution, pageOf: labels.pageOf },
  };
}

/** The handleplan table: the toolkit's six columns, adjustments dated, themes under "Hvad?". */
export function handleplanTable(
  rows: readonly HandleplanRowData[],
  columns: Readonly<Record<HandleplanColumn, string>>,
  labels: PdfLabels,
  language: Language,
  scale = 1,
): Block {
  return {
    kind: 'table',
    scale,
    columns: [
      { header: columns.hvad, weight: 3.3 },
      { header: columns.hvorfor, weight: 3 },
      { header: columns.hvordan, weight: 3 },
      { header: columns.hvem, weight: 1.6 },
      { header: columns.justeringer, weight: 2.6 },
      { header: columns.status, weight: 1.5 },
    ],
    rows: rows.map((row) => [
      row.themes.length > 0 ? `${row.hvad}\n(${row.themes.join(', ')})` : row.hvad,
      row.hvorfor || labels.none,
      row.hvordan || labels.none,
      row.hvem || labels.none,
      row.adjustments.length > 0
        ? row.adjustments
            .map((adjustment) => `${formatDate(adjustment.isoDate, language, 'short')}: ${adjustment.text}`)
            .join('\n')
        : labels.none,
      row.statusLabel,
    ]),
  };
}

/**
 * Lines to keep below a heading so a short table is not split from it or across pages: the header
 * and each row take two lines of text and their padding, about 2.4 body lines at the table's scale.
 */
export function keepLinesFor(table: Block): number {
  return table.kind === 'table' ? 2.4 * (table.scale ?? 1) * (1 + Math.min(table.rows.length, 8)) : 4;
}

/** One strip per experiment: start, both stop op and the decision, each with week number and date. */
export function scheduleTable(
  rows: readonly HandleplanRowData[],
  labels: PdfLabels,
  language: Language,
): Block | null {
  const scheduled = rows.filter((row) => row.schedule.length > 0);
  const first = scheduled[0];
  if (!first) return null;
  const rowsOut = scheduled.map((row) => [
    row.hvad,
    ...row.schedule.map(
      (entry) =>
        `${fill(labels.week, { week: entry.week })}\n${formatDate(entry.isoDate, language, 'short')}`,
    ),
  ]);
  const width = first.schedule.length;
  return {
    kind: 'table',
    columns: [
      { header: labels.handleplan.experiment, weight: 3.4 },
      ...first.schedule.map((entry) => ({ header: entry.label, weight: 1.6 })),
    ],
    rows: rowsOut,
    // A little smaller than the plan itself: dates only, and it must fit below a plan on one sheet.
    scale: 0.9,
    highlight: rowsOut.flatMap((_, rowIndex) =>
      Array.from({ length: width - 1 }, (__, index) => [rowIndex, index + 2] as const),
    ),
  };
}
