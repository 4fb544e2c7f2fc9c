/**
 * The document data each PDF is built from: plain strings, numbers and ISO dates, fully computed
 * beforehand by a collector (src/export/pdf/collect.ts), so the PDF layer never reads the store
 * and never does domain maths. Labels that depend on the language (status, theme names) arrive resolved.
 */

import type { CheckInWeek } from '@/content/ids';

/** A calendar date as ISO `YYYY-MM-DD`. */
export type IsoDate = string;

/** A dated milestone of a six-week experiment: start, stop op after week 2 and 4, decision after week 6. */
export interface ScheduleEntry {
  /** "Start", "Stop op – uge 2", "Beslutning". */
  label: string;
  isoDate: IsoDate;
  /** ISO 8601 week number of `isoDate`. */
  week: number;
}

export interface AdjustmentData {
  isoDate: IsoDate;
  text: string;
}

/** One row of the handleplan: an experiment. */
export interface HandleplanRowData {
  hvad: string;
  hvorfor: string;
  hvordan: string;
  hvem: string;
  adjustments: readonly AdjustmentData[];
  /** "Planlagt", "I gang", "Gjort permanent" … */
  statusLabel: string;
  /** Theme names in the document's language. */
  themes: readonly string[];
  /** Start, the two check-ins and the decision, in date order; empty hides the strip. */
  schedule: readonly ScheduleEntry[];
  /** Names of the holidays the six weeks run into ("jul og nytår"); empty when none. */
  holidays: readonly string[];
}

export interface HandleplanPosterData {
  teamName: string;
  /** The day the poster is printed. */
  isoDate: IsoDate;
  /** First start and last decision date of the experiments; null when there are none. */
  period: { from: IsoDate; to: IsoDate } | null;
  rows: readonly HandleplanRowData[];
}

export interface ProgrammeItemData {
  number: number;
  title: string;
  /** Clock times `HH:MM`. */
  start: string;
  end: string;
  minutes: number;
}

/** The dagsorden sent out before the meeting. */
export interface InvitationData {
  teamName: string;
  /** The drejebog's title. */
  title: string;
  /** Why we meet: the theme's key question or the dialogmøde's summary. */
  purpose: string;
  /** Theme names on the agenda. */
  themes: readonly string[];
  isoDate: IsoDate;
  startTime: string;
  endTime: string;
  place: string;
  tovholdere: string;
  programme: readonly ProgrammeItemData[];
  /** The reflection questions participants can think about in advance. */
  questions: readonly string[];
  /** The dialogmøde's: each chosen theme's reflection questions under its name (instead of `questions`). */
  questionSets?: readonly { heading: string; questions: readonly string[] }[];
  /** The toolkit's "Før mødet" checklist for the tovholder. */
  before: readonly string[];
}

/** How many chose 1…5 for one theme (index 0 = score 1). */
export interface ThemeScoreData {
  name: string;
  /** Null when too few answered to show the distribution without revealing who said what. */
  counts: readonly [number, number, number, number, number] | null;
  /** Mean score, null when nobody scored the theme. */
  average: number | null;
  /** Number of scores given. */
  n: number;
}

export interface ScoresData {
  roundLabel: string;
  isoDate: IsoDate;
  respondents: number;
  /**
   * When the themes have different numbers of answers (a tally typed theme by theme), the count per
   * theme in words, said instead of the one figure, as the assessment screen does; otherwise null.
   */
  respondentsPerTheme: string | null;
  /** Scored themes highest mean first, then the unscored ones. */
  themes: readonly ThemeScoreData[];
  /** The recommendation and its reason in words, as the assessment screen says it. */
  recommendation: string;
  /** The rule behind the recommendation. */
  rule: string;
  /** What the team chose, and whether it followed the recommendation; empty when nothing is chosen. */
  choice: string;
  /** One sentence per theme the group disagrees on, largest spread first; empty when none. */
  disagreements: readonly string[];
  /** One sentence per high-scoring tension pair. */
  tensions: readonly string[];
  /** Why some distributions are left out; empty when every scored theme shows its distribution. */
  hiddenNote: string;
}

export interface MeetingStepData {
  number: number;
  title: string;
  plannedStart: string;
  plannedMinutes: number;
  /** Clock time the step actually began, null if it was not run. */
  actualStart: string | null;
  actualMinutes: number | null;
  /** Every visit to the step ended in a skip. */
  skipped: boolean;
  notes: string;
}

export interface MeetingRunData {
  title: string;
  isoDate: IsoDate;
  place: string;
  participants: number;
  steps: readonly MeetingStepData[];
  /** Whole minutes planned and spent on the steps; null when the meeting was never run. */
  totals: { plannedMinutes: number; actualMinutes: number } | null;
}

export interface ProposalData {
  text: string;
  theme: string;
  top: boolean;
  statusLabel: string;
}

/** Proposals in priority order within their group; ungrouped proposals come as a group named by the labels. */
export interface ProposalGroupData {
  name: string;
  proposals: readonly ProposalData[];
}

export interface HandoverData {
  who: string;
  followUpDate: IsoDate;
  note: string;
  /** The proposals handed over, in their words. */
  proposals: readonly string[];
}

export interface DecisionData {
  /** "A: Beslut forsøg på stedet" / "B: Giv videre til AMO/MED". */
  modeLabel: string;
  /** Decision A: the experiments chosen at the meeting, by their "Hvad?". */
  chosen: readonly string[];
  /** Decision B: who took the proposals on and when they follow up. */
  handovers: readonly HandoverData[];
}

export interface CheckInData {
  week: number;
  isoDate: IsoDate;
  learned: string;
  continueWith: string;
  adjust: string;
  score: number | null;
  /** Each question's answers from phones, apart and sorted, so none is tied to a phone; empty when none. */
  phoneAnswers: { learned: readonly string[]; continueWith: readonly string[]; adjust: readonly string[] };
  /** The phones' re-score (their median) and how many re-scored; null when no phone did. */
  phoneScore: { score: number; n: number } | null;
}

/** One six-week period of an experiment: the first, or one after "justeres og forlænges". */
export interface FollowUpPeriodData {
  number: number;
  startIsoDate: IsoDate;
  checkIns: readonly CheckInData[];
  decision: { outcomeLabel: string; reason: string; isoDate: IsoDate } | null;
}

export interface FollowUpData {
  hvad: string;
  /** The theme's score before the experiment, for the before/after line; null when not given. */
  baselineScore: number | null;
  /** Oldest first; more than one when the experiment was extended. */
  periods: readonly FollowUpPeriodData[];
}

/** A round's theme means side by side, first to last, with the change from the shown figures. */
export interface RoundComparisonData {
  /** "Første vurdering, 2. nov. 2026" per round, oldest first. */
  rounds: readonly string[];
  themes: readonly { name: string; means: readonly string[]; change: string }[];
}

/** A closed dot vote: what was voted on, in vote order, with the dots; never who voted. */
export interface DotVoteData {
  on: 'proposals' | 'groups';
  dotsPerPhone: number;
  maxPerItem: number;
  voters: number;
  items: readonly { text: string; dots: number }[];
}

/** The plan of a meeting as facts ("Tid", "Sted", …), already in words. */
export interface MeetingPlanFact {
  label: string;
  value: string;
}

/** One meeting in the full report: its plan, the run, notes, proposals, the vote and the decision. */
export interface ReportMeetingData {
  /** "Dialogmøde …, 10. november 2026". */
  heading: string;
  plan: readonly MeetingPlanFact[];
  run: MeetingRunData;
  proposals: readonly ProposalGroupData[];
  vote: DotVoteData | null;
  decision: DecisionData | null;
}

/** The full servicetjek report: every section optional, so a young workspace still prints cleanly. */
export interface ReportData {
  teamName: string;
  isoDate: IsoDate;
  /** The chosen period in words ("1. september 2026 – 31. december 2026"); empty for the whole history. */
  periodLabel: string;
  /** Every round in the scope, oldest first, its "Jeres valg" naming the meeting planned from it. */
  rounds: readonly ScoresData[];
  /** Before/after, when there are two or more rounds. */
  comparison: RoundComparisonData | null;
  meetings: readonly ReportMeetingData[];
  /** Proposals typed outside a meeting (the parking lot). */
  looseProposals: readonly ProposalGroupData[];
  handleplan: readonly HandleplanRowData[];
  followUps: readonly FollowUpData[];
}

/** The printable stop op sheet for one experiment's week-2 or week-4 check-in. */
export interface CheckInSheetData {
  teamName: string;
  hvad: string;
  hvorfor: string;
  week: CheckInWeek;
  isoDate: IsoDate;
  isoWeek: number;
}

/** One step of a dialogmøde table's process (its theme's drejebog, steps 2–5), in the toolkit's words. */
export interface TableStepData {
  number: number;
  title: string;
  durationLabel: string;
  leadIn: string;
  paragraphs: readonly string[];
  questions: readonly string[];
  /** Closing instruction after the questions; empty when none. */
  conclusion: string;
  /** The app's own theme wording of a toolkit question, printed marked as the app's; empty when none. */
  adaptation: string;
}

/** A printable sheet for one table of a dialogmøde: its theme and the steps it runs. */
export interface TableSheetData {
  number: number;
  theme: string;
  keyQuestion: string;
  steps: readonly TableStepData[];
}

/** The table sheets of one dialogmøde, one A4 page per table. */
export interface TableSheetsData {
  teamName: string;
  isoDate: IsoDate;
  tables: readonly TableSheetData[];
}
