import { SCORES } from '@/content/ids';
import type { HandleplanColumn } from '@/content/structure';
import type { Language } from '@/i18n/languages';
import type {
  CheckInData,
  DecisionData,
  DotVoteData,
  FollowUpData,
  MeetingRunData,
  ProposalGroupData,
  ReportData,
  ReportMeetingData,
  RoundComparisonData,
  ScoresData,
} from './document-data';
import type { Block, DocumentModel } from './document-model';
import { documentFrame, handleplanTable, keepLinesFor, scheduleTable } from './common-model';
import { fill, formatDate, plural, type PdfLabels, type VoteLabels } from './labels';

export interface ReportOptions {
  language: Language;
  columns: Readonly<Record<HandleplanColumn, string>>;
  /** The three stop op questions, answered in each check-in. */
  questions: readonly [string, string, string];
  /** The dot vote's words (`liveMeeting.report`). */
  vote: VoteLabels;
}

function scoreBlocks(scores: ScoresData, anchor: string, labels: PdfLabels, language: Language): Block[] {
  const l = labels.report;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: roundTitle(scores, labels, language), anchor },
    {
      kind: 'paragraph',
      text: scores.respondentsPerTheme ?? plural(l, 'respondents', scores.respondents, language),
    },
    {
      kind: 'chart',
      title: l.chartTitle,
      legend: SCORES.map((score) => fill(l.score, { score })),
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
    { kind: 'subheading', text: l.recommendation, keepLines: 3 },
    { kind: 'paragraph', text: scores.recommendation },
  );
  if (scores.choice) blocks.push({ kind: 'paragraph', text: scores.choice, tone: 'accent' });
  blocks.push({ kind: 'paragraph', text: scores.rule, tone: 'muted' });
  return blocks;
}

/** "Første vurdering, 2. november 2026". */
function roundTitle(scores: ScoresData, labels: PdfLabels, language: Language) {
  return fill(labels.report.roundHeading, {
    round: scores.roundLabel,
    date: formatDate(scores.isoDate, language),
  });
}

function comparisonBlocks(comparison: RoundComparisonData, anchor: string, labels: PdfLabels): Block[] {
  const l = labels.report;
  const table: Block = {
    kind: 'table',
    // Narrower type for four rounds or more, so each mean keeps to one line.
    scale: comparison.rounds.length > 3 ? 0.85 : 1,
    columns: [
      { header: l.compareTheme, weight: 2.4 },
      ...comparison.rounds.map((header) => ({ header, weight: 1.6 })),
      { header: l.compareChange, weight: 1.4 },
    ],
    rows: comparison.themes.map((theme) => [theme.name, ...theme.means, theme.change]),
  };
  return [
    { kind: 'heading', level: 2, text: l.compareHeading, anchor, keepLines: keepLinesFor(table) + 2 },
    { kind: 'paragraph', text: l.compareLead, tone: 'muted' },
    table,
  ];
}

function runBlocks(meeting: MeetingRunData, labels: PdfLabels): Block[] {
  const l = labels.report;
  const minutes = (count: number) => fill(labels.invitation.minutes, { count });
  const actual = (step: MeetingRunData['steps'][number]) =>
    step.skipped
      ? l.skipped
      : step.actualStart === null
        ? l.notRun
        : `${step.actualStart}\n${step.actualMinutes === null ? '' : minutes(step.actualMinutes)}`.trim();
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: l.runHeading }];
  if (!meeting.totals) blocks.push({ kind: 'paragraph', text: l.notRunYet, tone: 'muted' });
  blocks.push({
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
  });
  if (meeting.totals) {
    blocks.push({
      kind: 'paragraph',
      text: fill(l.meetingTotal, {
        actual: minutes(meeting.totals.actualMinutes),
        planned: minutes(meeting.totals.plannedMinutes),
      }),
    });
  }
  return blocks;
}

/** Lines kept below the proposals' heading: the first group's name, the table's header and a row. */
const PROPOSALS_KEEP = 9;

function proposalBlocks(groups: readonly ProposalGroupData[], heading: Block, labels: PdfLabels): Block[] {
  const l = labels.report;
  const blocks: Block[] = [heading];
  for (const group of groups) {
    if (group.proposals.length === 0) continue;
    blocks.push(
      { kind: 'subheading', text: group.name, keepLines: 5 },
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

/** The dot vote: what was voted on in vote order with its dots, how many phones, the rules. No names. */
function voteBlocks(vote: DotVoteData, labels: VoteLabels, language: Language): Block[] {
  const table: Block = {
    kind: 'table',
    columns: [
      { header: labels.place, weight: 0.6 },
      { header: vote.on === 'groups' ? labels.group : labels.proposal, weight: 7.4 },
      { header: labels.dots, weight: 1.3 },
    ],
    rows: vote.items.map((item, index) => [String(index + 1), item.text, String(item.dots)]),
  };
  return [
    { kind: 'heading', level: 3, text: labels.heading, keepLines: keepLinesFor(table) + 2 },
    {
      kind: 'paragraph',
      text: `${plural(labels, 'voters', vote.voters, language)} ${fill(
        vote.on === 'groups' ? labels.rulesGroups : labels.rules,
        { dots: vote.dotsPerPhone, max: vote.maxPerItem },
      )}`,
    },
    table,
  ];
}

function decisionBlocks(decision: DecisionData, labels: PdfLabels, language: Language): Block[] {
  const l = labels.report;
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: l.decision },
    { kind: 'paragraph', text: decision.modeLabel, tone: 'accent' },
  ];
  if (decision.chosen.length > 0) {
    blocks.push(
      { kind: 'subheading', text: l.chosenExperiments, keepLines: 2 },
      {
        kind: 'bullets',
        items: decision.chosen,
      },
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
        { kind: 'subheading', text: l.handedOverProposals, keepLines: 2 },
        { kind: 'bullets', items: handover.proposals },
      );
    }
    if (handover.note) blocks.push({ kind: 'paragraph', text: handover.note });
  }
  if (decision.chosen.length === 0 && decision.handovers.length === 0) {
    blocks.push({ kind: 'paragraph', text: l.nothingDecided, tone: 'muted' });
  }
  return blocks;
}

function meetingBlocks(
  meeting: ReportMeetingData,
  anchor: string,
  labels: PdfLabels,
  options: ReportOptions,
): Block[] {
  const l = labels.report;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: meeting.heading, anchor, keepLines: 8 },
    { kind: 'facts', items: meeting.plan },
    ...runBlocks(meeting.run, labels),
  ];
  if (meeting.proposals.some((group) => group.proposals.length > 0)) {
    blocks.push(
      ...proposalBlocks(
        meeting.proposals,
        { kind: 'heading', level: 3, text: l.proposals, keepLines: PROPOSALS_KEEP },
        labels,
      ),
    );
  }
  if (meeting.vote) blocks.push(...voteBlocks(meeting.vote, options.vote, options.language));
  if (meeting.decision) blocks.push(...decisionBlocks(meeting.decision, labels, options.language));
  return blocks;
}

function checkInBlocks(
  checkIn: CheckInData,
  labels: PdfLabels,
  { language, questions }: ReportOptions,
): Block[] {
  const l = labels.report;
  const facts = [
    { label: questions[0], value: checkIn.learned },
    { label: questions[1], value: checkIn.continueWith },
    { label: questions[2], value: checkIn.adjust },
  ].map((fact) => ({ ...fact, value: fact.value || labels.none }));
  if (checkIn.score !== null) facts.push({ label: fill(l.rescore, { score: checkIn.score }), value: '' });
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: fill(l.checkInHeading, { week: checkIn.week, date: formatDate(checkIn.isoDate, language) }),
      tone: 'accent',
      // The answers below, most of a line or two each, stay with their title.
      keepLines: facts.length * 2,
    },
    { kind: 'facts', items: facts },
  ];
  const phones = [
    { question: questions[0], answers: checkIn.phoneAnswers.learned },
    { question: questions[1], answers: checkIn.phoneAnswers.continueWith },
    { question: questions[2], answers: checkIn.phoneAnswers.adjust },
  ].filter((item) => item.answers.length > 0);
  if (phones.length > 0 || checkIn.phoneScore) {
    blocks.push({ kind: 'subheading', text: l.fromPhones, keepLines: 3 });
    // Each question's answers apart and sorted, so no answer is tied to a phone.
    for (const item of phones) {
      blocks.push(
        { kind: 'paragraph', text: item.question, tone: 'muted' },
        { kind: 'bullets', items: item.answers },
      );
    }
    if (checkIn.phoneScore) {
      blocks.push({
        kind: 'paragraph',
        text: fill(l.phoneScore, { score: checkIn.phoneScore.score, count: checkIn.phoneScore.n }),
      });
    }
  }
  return blocks;
}

function followUpBlocks(
  item: FollowUpData,
  anchor: string,
  labels: PdfLabels,
  options: ReportOptions,
): Block[] {
  const l = labels.report;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: item.hvad, anchor, keepLines: 6 }];
  if (item.baselineScore !== null) {
    blocks.push({ kind: 'paragraph', text: fill(l.baseline, { score: item.baselineScore }), tone: 'muted' });
  }
  const extended = item.periods.some((period) => period.number > 1);
  let recorded = false;
  for (const period of item.periods) {
    if (period.checkIns.length === 0 && !period.decision) continue;
    recorded = true;
    if (extended) {
      blocks.push({
        kind: 'heading',
        level: 3,
        keepLines: 8,
        text: fill(l.experimentPeriod, {
          number: period.number,
          date: formatDate(period.startIsoDate, options.language),
        }),
      });
    }
    for (const checkIn of period.checkIns) blocks.push(...checkInBlocks(checkIn, labels, options));
    if (period.decision) {
      blocks.push(
        {
          kind: 'paragraph',
          text: fill(l.decisionHeading, {
            date: formatDate(period.decision.isoDate, options.language),
            outcome: period.decision.outcomeLabel,
          }),
          tone: 'accent',
          keepLines: period.decision.reason ? 2 : 0,
        },
        ...(period.decision.reason ? [{ kind: 'paragraph', text: period.decision.reason } as const] : []),
      );
    }
  }
  if (!recorded) blocks.push({ kind: 'paragraph', text: l.noCheckIns, tone: 'muted' });
  return blocks;
}

/** A section's title in the contents and on its page; a new section starts a new page. */
interface Section {
  anchor: string;
  title: string;
  blocks: Block[];
  children: { anchor: string; title: string }[];
}

/**
 * The full servicetjek report: title and contents with page numbers, then the assessments (before and
 * after from two rounds), the meetings, the handleplan and the check-ins, each section on a new page;
 * sections without data are left out, never printed empty.
 */
export function reportModel(data: ReportData, labels: PdfLabels, options: ReportOptions): DocumentModel {
  const { language } = options;
  const l = labels.report;
  const sections: Section[] = [];
  const section = (anchor: string, title: string) => {
    const made: Section = { anchor, title, blocks: [], children: [] };
    sections.push(made);
    return made;
  };
  const child = (parent: Section, anchor: string, title: string) => {
    parent.children.push({ anchor, title });
    return anchor;
  };

  if (data.rounds.length > 0) {
    const rounds = section('rounds', l.rounds);
    data.rounds.forEach((scores, index) => {
      const anchor = child(rounds, `round-${index}`, roundTitle(scores, labels, language));
      rounds.blocks.push(...scoreBlocks(scores, anchor, labels, language));
    });
    if (data.comparison) {
      const anchor = child(rounds, 'compare', l.compareHeading);
      rounds.blocks.push(...comparisonBlocks(data.comparison, anchor, labels));
    }
  }
  const looseProposals = data.looseProposals.some((group) => group.proposals.length > 0);
  if (data.meetings.length > 0 || looseProposals) {
    const meetings = section('meetings', l.meetings);
    data.meetings.forEach((meeting, index) => {
      const anchor = child(meetings, `meeting-${index}`, meeting.heading);
      meetings.blocks.push(...meetingBlocks(meeting, anchor, labels, options));
    });
    if (looseProposals) {
      const anchor = child(meetings, 'loose', l.looseProposals);
      meetings.blocks.push(
        ...proposalBlocks(
          data.looseProposals,
          { kind: 'heading', level: 2, text: l.looseProposals, anchor, keepLines: PROPOSALS_KEEP },
          labels,
        ),
      );
    }
  }
  if (data.handleplan.length > 0) {
    const plan = section('handleplan', l.handleplan);
    plan.blocks.push(handleplanTable(data.handleplan, options.columns, labels, language, 0.88));
    const strip = scheduleTable(data.handleplan, labels, language);
    if (strip) {
      plan.blocks.push(
        { kind: 'subheading', text: labels.handleplan.scheduleHeading, keepLines: keepLinesFor(strip) },
        strip,
      );
    }
    const followUps = section('follow-ups', l.followUps);
    data.followUps.forEach((item, index) => {
      const anchor = child(followUps, `follow-up-${index}`, item.hvad);
      followUps.blocks.push(...followUpBlocks(item, anchor, labels, options));
    });
  }

  const facts = [
    { label: labels.team, value: data.teamName },
    { label: labels.period, value: data.periodLabel || l.wholeHistory },
    { label: labels.date, value: formatDate(data.isoDate, language) },
  ];
  const blocks: Block[] = [
    { kind: 'title', text: l.title, subtitle: data.teamName },
    { kind: 'facts', items: facts },
  ];
  if (sections.length === 0) {
    blocks.push({ kind: 'paragraph', text: l.empty });
  } else {
    blocks.push({
      kind: 'toc',
      title: l.contents,
      entries: sections.flatMap((item) => [
        { text: item.title, anchor: item.anchor, level: 1 as const },
        ...item.children.map((entry) => ({ text: entry.title, anchor: entry.anchor, level: 2 as const })),
      ]),
    });
    for (const item of sections) {
      blocks.push(
        { kind: 'pageBreak' },
        { kind: 'heading', text: item.title, anchor: item.anchor },
        ...item.blocks,
      );
    }
  }
  return {
    ...documentFrame(labels, language, `${l.title} – ${data.teamName}`, l.subject, data.teamName),
    page: { format: 'a4', orientation: 'portrait' },
    bodySize: 10.5,
    blocks,
  };
}
