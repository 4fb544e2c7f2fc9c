import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Meeting } from '@/domain/entities/meeting';
import { startRun, runSteps, nextStep } from '@/domain/meeting-run';
import type { AnyBoardContent, OpenRoomOptions } from '@/live/facilitator-session';
import type * as FacilitatorSessionModule from '@/live/facilitator-session';
import type { MeetingBoardState, RoomBallotState } from '@/live/protocol';
import { readRoomSecrets } from './live-room-secrets';
import { useMeetingLiveLink } from './meeting-live-link';
import { useWorkspace } from './workspace-store';
import { quietMorning } from '../../tests/experiment-fixture';
import { tillidMeeting } from '../../tests/meeting-fixture';

/** A stand-in for the relay: the test plays the phones and reads what the facilitator published. */
const room = vi.hoisted(() => ({
  boards: [] as AnyBoardContent[],
  options: null as OpenRoomOptions | null,
  ballot: (_pid: string, _ballot: RoomBallotState) => {},
  phones: (_pids: ReadonlySet<string>) => {},
}));

vi.mock('@/live/facilitator-session', async (original) => ({
  ...(await original<typeof FacilitatorSessionModule>()),
  openRoom: (options: OpenRoomOptions) => {
    room.options = options;
    return {
      publishBoard: async (board: AnyBoardContent) => void room.boards.push(board),
      delivered: async () => true,
      onBallot: () => () => {},
      onRoomBallot: (listener: typeof room.ballot) => ((room.ballot = listener), () => {}),
      onPhones: (listener: typeof room.phones) => ((room.phones = listener), () => {}),
      onStatus: () => () => {},
      destroy: () => {},
    };
  },
}));

const config = { relayUrl: 'wss://relay.kommune.dk', joinBase: 'https://servicetjek.kommune.dk/' };
const PID_A = '0123456789abcdef0123456789abcdef';
const PID_B = 'fedcba9876543210fedcba9876543210';
const state = () => useWorkspace.getState();
const link = () => useMeetingLiveLink.getState();
const lastBoard = () => room.boards.at(-1) as Omit<MeetingBoardState, 'seq'>;
const target = { kind: 'meeting', meetingId: 'm1', title: 'Tillid' } as const;

const MEETING: Meeting = tillidMeeting({
  date: '2026-03-02',
  participants: 12,
  decisionMode: 'A',
  livePhones: true,
  createdAt: '2026-03-01T10:00:00.000Z',
});

const ballot = (
  proposals: { id: string; text: string }[],
  dots: Record<string, number> = {},
): RoomBallotState => ({
  seq: 1,
  kind: 'meeting',
  meetingId: 'm1',
  proposals: proposals.map((p) => ({ ...p, themeId: 'tillid' })),
  dots,
});

describe('the facilitator’s link to a meeting’s phones', () => {
  beforeEach(async () => {
    room.boards = [];
    localStorage.clear();
    useWorkspace.setState({ ...emptyWorkspace(), meetings: [MEETING] });
    await link().connect(target, config);
  });
  afterEach(() => link().disconnect());

  it('keeps the room’s secrets under the meeting, never in the workspace', () => {
    const secrets = readRoomSecrets('meeting:m1');
    expect(secrets).not.toBeNull();
    expect(link().joinUrl).toBe(`https://servicetjek.kommune.dk/join.html#r=${secrets?.sid}&k=${secrets?.k}`);
    expect(JSON.stringify(state().meetings)).not.toContain(secrets?.k);
  });

  it('publishes the step as the run moves, with the run’s own countdown and the reflection questions', () => {
    expect(lastBoard()).toMatchObject({ kind: 'meeting', meetingId: 'm1', title: 'Tillid', step: null });
    const steps = runSteps(MEETING);
    const run = startRun(steps, 1_000);
    useWorkspace.setState({ meetings: [{ ...MEETING, run }] });
    expect(lastBoard().step).toMatchObject({ index: 0, id: 'welcome', count: 6, timer: run.timer });
    const second = nextStep(run, steps, 2_000);
    useWorkspace.setState({ meetings: [{ ...MEETING, run: second }] });
    expect(lastBoard().step).toMatchObject({ index: 1, activity: 'reflection', timer: second.timer });
    expect(lastBoard().step?.questions.length).toBeGreaterThan(0);
    expect(lastBoard().proposals.open).toBe(false);
  });

  it('shows "Taler 3 af 12" in a speaker round and opens proposals in the proposal round', () => {
    const steps = runSteps(MEETING);
    let run = startRun(steps, 1_000);
    run = nextStep(nextStep(run, steps, 2_000), steps, 3_000);
    run = { ...run, speakers: run.speakers && { ...run.speakers, index: 2 } };
    useWorkspace.setState({ meetings: [{ ...MEETING, run }] });
    expect(lastBoard().step).toMatchObject({ activity: 'speakerRound', speaker: { index: 2, count: 12 } });
    run = nextStep(nextStep(run, steps, 4_000), steps, 5_000);
    useWorkspace.setState({ meetings: [{ ...MEETING, run }] });
    expect(lastBoard().step?.activity).toBe('proposalRound');
    expect(lastBoard().proposals).toEqual({ open: true, themes: ['tillid'] });
  });

  it('puts phone proposals in the inbox; accepted ones reach the board, hidden ones never do', () => {
    room.ballot(
      PID_A,
      ballot([
        { id: 'a1', text: 'Stille formiddag' },
        { id: 'a2', text: 'Skældsord' },
      ]),
    );
    room.ballot(PID_B, ballot([{ id: 'b1', text: 'Fælles kalender' }]));
    expect(link().inbox.map((p) => p.text)).toEqual(['Stille formiddag', 'Skældsord', 'Fælles kalender']);

    const [first, second, third] = link().inbox;
    const accepted = state().acceptPhoneProposal('m1', first!)!;
    state().hidePhoneProposal('m1', second!.key);
    state().mergePhoneProposal('m1', third!.key, accepted);
    expect(link().inbox).toEqual([]);
    expect(state().proposals.map((p) => p.text)).toEqual(['Stille formiddag']);

    state().openDotVote('m1', { on: 'proposals' });
    expect(lastBoard().vote?.items).toEqual([{ id: accepted, text: 'Stille formiddag' }]);
    expect(JSON.stringify(room.boards)).not.toContain('Skældsord');
    expect(JSON.stringify(room.boards)).not.toContain('Fælles kalender');
  });

  it('counts the votes cast while hiding the count, then closes with the phones’ dots', () => {
    const a = state().addProposal({ teamId: 't1', meetingId: 'm1', text: 'A' });
    const b = state().addProposal({ teamId: 't1', meetingId: 'm1', text: 'B' });
    state().openDotVote('m1', { on: 'proposals' });
    room.ballot(PID_A, ballot([], { [b]: 2, [a]: 1 }));
    room.ballot(PID_B, ballot([], { [a]: 4 }));
    expect(link().votesCast).toBe(1);
    expect(lastBoard().vote).toMatchObject({ phase: 'open' });
    expect(lastBoard().vote?.counts).toBeUndefined();
    // A phone changes its mind before the vote closes.
    room.ballot(PID_B, { ...ballot([], { [b]: 1 }), seq: 2 });
    expect(link().votesCast).toBe(2);
    link().closeVote('m1');
    expect(state().meetings[0]?.dotVote).toMatchObject({
      phase: 'closed',
      counts: { [a]: 1, [b]: 3 },
      voters: 2,
    });
    expect(lastBoard().vote).toMatchObject({ phase: 'closed', counts: { [a]: 1, [b]: 3 } });
    expect(
      state()
        .proposals.sort((x, y) => x.rank - y.rank)
        .map((p) => p.text),
    ).toEqual(['B', 'A']);
    expect(link().votesCast).toBe(0);
  });

  it('ends: phones are told the meeting has ended, are no longer used for it, and its keys are forgotten', async () => {
    await link().end(target);
    expect(room.boards.at(-1)).toEqual({ kind: 'ended', of: 'meeting', title: 'Tillid' });
    expect(state().meetings[0]?.livePhones).toBeUndefined();
    expect(readRoomSecrets('meeting:m1')).toBeNull();
    expect(link().key).toBeNull();
  });
});

describe('a stop op from phones', () => {
  const EXPERIMENT = quietMorning({ liveCheckIn: { week: 2, phase: 'open' } });
  const stopOp = (score: 1 | 2 | 3 | 4 | 5, learned = 'Ro virker'): RoomBallotState => ({
    seq: 1,
    kind: 'stopOp',
    experimentId: 'e1',
    week: 2,
    learned,
    continueWith: '',
    adjust: '',
    score,
  });

  beforeEach(async () => {
    room.boards = [];
    localStorage.clear();
    useWorkspace.setState({ ...emptyWorkspace(), experiments: [EXPERIMENT] });
    await link().connect({ kind: 'stopOp', experimentId: 'e1' }, config);
  });
  afterEach(() => link().disconnect());

  it('publishes the check-in and saves each phone’s answer in it, once per phone', () => {
    expect(room.boards.at(-1)).toEqual({
      kind: 'stopOp',
      experimentId: 'e1',
      week: 2,
      themeId: 'fordybelse',
      title: 'Stille formiddag',
      phase: 'open',
    });
    room.ballot(PID_A, stopOp(4));
    room.ballot(PID_B, stopOp(5, 'Mindre støj'));
    room.ballot(PID_A, { ...stopOp(3), seq: 2 });
    const checkIn = state().experiments[0]?.checkIns[0];
    expect(checkIn?.phoneAnswers?.map((a) => [a.learned, a.score])).toEqual([
      ['Mindre støj', 5],
      ['Ro virker', 3],
    ]);
  });

  it('takes no answer once closed, and saves one sent meanwhile when opened again', () => {
    state().setLiveCheckIn('e1', { week: 2, phase: 'closed' });
    expect(room.boards.at(-1)).toMatchObject({ phase: 'closed' });
    room.ballot(PID_A, stopOp(4));
    expect(state().experiments[0]?.checkIns).toEqual([]);
    state().setLiveCheckIn('e1', { week: 2, phase: 'open' });
    expect(state().experiments[0]?.checkIns[0]?.phoneAnswers).toHaveLength(1);
  });

  it('ends: the check-in closes, phones are told the stop op has ended, and its keys are forgotten', async () => {
    await link().end({ kind: 'stopOp', experimentId: 'e1' });
    expect(room.boards.slice(-2)).toEqual([
      expect.objectContaining({ kind: 'stopOp', phase: 'closed' }),
      { kind: 'ended', of: 'stopOp', title: 'Stille formiddag' },
    ]);
    expect(state().experiments[0]?.liveCheckIn).toBeUndefined();
    expect(readRoomSecrets('stopOp:e1')).toBeNull();
    expect(link().key).toBeNull();
  });
});
