import type { HandleplanColumn } from '@/content/structure';
import type { Language } from '@/i18n/languages';
import type { HandleplanPosterData } from './document-data';
import type { Block, DocumentModel } from './document-model';
import { documentFrame, handleplanTable, keepLinesFor, scheduleTable } from './common-model';
import { fill, formatDate, type PdfLabels } from './labels';

export interface HandleplanOptions {
  language: Language;
  format: 'a4' | 'a3';
  /** The toolkit's column headings in the document's language. */
  columns: Readonly<Record<HandleplanColumn, string>>;
}

/** The handleplan poster: landscape, large type, the table and a six-week strip per experiment. */
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
  const blocks: Block[] = [
    { kind: 'title', text: labels.handleplan.title, subtitle: data.teamName },
    { kind: 'facts', items: facts },
  ];
  if (data.rows.length === 0) {
    blocks.push({ kind: 'paragraph', text: labels.handleplan.empty });
  } else {
    blocks.push(handleplanTable(data.rows, columns, labels, language));
    const strip = scheduleTable(data.rows, labels, language);
    if (strip) {
      blocks.push(
        { kind: 'heading', text: labels.handleplan.scheduleHeading, keepLines: keepLinesFor(strip) },
        strip,
      );
    }
  }
  return {
    ...documentFrame(labels, language, title, labels.handleplan.subject, data.teamName),
    page: { format, orientation: 'landscape' },
    bodySize: format === 'a3' ? 16 : 12,
    blocks,
  };
}
