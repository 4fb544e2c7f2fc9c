import type { Language } from '@/i18n/languages';
import type { InvitationData } from './document-data';
import type { Block, DocumentModel } from './document-model';
import { documentFrame } from './common-model';
import { fill, formatDate, type PdfLabels } from './labels';

/** The dagsorden: purpose, when and where, the timed programme, the questions and "før mødet". */
export function invitationModel(data: InvitationData, labels: PdfLabels, language: Language): DocumentModel {
  const l = labels.invitation;
  const facts = [
    {
      label: l.when,
      value: fill(l.whenValue, {
        date: formatDate(data.isoDate, language),
        start: data.startTime,
        end: data.endTime,
      }),
    },
    { label: l.place, value: data.place },
    { label: labels.team, value: data.teamName },
    { label: l.tovholdere, value: data.tovholdere },
    { label: l.themes, value: data.themes.join(', ') },
  ].filter((fact) => fact.value.trim() !== '');
  const blocks: Block[] = [
    { kind: 'title', text: l.title, subtitle: data.title },
    { kind: 'facts', items: facts },
    { kind: 'heading', text: l.purpose },
    { kind: 'paragraph', text: data.purpose },
  ];
  if (data.programme.length > 0) {
    blocks.push(
      { kind: 'heading', text: l.programme },
      {
        kind: 'table',
        columns: [
          { header: l.time, weight: 1.4 },
          { header: l.step, weight: 5 },
          { header: l.duration, weight: 1.3 },
        ],
        rows: data.programme.map((item) => [
          `${item.start}–${item.end}`,
          `${item.number}. ${item.title}`,
          fill(l.minutes, { count: item.minutes }),
        ]),
      },
    );
  }
  if (data.questions.length > 0) {
    blocks.push({ kind: 'heading', text: l.questions }, { kind: 'bullets', items: data.questions });
  }
  const sets = (data.questionSets ?? []).filter((set) => set.questions.length > 0);
  if (sets.length > 0) {
    blocks.push({ kind: 'heading', text: l.questions });
    for (const set of sets) {
      blocks.push({ kind: 'subheading', text: set.heading }, { kind: 'bullets', items: set.questions });
    }
  }
  if (data.before.length > 0) {
    blocks.push({ kind: 'heading', text: l.before }, { kind: 'bullets', items: data.before, numbered: true });
  }
  return {
    ...documentFrame(labels, language, `${l.title} – ${data.title}`, l.subject, data.teamName),
    page: { format: 'a4', orientation: 'portrait' },
    bodySize: 11,
    blocks,
  };
}
