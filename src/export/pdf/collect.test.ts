import { toolkitDa } from '@/content/da/toolkit';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { AssessmentRound, AssessmentResponse } from '@/domain/entities/assessment';
import type { Experiment } from '@/domain/entities/experiment';
import type { Meeting } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import assessmentDa from '@/i18n/locales/da/assessment';
import pdfDa from '@/i18n/locales/da/pdf';
import { collectCheckIn, collectHandleplan, collectInvitation } from './collect';
import { collectReport } from './report-collect';
import { emptyRound } from '../../../tests/round-store-seed';

const resources = { language: 'da' as const, labels: pdfDa, result: assessmentDa.result, toolkit: toolkitDa };
const scope = { today: '2026-11-22', nowMs: Date.UTC(2026, 10, 22, 12) };
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

function response(id: string, scores: AssessmentResponse['scores']): AssessmentResponse {
  return { id, name: '', scores, source: 'sheet', createdAt };
}

const assessment = (overrides: Partial<AssessmentRound> = {}) => emptyRound({ createdAt, ...overrides });

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
    ['2026-12-08', { adjustments: [{ date: '2026-12-07', text: 'Kl. 10' }] }, 'Justeret'],
    ['2027-01-05', {}, 'Afventer beslutning'],
    ['2027-01-05', { decision: { outcome: 'permanent', reason: '', date: '2027-01-04' } }, 'Gjort permanent'],
    [
      '2027-01-05',
      { decision: { outcome: 'extend', reason: '', date: '2027-01-04' } },
      'Justeret og forlænget',
    ],
    ['2027-01-05', { decision: { outcome: 'stop', reason: '', date: '2027-01-04' } }, 'Stoppet'],
  ] as [string, Partial<Experiment>, string][])(
    'on %s with %j the status is %s',
    (today, overrides, status) => {
      const data = collectHandleplan(
        workspace({ experiments: [experiment(overrides)] }),
        't1',
        today,
        resources,
      );
      expect(data?.rows[0]?.statusLabel).toBe(status);
    },
  );

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

  it("invites to the dialogmøde in the participants' words, with each theme's reflection questions", () => {
    const dialog: Meeting = {
      ...meeting,
      runbookId: 'dialogmoede',
      themeIds: ['tillid', 'fordybelse'],
      groups: 2,
    };
    const data = collectInvitation(workspace({ meetings: [dialog] }), 'm1', resources);
    expect(data?.purpose).toBe(
      'Vi holder et dialogmøde om Tillid og Fordybelse i vores hybride arbejde. I grupper drøfter vi temaerne og kommer med forslag til forsøg, som vi kan afprøve i en kortere periode, fx seks uger.',
    );
    expect(data?.purpose).not.toBe(toolkitDa.dialogmoede.summary);
    expect(data?.questions).toEqual([]);
    expect(data?.questionSets).toEqual([
      { heading: 'Tillid', questions: toolkitDa.runbooks.tillid.steps.reflection?.questions },
      { heading: 'Fordybelse', questions: toolkitDa.runbooks.fordybelse.steps.reflection?.questions },
    ]);
    // Not the planners' 2×2 questions of the groups' clustering.
    const clustering = toolkitDa.runbooks.dialogmoede.steps.clustering?.questions ?? [];
    expect(clustering.length).toBeGreaterThan(0);
    for (const item of clustering) expect(JSON.stringify(data)).not.toContain(item);
  });

  it('returns null for an unknown meeting', () => {
    expect(collectInvitation(workspace({}), 'nope', resources)).toBeNull();
  });
});

describe('collectReport', () => {
  it('returns null when the team has nothing yet', () => {
    expect(collectReport(workspace({}), 't1', scope, resources)).toBeNull();
  });

  it('gives the count per theme, as the screen does, when the tally’s themes have different totals', () => {
    const uneven = assessment({
      responses: [response('a', { fordybelse: 5, tillid: 2 })],
      tally: { fordybelse: [0, 0, 0, 1, 2], tillid: [0, 1, 1, 0, 0] },
    });
    const even = assessment({
      responses: [response('a', { fordybelse: 5, tillid: 2 })],
      tally: { fordybelse: [0, 0, 0, 1, 1], tillid: [0, 1, 1, 0, 0] },
    });
    const collect = (round: AssessmentRound) =>
      collectReport(workspace({ assessments: [round] }), 't1', scope, resources)?.rounds[0];
    expect(collect(uneven)?.respondentsPerTheme).toBe(
      'Temaerne har ikke lige mange svar: Fordybelse 4, Tillid 3.',
    );
    expect(collect(even)).toMatchObject({ respondents: 3, respondentsPerTheme: null });
  });

  it('adds tallied counts to the responses and says the recommendation with its reason', () => {
    const round = assessment({
      responses: [response('a', { fordybelse: 5, tillid: 2 })],
      tally: { fordybelse: [0, 0, 0, 1, 2] },
    });
    const data = collectReport(
      workspace({ assessments: [round], meetings: [{ ...meeting, assessmentRoundId: 'r1' }] }),
      't1',
      scope,
      resources,
    );
    const fordybelse = data?.rounds[0]?.themes.find((theme) => theme.name === 'Fordybelse');
    expect(fordybelse).toMatchObject({ counts: [0, 0, 0, 1, 3], n: 4 });
    expect(fordybelse?.average).toBeCloseTo(4.75);
    expect(data?.rounds[0]?.themes[0]?.name).toBe('Fordybelse');
    expect(data?.rounds[0]?.respondents).toBe(4);
    expect(data?.rounds[0]?.recommendation).toBe(
      'Fordybelse træder frem som det vigtigste (4,8 mod 2,0) – tag drejebogen om fordybelse op på fx et personalemøde.',
    );
    expect(data?.rounds[0]?.choice).toBe(
      'Jeres valg: Møde om fordybelse, 10. november 2026. I følger anbefalingen.',
    );
    expect(data?.rounds[0]?.rule).toMatch(
      /^Appens regel: Et tema er vigtigt, når mindst 50 % har givet det 4 eller 5\. Ét vigtigt tema, der ligger mindst 0,5 point/,
    );
    expect(data?.meetings[0]?.run.steps[2]).toMatchObject({
      actualStart: null,
      skipped: false,
      notes: 'God runde.',
    });
    expect(data?.meetings[0]?.run.totals).toBeNull();
    expect(data?.meetings[0]?.decision).toBeNull();
  });

  it("states the round's own choice when the facilitator overrode the recommendation", () => {
    const round = assessment({
      responses: ['a', 'b', 'c'].map((id) => response(id, { fordybelse: 5, tillid: 2, fleksibilitet: 3 })),
      choice: { kind: 'dialogmoede', themeIds: ['tillid', 'fleksibilitet'] },
    });
    const data = collectReport(workspace({ assessments: [round] }), 't1', scope, resources);
    expect(data?.rounds[0]?.choice).toBe(
      'Jeres valg: dialogmøde om Tillid og Fleksibilitet. I har valgt selv i stedet for anbefalingen. Mødet er endnu ikke planlagt.',
    );
    expect(data?.rounds[0]?.recommendation).toMatch(/^Fordybelse træder frem som det vigtigste/);
  });

  it.each([
    [2, null, true],
    [3, [1, 0, 0, 0, 2], false],
  ] as const)(
    'with %i answers the distribution is %j and the anonymity note shown is %s',
    (answers, counts, noted) => {
      const scores = [5, 1, 5] as const;
      const round = assessment({
        responses: scores.slice(0, answers).map((score, index) => response(`r${index}`, { tillid: score })),
      });
      const data = collectReport(workspace({ assessments: [round] }), 't1', scope, resources);
      expect(data?.rounds[0]?.themes[0]).toMatchObject({ name: 'Tillid', counts, n: answers });
      expect(data?.rounds[0]?.hiddenNote !== '').toBe(noted);
      // Spread is per-answer detail too: no disagreement is named below three answers.
      expect(data?.rounds[0]?.disagreements.length).toBe(answers < 3 ? 0 : 1);
    },
  );

  it('names the tensions where both themes score high', () => {
    const round = assessment({
      responses: ['a', 'b', 'c'].map((id) => response(id, { fordybelse: 5, tilgaengelighed: 4 })),
    });
    const data = collectReport(workspace({ assessments: [round] }), 't1', scope, resources);
    expect(data?.rounds[0]?.tensions).toEqual([expect.stringMatching(/^Både Fordybelse og Tilgængelighed/)]);
  });

  it('reports the meeting as run: actual minutes, skipped steps, totals', () => {
    const t0 = Date.UTC(2026, 10, 10, 8, 0);
    const minute = 60_000;
    const run = {
      stepIndex: 2,
      timer: { durationMs: 0, startedAt: null, elapsedMs: 0 },
      speakers: null,
      log: [
        { stepId: 'welcome', startedAt: t0, endedAt: t0 + 7 * minute, skipped: false },
        { stepId: 'reflection', startedAt: t0 + 7 * minute, endedAt: t0 + 8 * minute, skipped: true },
        { stepId: 'round', startedAt: t0 + 8 * minute, endedAt: t0 + 20 * minute, skipped: false },
      ],
      startedAt: t0,
      finishedAt: t0 + 20 * minute,
      stepTimers: {},
      sound: false,
    };
    const data = collectReport(workspace({ meetings: [{ ...meeting, run }] }), 't1', scope, resources);
    expect(
      data?.meetings[0]?.run.steps.map((step) => [step.plannedMinutes, step.actualMinutes, step.skipped]),
    ).toEqual([
      [5, 7, false],
      [5, null, true],
      [10, 12, false],
      [15, null, false],
      [10, null, false],
      [30, null, false],
    ]);
    expect(data?.meetings[0]?.run.steps[0]?.actualStart).toMatch(/^\d\d:\d\d$/);
    expect(data?.meetings[0]?.run.totals).toEqual({ plannedMinutes: 75, actualMinutes: 20 });
    expect(data?.meetings[0]?.decision).toMatchObject({
      modeLabel: 'A: Forsøg besluttet på stedet',
      chosen: [],
    });
  });

  it('lists proposals by group and priority, ungrouped last, and decisions A and B', () => {
    const proposal = (id: string, rank: number, groupId: string | null, status = 'open' as const) => ({
      id,
      teamId: 't1',
      meetingId: 'm1',
      text: `Forslag ${id}`,
      themeId: null,
      groupId,
      rank,
      quadrant: null,
      top: id === 'p2',
      status,
      createdAt,
    });
    const data = collectReport(
      workspace({
        meetings: [{ ...meeting, decisionMode: 'B' }],
        proposals: [
          proposal('p1', 2, 'g1'),
          proposal('p2', 1, 'g1'),
          proposal('p3', 1, null, 'handedOver' as 'open'),
          proposal('p4', 3, 'g2'),
        ],
        proposalGroups: [
          { id: 'g1', teamId: 't1', meetingId: 'm1', name: 'Møder', rank: 2 },
          { id: 'g2', teamId: 't1', meetingId: 'm1', name: 'Ro', rank: 1 },
        ],
        experiments: [experiment({ meetingId: 'm1', hvad: 'Fokustid' })],
        handovers: [
          {
            id: 'h1',
            teamId: 't1',
            meetingId: 'm1',
            who: 'AMO-gruppen',
            followUpDate: '2027-01-15',
            note: 'Tages op i MED.',
            proposalIds: ['p3'],
            createdAt,
          },
        ],
      }),
      't1',
      scope,
      resources,
    );
    expect(
      data?.meetings[0]?.proposals.map((group) => [group.name, group.proposals.map((p) => p.text)]),
    ).toEqual([
      ['Ro', ['Forslag p4']],
      ['Møder', ['Forslag p2', 'Forslag p1']],
      ['Uden gruppe', ['Forslag p3']],
    ]);
    expect(data?.meetings[0]?.proposals[1]?.proposals[0]).toMatchObject({ top: true, statusLabel: 'Åben' });
    expect(data?.meetings[0]?.proposals[2]?.proposals[0]?.statusLabel).toBe('Givet videre');
    expect(data?.meetings[0]?.decision).toEqual({
      modeLabel: 'B: Givet videre til AMO/MED',
      chosen: ['Fokustid'],
      handovers: [
        {
          who: 'AMO-gruppen',
          followUpDate: '2027-01-15',
          note: 'Tages op i MED.',
          proposals: ['Forslag p3'],
        },
      ],
    });
  });

  it('reports every meeting and round of the team, oldest first', () => {
    const older = { ...meeting, id: 'm0', date: '2026-10-01', notes: { round: 'Første møde.' } };
    const data = collectReport(
      workspace({
        meetings: [meeting, older],
        assessments: [
          assessment({ id: 'r2', label: 'Anden', date: '2026-11-01' }),
          assessment({ id: 'r1', label: 'Første', date: '2026-09-01' }),
        ],
      }),
      't1',
      scope,
      resources,
    );
    expect(data?.meetings.map((item) => item.run.steps[2]?.notes)).toEqual(['Første møde.', 'God runde.']);
    expect(data?.rounds.map((round) => round.roundLabel)).toEqual(['Første', 'Anden']);
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
