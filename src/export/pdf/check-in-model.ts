import type { Language } from '@/i18n/languages';
import type { CheckInSheetData } from './document-data';
import type { Block, DocumentModel } from './document-model';
import { documentFrame } from './common-model';
import { fill, formatDate, type PdfLabels } from './labels';

export interface CheckInOptions {
  language: Language;
  /** The toolkit's lead-in and its three stop op questions, in the document's language. */
  leadIn: string;
  questions: readonly string[];
}

/** One printable page for the stop op after week 2 or 4: the three questions with room to write. */
export function checkInModel(
  data: CheckInSheetData,
  labels: PdfLabels,
  { language, leadIn, questions }: CheckInOptions,
): DocumentModel {
  const l = labels.checkIn;
  const title = fill(l.title, { week: data.week });
  const facts = [
    { label: labels.team, value: data.teamName },
    { label: l.experiment, value: data.hvad },
    { label: l.why, value: data.hvorfor },
    {
      label: l.when,
      value: fill(l.whenValue, {
        date: formatDate(data.isoDate, language),
        week: fill(labels.week, { week: data.isoWeek }),
      }),
    },
  ].filter((fact) => fact.value.trim() !== '');
  const blocks: Block[] = [
    { kind: 'title', text: title, subtitle: data.hvad },
    { kind: 'facts', items: facts },
    { kind: 'paragraph', text: leadIn, tone: 'muted' },
    ...questions.map((question): Block => ({ kind: 'writingSpace', question, lines: 6 })),
    { kind: 'paragraph', text: l.rescore },
  ];
  return {
    ...documentFrame(labels, language, `${title} – ${data.hvad}`, l.subject, data.teamName),
    page: { format: 'a4', orientation: 'portrait' },
    bodySize: 12,
    blocks,
  };
}
