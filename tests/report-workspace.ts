import { THEME_IDS, type ThemeId } from '@/content/ids';
import type { AssessmentResponse, AssessmentRound } from '@/domain/entities/assessment';
import type { CheckIn, Experiment } from '@/domain/entities/experiment';
import type { Meeting, MeetingRun } from '@/domain/entities/meeting';
import type { Handover, Proposal, ProposalGroup } from '@/domain/entities/proposal';
import type { Workspace } from '@/domain/entities/workspace';
import { scheduleSixWeeks } from '@/domain/schedule';

// A team's whole servicetjek as a facilitator would have it after half a year: two rounds, a
// dialogmøde with a dot vote and a theme meeting handed over to MED, experiments with check-ins
// from the laptop and from phones, one extended; and a second team, which the report leaves out.

export const TEAM = 't1';
export const OTHER_TEAM = 't2';
const createdAt = '2026-08-20T08:00:00.000Z';
const minute = 60_000;

const THEMES: readonly ThemeId[] = THEME_IDS;

const IDEAS = [
  'Fast mødedag om tirsdagen, hvor alle er på kontoret',
  'Fokustid uden møder fra 9 til 11 – “stille formiddag”',
  'Fælles frokost hver torsdag med skiftende værter',
  'Aftaler om svartider på Teams og mail, også for Borgerservice',
  'Hybride møder: alle deltager fra egen skærm, også dem i lokalet',
  'Onboarding af nye kolleger med en fast makker de første seks uger',
  'Tydelig kalender: hvem er hvor, og hvornår kan man forstyrres',
  'Kort tjek-ind mandag morgen på ti minutter',
];

/** Scores 1–5 per theme for `people` answers: a fixed pattern with a lift for `lifted` themes. */
function responses(roundId: string, people: number, lift: number): AssessmentResponse[] {
  return Array.from({ length: people }, (_, person) => ({
    id: `${roundId}-a${person}`,
    name: '',
    scores: Object.fromEntries(
      THEMES.map((theme, index) => {
        const base = index === 3 ? 4 + (person % 2) : 1 + ((person + index * 2) % 5);
        return [theme, Math.max(1, Math.min(5, base + (index === 4 ? lift : 0)))];
      }),
    ) as AssessmentResponse['scores'],
    source: 'sheet' as const,
    createdAt,
  }));
}

function round(id: string, teamId: string, date: string, label: string, people: number, lift = 0) {
  return {
    id,
    teamId,
    date,
    label,
    responses: responses(id, people, lift),
    tally: {},
    choice: null,
    createdAt,
  } satisfies AssessmentRound;
}

/** A run that went through every step, the third one skipped, starting 09:02 local time on `date`. */
function finishedRun(date: string, stepIds: readonly string[]): MeetingRun {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const t0 = new Date(year, month - 1, day, 9, 2).getTime();
  let at = t0;
  const log = stepIds.map((stepId, index) => {
    const length = (index === 2 ? 1 : 8 + index * 3) * minute;
    const entry = { stepId, startedAt: at, endedAt: at + length, skipped: index === 2 };
    at += length;
    return entry;
  });
  return {
    stepIndex: stepIds.length - 1,
    timer: { durationMs: 0, startedAt: null, elapsedMs: 0 },
    speakers: null,
    log,
    startedAt: t0,
    finishedAt: at,
    stepTimers: {},
    sound: false,
  };
}

function meeting(overrides: Partial<Meeting> & Pick<Meeting, 'id' | 'date'>): Meeting {
  return {
    teamId: TEAM,
    runbookId: 'fordybelse',
    themeIds: ['fordybelse'],
    assessmentRoundId: null,
    startTime: '09:00',
    place: 'Mødelokale Ærø, 2. sal',
    availableMinutes: 150,
    participants: 14,
    groups: 1,
    tovholdere: 'Åse Øster og Søren Bæk',
    decisionMode: 'A',
    stepMinutes: {},
    checklist: {},
    notes: {},
    run: null,
    createdAt,
    ...overrides,
  };
}

function proposalsFor(meetingId: string, count: number, groups: readonly ProposalGroup[]): Proposal[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${meetingId}-p${index + 1}`,
    teamId: TEAM,
    meetingId,
    text: `${IDEAS[index % IDEAS.length]}${index >= IDEAS.length ? ` (forslag ${index + 1})` : ''}`,
    themeId: THEMES[(index * 5) % THEMES.length] ?? null,
    groupId: groups.length > 0 && index % 3 !== 2 ? (groups[index % groups.length]?.id ?? null) : null,
    rank: index,
    quadrant: null,
    top: index < 2,
    status: index === 0 ? 'chosen' : index === 1 && meetingId === 'm2' ? 'handedOver' : 'open',
    createdAt,
  }));
}

function checkIn(week: 2 | 4, date: string, index: number, phones: number): CheckIn {
  return {
    week,
    date,
    learned:
      index % 2 === 0
        ? 'Det er rart at være samlet, og nye kolleger spørger mere, når vi sidder sammen.'
        : 'Fokustiden holder, når lederen også holder den.',
    continueWith: 'Morgenmødet kl. 9.15 og den faste dag.',
    adjust: week === 2 ? 'Starttidspunktet, fordi bussen kommer 9.05.' : '',
    score: week === 4 ? 4 : null,
    ...(phones > 0
      ? {
          phoneAnswers: Array.from({ length: phones }, (_, phone) => ({
            id: `ph-${index}-${week}-${phone}`,
            learned: phone % 3 === 0 ? '' : `Svar ${phone + 1}: vi når mere, når telefonerne er slået fra.`,
            continueWith: 'Den faste dag.',
            adjust: phone % 2 === 0 ? 'Færre møder om fredagen.' : '',
            score: ((phone % 5) + 1) as 1 | 2 | 3 | 4 | 5,
          })),
        }
      : {}),
    recordedAt: `${date}T12:00:00.000Z`,
  };
}

function experiment(index: number, meetingId: string, startDate: string): Experiment {
  const { stops } = scheduleSixWeeks(startDate);
  const decided = index % 3 === 0;
  return {
    id: `e${index + 1}`,
    teamId: TEAM,
    meetingId,
    proposalId: null,
    themeIds: [THEMES[index % THEMES.length]!],
    hvad: IDEAS[index % IDEAS.length]!,
    hvorfor:
      'Vi savner at se hinanden, og nye kolleger har svært ved at lære kulturen at kende, når vi sjældent er samlet.',
    hvordan:
      'Lederen melder dagen ud i kalenderen, og vi holder et kort morgenmøde. Vi gør status ved stop op.',
    hvem: index % 2 === 0 ? 'Søren og Åse' : 'Hele teamet',
    startDate,
    baselineScore: index % 2 === 0 ? 2 : null,
    checkIns: [checkIn(2, stops[0].date, index, index === 0 ? 6 : 0), checkIn(4, stops[1].date, index, 0)],
    adjustments: index % 2 === 0 ? [{ date: stops[0].date, text: 'Morgenmødet flyttes til kl. 9.15.' }] : [],
    decision: decided
      ? { outcome: 'permanent', reason: 'Alle vil fortsætte, og det koster ikke noget.', date: stops[2].date }
      : null,
    createdAt,
  };
}

export interface ReportWorkspaceSize {
  /** Proposals at the dialogmøde. */
  proposals?: number;
  experiments?: number;
  participants?: number;
}

/** The whole servicetjek of team t1 (and a little of t2), dated September 2026 to January 2027. */
export function reportWorkspace({
  proposals = 12,
  experiments = 4,
  participants = 14,
}: ReportWorkspaceSize = {}): Workspace {
  const groups: ProposalGroup[] = [
    { id: 'g1', teamId: TEAM, meetingId: 'm1', name: 'Møder og fællesskab', rank: 1 },
    { id: 'g2', teamId: TEAM, meetingId: 'm1', name: 'Ro til fordybelse', rank: 2 },
  ];
  const dialog = meeting({
    id: 'm1',
    date: '2026-09-15',
    runbookId: 'dialogmoede',
    themeIds: ['fordybelse', 'tillid', 'sammenhaengskraft'],
    assessmentRoundId: 'r1',
    groups: 3,
    participants,
    notes: {
      welcome: 'Alle mødt – også de tre på Teams. Lederen bød velkommen.',
      groupWork: 'Bordene kom godt i gang; bord 2 ville gerne have haft mere tid.',
      clustering: 'Tavlen blev lang. Vi samlede forslagene i to grupper.',
    },
    run: finishedRun('2026-09-15', [
      'welcome',
      'groupWork',
      'groupReport',
      'clustering',
      'priorityReport',
      'closing',
    ]),
  });
  const dialogProposals = proposalsFor('m1', proposals, groups);
  dialog.dotVote = {
    phase: 'closed',
    on: 'proposals',
    dots: 3,
    maxPerItem: 2,
    items: dialogProposals.map((proposal) => proposal.id),
    counts: Object.fromEntries(dialogProposals.map((proposal, index) => [proposal.id, (index * 7 + 3) % 9])),
    voters: Math.min(participants, 11),
    openedAt: '2026-09-15T09:40:00.000Z',
    closedAt: '2026-09-15T09:48:00.000Z',
  };
  const theme = meeting({
    id: 'm2',
    date: '2026-10-20',
    runbookId: 'fordybelse',
    themeIds: ['fordybelse'],
    assessmentRoundId: 'r1',
    decisionMode: 'B',
    participants: 9,
    notes: { round: 'Mange forstyrrelser fra Teams. Ønske om fælles regler for svartider.' },
    run: finishedRun('2026-10-20', [
      'welcome',
      'reflection',
      'round',
      'proposalReflection',
      'proposalRound',
      'decision',
    ]),
  });
  const themeProposals = proposalsFor('m2', 4, []);
  const handover: Handover = {
    id: 'h1',
    teamId: TEAM,
    meetingId: 'm2',
    who: 'MED-udvalget i Løn & Økonomi',
    followUpDate: '2026-11-30',
    note: 'Tages op på MED-mødet i november; svar til teamet inden jul.',
    proposalIds: ['m2-p2'],
    createdAt,
  };
  const starts = ['2026-09-28', '2026-10-05', '2026-10-26', '2026-11-02'];
  const experimentList = Array.from({ length: experiments }, (_, index) =>
    experiment(index, index < 2 ? 'm1' : 'm2', starts[index % starts.length]!),
  );
  // The first experiment was adjusted and extended after its first six weeks.
  const first = experimentList[0];
  if (first) {
    const earlier = scheduleSixWeeks(first.startDate);
    const restart = earlier.stops[2].date;
    const next = scheduleSixWeeks(restart);
    experimentList[0] = {
      ...first,
      earlierPeriods: [
        {
          startDate: first.startDate,
          checkIns: first.checkIns,
          decision: {
            outcome: 'extend',
            reason: 'Vi flytter dagen til onsdag og prøver igen.',
            date: restart,
          },
        },
      ],
      startDate: restart,
      checkIns: [checkIn(2, next.stops[0].date, 0, 0)],
      decision: null,
    };
  }
  return {
    teams: [
      { id: TEAM, name: 'Løn & Økonomi', createdAt },
      { id: OTHER_TEAM, name: 'Borgerservice', createdAt },
    ],
    assessments: [
      round('r1', TEAM, '2026-09-01', 'Første vurdering', participants),
      round('r2', TEAM, '2027-01-12', 'Efter forsøgene', participants - 2, 1),
      round('r9', OTHER_TEAM, '2026-09-10', 'Borgerservice første', 8),
    ],
    meetings: [dialog, theme, meeting({ id: 'm9', teamId: OTHER_TEAM, date: '2026-09-20' })],
    proposals: [
      ...dialogProposals,
      ...themeProposals,
      {
        id: 'loose1',
        teamId: TEAM,
        meetingId: null,
        text: 'Skærme i mødelokalet, så alle kan se dem på Teams',
        themeId: 'sammenhaengskraft',
        groupId: null,
        rank: 0,
        quadrant: null,
        top: false,
        status: 'open',
        createdAt: '2026-11-05T10:00:00.000Z',
      },
    ],
    proposalGroups: groups,
    handovers: [handover],
    experiments: experimentList,
  };
}
