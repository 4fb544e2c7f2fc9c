import type {
  CheckInSheetData,
  HandleplanPosterData,
  HandleplanRowData,
  InvitationData,
  ReportData,
} from '@/export/pdf/document-data';
import { toolkitDa } from '@/content/da/toolkit';
import { collectReport, type ReportScope } from '@/export/pdf/report-collect';
import assessmentDa from '@/i18n/locales/da/assessment';
import pdfDa from '@/i18n/locales/da/pdf';
import { isoWeek } from '@/domain/iso-week';
import { scheduleSixWeeks } from '@/domain/schedule';
import { TEAM, reportWorkspace, type ReportWorkspaceSize } from './report-workspace';

// Realistic document data in the shape the collector produces, for tests and the benchmark.

const IDEAS = [
  'Fast mødedag om tirsdagen, hvor alle er på kontoret',
  'Fokustid uden møder fra 9 til 11 – “stille formiddag”',
  'Fælles frokost hver torsdag med skiftende værter',
  'Aftaler om svartider på Teams og mail',
  'Hybride møder: alle deltager fra egen skærm',
];

function row(index: number, start: string): HandleplanRowData {
  const { stops } = scheduleSixWeeks(start);
  return {
    hvad: `${index + 1}. ${IDEAS[index % IDEAS.length]}`,
    hvorfor:
      'Vi savner at se hinanden, og nye kolleger får svært ved at lære kulturen at kende, når vi sjældent er samlet på én gang.',
    hvordan:
      'Lederen melder dagen ud i kalenderen, og vi holder et kort morgenmøde kl. 9.00. Vi prøver det i seks uger og gør status ved stop op.',
    hvem: index % 2 === 0 ? 'Søren og Åse' : 'Hele teamet',
    adjustments:
      index % 3 === 0 ? [{ isoDate: stops[0].date, text: 'Morgenmødet flyttes til kl. 9.15 – bussen.' }] : [],
    statusLabel: index % 4 === 0 ? 'Planlagt' : 'I gang',
    themes: ['Sammenhængskraft', 'Fordybelse'].slice(0, (index % 2) + 1),
    holidays: ['jul og nytår'],
    schedule: [
      { label: 'Start', isoDate: start, week: isoWeek(start).week },
      ...stops.map((stop) => ({
        label: stop.kind === 'decision' ? 'Beslutning – uge 6' : `Stop op – uge ${stop.week}`,
        isoDate: stop.date,
        week: stop.isoWeek,
      })),
    ],
  };
}

/** About 300 characters, as a team writes in a handleplan cell: ordinary Danish words, one hyphen. */
export const ORDINARY_CELL =
  'Vi savner at se hinanden, og nye kolleger har svært ved at lære kulturen at kende. Borgerservice og ' +
  'sagsbehandlingen sidder spredt, så spørgsmål venter til næste dag. Vi vil prøve en fast mødedag med ' +
  'et kort morgenmøde, og vi gør status ved hvert stop op sammen med lederen og TR-repræsentanten.';

/** A handleplan whose cells are all about 300 characters long, as a full poster of real plans. */
function ordinaryRow(index: number, start: string): HandleplanRowData {
  const base = row(index, start);
  return {
    ...base,
    hvorfor: ORDINARY_CELL,
    hvordan: ORDINARY_CELL,
    hvem: 'Søren og Åse fra Borgerservice, og lederen deltager i første og sidste uge',
    adjustments: [
      {
        isoDate: base.schedule[1]!.isoDate,
        text: 'Morgenmødet flyttes til kl. 9.15, fordi bussen fra stationen kommer 9.05.',
      },
    ],
  };
}

export function handleplanData(
  experiments: number,
  teamName = 'Løn & Økonomi',
  { ordinary = false }: { ordinary?: boolean } = {},
): HandleplanPosterData {
  const rows = Array.from({ length: experiments }, (_, index) =>
    (ordinary ? ordinaryRow : row)(index, '2026-11-23'),
  );
  return {
    teamName,
    isoDate: '2026-11-22',
    period: rows.length > 0 ? { from: '2026-11-23', to: scheduleSixWeeks('2026-11-23').stops[2].date } : null,
    rows,
  };
}

export const invitationData: InvitationData = {
  teamName: 'Løn & Økonomi',
  title: 'Drejebog til dialog om fordybelse – med forslag til forsøg',
  purpose: 'Hvordan sikrer vi, at der er tid og rum til fordybelse i en hybrid hverdag?',
  themes: ['Fordybelse'],
  isoDate: '2026-12-01',
  startTime: '09:00',
  endTime: '10:25',
  place: 'Mødelokale Ærø, 2. sal',
  tovholdere: 'Åse Øster',
  programme: [
    { number: 1, title: 'Velkomst', start: '09:00', end: '09:05', minutes: 5 },
    { number: 2, title: 'Individuel refleksion', start: '09:05', end: '09:10', minutes: 5 },
    { number: 3, title: 'Runde', start: '09:10', end: '09:30', minutes: 20 },
  ],
  questions: ['Hvornår har du sidst haft en hel dag med ro til fordybelse?', 'Hvad forstyrrer dig mest?'],
  before: ['Send dagsordenen ud en uge før.', 'Book et lokale med plads til alle – og en skærm.'],
};

/**
 * The full report of a realistic workspace (tests/report-workspace.ts), collected as the app does it,
 * in Danish: two rounds, a dialogmøde with a dot vote, a theme meeting handed over to MED, experiments
 * with check-ins (one extended). Larger numbers make the big report of the benchmark.
 */
export function reportData(size: ReportWorkspaceSize = {}, scope: Partial<ReportScope> = {}): ReportData {
  const data = collectReport(
    reportWorkspace(size),
    TEAM,
    { today: '2027-01-20', nowMs: Date.UTC(2027, 0, 20, 12), ...scope },
    { language: 'da', labels: pdfDa, result: assessmentDa.result, toolkit: toolkitDa },
  );
  if (!data) throw new Error('The report workspace has nothing to report');
  return data;
}

export const checkInSheetData: CheckInSheetData = {
  teamName: 'Løn & Økonomi',
  hvad: 'Fast mødedag om tirsdagen',
  hvorfor: 'Vi savner at se hinanden.',
  week: 2,
  isoDate: '2026-12-07',
  isoWeek: 50,
};
