import { toolkitDa } from '@/content/da/toolkit';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Experiment } from '@/domain/entities/experiment';
import type { Meeting } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import pdfDa from '@/i18n/locales/da/pdf';
import { collectCheckIn, collectHandleplan, collectInvitation, collectReport } from './collect';

const resources = { labels: pdfDa, toolkit: toolkitDa };
const createdAt = '2026-11-01T10:00:00.000Z';

function experiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    id: 'e1',
    teamId: 't1',
    meetingId: 'm1',
    proposalId: null,
    themeIds: ['fordybelse'],
    hvad: 'Fokustid',
    hvorfor: 'Ro',
    hvordan: 'Kalender',
    hvem: 'Åse',
    startDate: '2026-11-23',
    baselineScore: null,
    checkIns: [],
    adjustments: [],
    decision: null,
    createdAt,
    ...overrides,
  };
}

const meeting: Meeting = {
  id: 'm1',
  teamId: 't1',
  runbookId: 'fordybelse',
  themeIds: ['fordybelse'],
  assessmentRoundId: null,
  date: '2026-11-10',
  startTime: '09:00',
  place: 'Ærø',
  availableMinutes: 90,
  participants: 5,
  groups: 1,
  tovholdere: 'Åse',
  decisionMode: 'A',
  stepMinutes: {},
  checklist: {},
  notes: { round: 'God runde.' },
  run: null,
  createdAt,
};

function workspace(parts: Partial<Workspace>): Workspace {
  return { ...emptyWorkspace(), teams: [{ id: 't1', name: 'Løn', createdAt }], ...parts };
}

describe('collectHandleplan', () => {
  it('returns null for a team without experiments', () => {
    expect(collectHandleplan(workspace({}), 't1', '2026-11-22', resources)).toBeNull();
  });

  it.each([
    ['2026-11-22', {}, 'Planlagt'],
    ['2026-11-30', {}, 'I gang'],
    ['2026-12-08', {}, 'Stop op nu'],
    ['2027-01-05', {}, 'Beslut nu'],
    ['2027-01-05', { decision: { outcome: 'permanent', reason: '', date: '2027-01-04' } }, 'Gjort permanent'],
  ] as const)('on %s with %j the status is %s', (today, overrides, status) => {
    const data = collectHandleplan(
      workspace({ experiments: [experiment(overrides)] }),
      't1',
      today,
      resources,
    );
    expect(data?.rows[0]?.statusLabel).toBe(status);
  });

  it('dates the period and the strip and names the themes', () => {
    const data = collectHandleplan(workspace({ experiments: [experiment()] }), 't1', '2026-11-22', resources);
    expect(data?.period).toEqual({ from: '2026-11-23', to: '2027-01-04' });
    expect(data?.rows[0]?.themes).toEqual(['Fordybelse']);
    expect(data?.rows[0]?.schedule.map((entry) => `${entry.label} ${entry.week}`)).toEqual([
      'Start 48',
      'Stop op – uge 2 50',
      'Stop op – uge 4 52',
      'Beslutning – uge 6 1',
    ]);
  });
});

describe('collectInvitation', () => {
  it('times the programme from the agenda and takes questions and før mødet from the toolkit', () => {
    const data = collectInvitation(workspace({ meetings: [meeting] }), 'm1', resources);
    expect(data?.programme.map((item) => `${item.start} ${item.minutes}`)).toEqual([
      '09:00 5',
      '09:05 5',
      '09:10 10',
      '09:20 15',
      '09:35 10',
      '09:45 30',
    ]);
    expect(data?.purpose).toBe(toolkitDa.themes.fordybelse.keyQuestion);
    expect(data?.before).toEqual(toolkitDa.runbooks.fordybelse.before);
    expect(data?.questions.length).toBeGreaterThan(0);
  });

  it('returns null for an unknown meeting', () => {
    expect(collectInvitation(workspace({}), 'nope', resources)).toBeNull();
  });
});

describe('collectReport', () => {
  it('returns null when the team has nothing yet', () => {
    expect(collectReport(workspace({}), 't1', '2026-11-22', resources)).toBeNull();
  });

  it('adds tallied counts to the responses and recommends the highest-scored theme', () => {
    const round = {
      id: 'r1',
      teamId: 't1',
      date: '2026-11-02',
      label: '',
      responses: [
        {
          id: 'a',
          name: '',
          scores: { fordybelse: 5 as const, tillid: 2 as const },
          source: 'sheet' as const,
          createdAt,
        },
      ],
      tally: { fordybelse: [0, 0, 0, 1, 2] as [number, number, number, number, number] },
      choice: null,
      createdAt,
    };
    const data = collectReport(
      workspace({ assessments: [round], meetings: [meeting] }),
      't1',
      '2026-11-22',
      resources,
    );
    const fordybelse = data?.scores?.themes.find((theme) => theme.name === 'Fordybelse');
    expect(fordybelse?.counts).toEqual([0, 0, 0, 1, 3]);
    expect(fordybelse?.average).toBeCloseTo(4.75);
    expect(data?.scores?.respondents).toBe(4);
    expect(data?.scores?.recommendation).toBe('Start med drejebogen for Fordybelse.');
    expect(data?.meeting?.steps[2]).toMatchObject({ actualStart: null, notes: 'God runde.' });
    expect(data?.decision).toBeNull();
  });
});

describe('collectCheckIn', () => {
  it.each([
    [2, '2026-12-07', 50],
    [4, '2026-12-21', 52],
  ] as const)('dates the stop op after week %i', (week, isoDate, isoWeek) => {
    const data = collectCheckIn(workspace({ experiments: [experiment()] }), 'e1', week);
    expect(data).toMatchObject({ teamName: 'Løn', hvad: 'Fokustid', week, isoDate, isoWeek });
  });
});
