import type { Language } from '@/i18n/languages';
import type { TableSheetsData } from './document-data';
import type { Block, DocumentModel } from './document-model';
import { documentFrame } from './common-model';
import { fill, formatDate, type PdfLabels } from './labels';

/**
 * The dialogmøde's table sheets: one A4 page per table with its theme, key question and the steps it
 * runs (the drejebog's steps 2–5), for the table to follow on paper. The app's wording of a question
 * is printed beside the toolkit's, marked as the app's, as on the screen.
 */
export function tableSheetModel(data: TableSheetsData, labels: PdfLabels, language: Language): DocumentModel {
  const l = labels.tableSheet;
  const blocks: Block[] = [];
  data.tables.forEach((table, index) => {
    if (index > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(
      {
        kind: 'title',
        text: fill(l.title, { number: table.number, theme: table.theme }),
        subtitle: fill(l.subtitle, { team: data.teamName, date: formatDate(data.isoDate, language) }),
      },
      { kind: 'paragraph', text: table.keyQuestion, tone: 'accent' },
    );
    for (const step of table.steps) {
      const title = fill(l.step, { number: step.number, title: step.title });
      blocks.push({
        kind: 'subheading',
        text: step.durationLabel ? `${title} · ${step.durationLabel}` : title,
        keepLines: 2,
      });
      if (step.leadIn) blocks.push({ kind: 'paragraph', text: step.leadIn });
      for (const paragraph of step.paragraphs) blocks.push({ kind: 'paragraph', text: paragraph });
      if (step.questions.length > 0) blocks.push({ kind: 'bullets', items: step.questions });
      if (step.adaptation) {
        blocks.push({ kind: 'paragraph', text: `${l.adaptation} ${step.adaptation}`, tone: 'muted' });
      }
      if (step.conclusion) blocks.push({ kind: 'paragraph', text: step.conclusion });
    }
  });
  const title = l.documentTitle;
  return {
    ...documentFrame(labels, language, `${title} – ${data.teamName}`, l.subject, data.teamName),
    page: { format: 'a4', orientation: 'portrait' },
    bodySize: 11,
    blocks,
  };
}
