import type { HandleplanColumn } from '@/content/structure';
import type { Language } from '@/i18n/languages';
import type {
  DecisionData,
  FollowUpData,
  MeetingRunData,
  ProposalGroupData,
  ReportData,
  ScoresData,
} from './document-data';
import type { Block, DocumentModel } from './document-model';
import { documentFrame, handleplanTable, keepLinesFor, scheduleTable } from './common-model';
import { fill, formatDate, type PdfLabels } from './labels';

export interface ReportOptions {
  language: Language;
  columns: Readonly<Record<HandleplanColumn, string>>;
  /** The three stop op questions, answered in each check-in. */
  questions: readonly [string, string, string];
}

function scoreBlocks(scores: ScoresData, labels: PdfLabels, language: Language): Block[] {
  const l = labels.report;
  const blocks: Block[] = [
    { kind: 'heading', text: l.scores },
    {
      kind: 'paragraph',
      text: fill(l.scoresLead, {
        round: scores.roundLabel,
        date: formatDate(scores.isoDate, language),
        count: scores.respondents,
      }),
    },
    {
      kind: 'chart',
      title: l.chartTitle,
      legend: [1, 2, 3, 4, 5].map((score) => fill(l.score, { score })),
      bars: scores.themes.map((theme) => ({
        label: theme.name,
        // A hidden distribution draws no bar; the note still gives the mean and the number of answers.
        counts: theme.counts ?? [],
        note:
          theme.average === null
            ? l.noScore
            : fill(theme.counts ? l.average : l.answersNote, {
                value: theme.average.toLocaleString(language, {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                }),
                count: theme.n,
              }),
      })),
    },
  ];
  if (scores.hiddenNote) blocks.push({ kind: 'paragraph', text: scores.hiddenNote, tone: 'muted' });
  blocks.push(
    { kind: 'subheading', text: l.disagreeHeading },
    ...(scores.disagreements.length > 0
      ? scores.disagreements.map((text) => ({ kind: 'paragraph', text: `• ${text}` }) as const)
      : [{ kind: 'paragraph', text: l.noDisagreement } as const]),
  );
  if (scores.tensions.length > 0) {
    blocks.push(
      { kind: 'subheading', text: l.tensionsHeading },
      ...scores.tensions.map((text) => ({ kind: 'paragraph', text: `• ${text}` }) as const),
    );
  }
  blocks.push(
    { kind: 'subheading', text: l.recommendation },
    { kind: 'paragraph', text: scores.recommendation },
  );
  if (scores.choice) blocks.push({ kind: 'paragraph', text: scores.choice, tone: 'accent' });
  blocks.push({ kind: 'paragraph', text: scores.rule, tone: 'muted' });
  return blocks;
}

function meetingBlocks(meeting: MeetingRunData, labels: PdfLabels, language: Language): Block[] {
  const l = labels.report;
  const minutes = (count: number) => fill(labels.invitation.minutes, { count });
  const actual = (step: MeetingRunData['steps'][number]) =>
    step.skipped
      ? l.skipped
      : step.actualStart === null
        ? l.notRun
        : `${step.actualStart}\n${step.actualMinutes === null ? '' : minutes(step.actualMinutes)}`.trim();
  const totals = meeting.totals
    ? [
        {
          kind: 'paragraph',
          text: fill(l.meetingTotal, {
            actual: minutes(meeting.totals.actualMinutes),
            planned: minutes(meeting.totals.plannedMinutes),
          }),
        } as const,
      ]
    : [];
  return [
    { kind: 'heading', text: l.meeting },
    {
      kind: 'paragraph',
      text: fill(l.meetingLead, {
        title: meeting.title,
        date: formatDate(meeting.isoDate, language),
        place: meeting.place ? `, ${meeting.place}` : '',
        count: meeting.participants,
      }),
    },
    {
      kind: 'table',
      columns: [
        { header: labels.invitation.step, weight: 3 },
        { header: l.planned, weight: 1.4 },
        { header: l.actual, weight: 1.4 },
        { header: l.notes, weight: 4.2 },
      ],
      rows: meeting.steps.map((step) => [
        `${step.number}. ${step.title}`,
        `${step.plannedStart}\n${minutes(step.plannedMinutes)}`,
        actual(step),
        step.notes || labels.none,
      ]),
    },
    ...totals,
  ];
}

function proposalBlocks(groups: readonly ProposalGroupData[], labels: PdfLabels): Block[] {
  const l = labels.report;
  const blocks: Block[] = [{ kind: 'heading', text: l.proposals }];
  for (const group of groups) {
    if (group.proposals.length === 0) continue;
    blocks.push(
      { kind: 'subheading', text: group.name },
      {
        kind: 'table',
        columns: [
          { header: l.priority, weight: 0.6 },
          { header: l.proposal, weight: 5.4 },
          { header: l.theme, weight: 2.6 },
          { header: l.status, weight: 1.8 },
        ],
        rows: group.proposals.map((proposal, index) => [
          String(index + 1),
          proposal.text,
          proposal.theme || labels.none,
          proposal.top ? `${proposal.statusLabel}\n${l.top}` : proposal.statusLabel,
        ]),
        boldRows: group.proposals.flatMap((proposal, index) => (proposal.top ? [index] : [])),
      },
    );
  }
  return blocks;
}

function followUpBlocks(
  followUps: readonly FollowUpData[],
  labels: PdfLabels,
  { language, questions }: ReportOptions,
): Block[] {
  const l = labels.report;
  const blocks: Block[] = [{ kind: 'heading', text: l.followUps }];
  const recorded = followUps.filter((item) => item.checkIns.length > 0 || item.decision);
  if (recorded.length === 0) return [...blocks, { kind: 'paragraph', text: l.noFollowUps, tone: 'muted' }];
  for (const item of recorded) {
    blocks.push({ kind: 'subheading', text: item.hvad });
    for (const checkIn of item.checkIns) {
      const facts = [
        { label: questions[0], value: checkIn.learned },
        { label: questions[1], value: checkIn.continueWith },
        { label: questions[2], value: checkIn.adjust },
      ].map((fact) => ({ ...fact, value: fact.value || labels.none }));
      if (checkIn.score !== null) facts.push({ label: fill(l.rescore, { score: checkIn.score }), value: '' });
      blocks.push(
        {
          kind: 'paragraph',
          text: fill(l.checkInHeading, { week: checkIn.week, date: formatDate(checkIn.isoDate, language) }),
          tone: 'accent',
        },
        { kind: 'facts', items: facts },
      );
    }
    if (item.decision) {
      blocks.push(
        {
          kind: 'paragraph',
          text: fill(l.decisionHeading, {
            date: formatDate(item.decision.isoDate, language),
            outcome: item.decision.outcomeLabel,
          }),
          tone: 'accent',
        },
        ...(item.decision.reason ? [{ kind: 'paragraph', text: item.decision.reason } as const] : []),
      );
    }
  }
  return blocks;
}

function decisionBlocks(decision: DecisionData, labels: PdfLabels, language: Language): Block[] {
  const l = labels.report;
  const blocks: Block[] = [
    { kind: 'heading', text: l.decision },
    { kind: 'paragraph', text: decision.modeLabel, tone: 'accent' },
  ];
  if (decision.chosen.length > 0) {
    blocks.push(
      { kind: 'subheading', text: l.chosenExperiments },
      ...decision.chosen.map((hvad) => ({ kind: 'paragraph', text: `• ${hvad}` }) as const),
    );
  }
  for (const handover of decision.handovers) {
    blocks.push({
      kind: 'paragraph',
      text: fill(l.handover, { who: handover.who, date: formatDate(handover.followUpDate, language) }),
      tone: 'accent',
    });
    if (handover.proposals.length > 0) {
      blocks.push(
        { kind: 'subheading', text: l.handedOverProposals },
        ...handover.proposals.map((text) => ({ kind: 'paragraph', text: `• ${text}` }) as const),
      );
    }
    if (handover.note) blocks.push({ kind: 'paragraph', text: handover.note });
  }
  if (decision.chosen.length === 0 && decision.handovers.length === 0) {
    blocks.push({ kind: 'paragraph', text: l.nothingDecided, tone: 'muted' });
  }
  return blocks;
}

/** The full servicetjek report; sections without data are left out, never printed empty. */
export function reportModel(data: ReportData, labels: PdfLabels, options: ReportOptions): DocumentModel {
  const { language } = options;
  const l = labels.report;
  const blocks: Block[] = [
    { kind: 'title', text: l.title, subtitle: data.teamName },
    {
      kind: 'facts',
      items: [
        { label: labels.team, value: data.teamName },
        { label: labels.date, value: formatDate(data.isoDate, language) },
      ],
    },
  ];
  const hasProposals = data.proposals.some((group) => group.proposals.length > 0);
  if (data.scores) blocks.push(...scoreBlocks(data.scores, labels, language));
  if (data.meeting) blocks.push(...meetingBlocks(data.meeting, labels, language));
  if (hasProposals) blocks.push(...proposalBlocks(data.proposals, labels));
  if (data.decision) blocks.push(...decisionBlocks(data.decision, labels, language));
  if (data.handleplan.length > 0) {
    blocks.push(
      { kind: 'heading', text: l.handleplan },
      handleplanTable(data.handleplan, options.columns, labels, language, 0.88),
    );
    const strip = scheduleTable(data.handleplan, labels, language);
    if (strip) {
      blocks.push(
        { kind: 'subheading', text: labels.handleplan.scheduleHeading, keepLines: keepLinesFor(strip) },
        strip,
      );
    }
    blocks.push(...followUpBlocks(data.followUps, labels, options));
  }
  if (blocks.length === 2) blocks.push({ kind: 'paragraph', text: l.empty });
  return {
    ...documentFrame(labels, language, `${l.title} – ${data.teamName}`, l.subject, data.teamName),
    page: { format: 'a4', orientation: 'portrait' },
    bodySize: 10.5,
    blocks,
  };
}
