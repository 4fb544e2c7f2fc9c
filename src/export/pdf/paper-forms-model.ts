import { SCORES, THEME_IDS } from '@/content/ids';
import type { ToolkitText } from '@/content/types';
import type { Language } from '@/i18n/languages';
import { documentFrame } from './common-model';
import type { Block, DocumentModel } from './document-model';
import { formatDate, type PdfLabels } from './labels';

/** What the paper vurderingsskema and its tally sheet print at the top: whose round, and when. */
export interface PaperFormsData {
  teamName: string;
  /** The round's date, ISO `YYYY-MM-DD`. */
  isoDate: string;
  /** The round's own name, e.g. "Før forsøget"; may be empty. */
  roundLabel: string;
}

interface PaperOptions {
  language: Language;
  toolkit: ToolkitText;
}

function header(data: PaperFormsData, labels: PdfLabels, language: Language): Block {
  return {
    kind: 'facts',
    items: [
      { label: labels.team, value: data.teamName },
      { label: labels.date, value: formatDate(data.isoDate, language) },
      { label: labels.paperForms.round, value: data.roundLabel },
    ].filter((item) => item.value.trim() !== ''),
  };
}

/**
 * The toolkit's vurderingsskema to print, one A4 per participant: the team and date at the top, no
 * name, the instruction, then the six themes with their key question and boxes 1–5. `copies` ≥ 1.
 */
export function vurderingsskemaModel(
  data: PaperFormsData,
  copies: number,
  labels: PdfLabels,
  { language, toolkit }: PaperOptions,
): DocumentModel {
  const sheet = toolkit.vurderingsskema;
  const page: Block[] = [
    { kind: 'title', text: sheet.heading, subtitle: sheet.question },
    header(data, labels, language),
    { kind: 'paragraph', text: labels.paperForms.anonymous, tone: 'accent' },
    { kind: 'paragraph', text: sheet.instruction },
    ...THEME_IDS.map((themeId): Block => {
      const theme = toolkit.themes[themeId];
      return {
        kind: 'scoreBoxes',
        name: theme.name,
        question: theme.overviewKeyQuestion,
        low: sheet.scaleLow,
        high: sheet.scaleHigh,
      };
    }),
  ];
  const count = Math.max(1, Math.floor(copies));
  return {
    ...documentFrame(labels, language, sheet.heading, labels.paperForms.subject, data.teamName),
    page: { format: 'a4', orientation: 'portrait' },
    bodySize: 11,
    blocks: Array.from({ length: count }, (_, index) =>
      index === 0 ? page : [{ kind: 'pageBreak' } as const, ...page],
    ).flat(),
  };
}

/**
 * The facilitator's sheet to count the slips on, laid out as the app's tally screen: a row per theme,
 * a column per score 1–5 and the total, with room for tally marks.
 */
export function tallySheetModel(
  data: PaperFormsData,
  labels: PdfLabels,
  { language, toolkit }: PaperOptions,
): DocumentModel {
  const l = labels.paperForms;
  const sheet = toolkit.vurderingsskema;
  return {
    ...documentFrame(labels, language, l.tallyTitle, l.tallySubject, data.teamName),
    page: { format: 'a4', orientation: 'portrait' },
    bodySize: 11,
    blocks: [
      { kind: 'title', text: l.tallyTitle, subtitle: `${sheet.heading}: ${sheet.question}` },
      header(data, labels, language),
      { kind: 'paragraph', text: l.tallyLead },
      { kind: 'paragraph', text: sheet.instruction, tone: 'muted' },
      {
        kind: 'table',
        rowHeight: 62,
        columns: [
          { header: l.theme, weight: 3.2 },
          ...SCORES.map((score) => ({ header: String(score), weight: 1.6 })),
          { header: l.total, weight: 1.2 },
        ],
        rows: THEME_IDS.map((themeId) => [toolkit.themes[themeId].name, '', '', '', '', '', '']),
      },
      { kind: 'paragraph', text: l.sheetsCounted },
    ],
  };
}
