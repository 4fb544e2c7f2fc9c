import { beforeEach, describe, expect, it } from 'vitest';
import { boardColumns, UNGROUPED } from '@/domain/board';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Meeting } from '@/domain/entities/meeting';
import { boardGroups, boardProposals } from '@/domain/proposals';
import { scoreLine } from '@/domain/experiment-changes';
import { liveResponseId } from './assessments-slice';
import { useWorkspace } from './workspace-store';
import { quietMorning } from '../../tests/experiment-fixture';
import { tillidMeeting } from '../../tests/meeting-fixture';

const state = () => useWorkspace.getState();
const meeting = () => state().meetings[0]!;
const scope = { teamId: 't1', meetingId: 'm1' };
const PID = '0123456789abcdef0123456789abcdef';

const MEETING: Meeting = tillidMeeting({
  date: '2026-03-02',
  participants: 8,
  decisionMode: 'A',
  createdAt: '2026-03-01T10:00:00.000Z',
});

const EXPERIMENT = quietMorning();

const columns = () =>
  boardColumns(boardProposals(state().proposals, scope), boardGroups(state().proposalGroups, scope));
const texts = (ids: readonly string[]) => ids.map((id) => state().proposals.find((p) => p.id === id)?.text);

describe('proposals from phones', () => {
  beforeEach(() =>
    useWorkspace.setState({ ...emptyWorkspace(), meetings: [MEETING], experiments: [EXPERIMENT] }),
  );

  it('marks the meeting as followed by phones, and not any more', () => {
    state().setMeetingPhones('m1', true);
    expect(meeting().livePhones).toBe(true);
    state().setMeetingPhones('m1', false);
    expect('livePhones' in meeting()).toBe(false);
  });

  it('accepts a proposal onto the board as an ordinary proposal of the meeting, once', () => {
    const id = state().acceptPhoneProposal('m1', {
      key: `${PID}:a1`,
      text: 'Stille formiddag',
      themeId: 'tillid',
    });
    expect(state().proposals).toEqual([
      expect.objectContaining({
        id,
        meetingId: 'm1',
        teamId: 't1',
        text: 'Stille formiddag',
        themeId: 'tillid',
      }),
    ]);
    expect(meeting().liveProposals).toEqual({ [`${PID}:a1`]: { action: 'accepted', proposalId: id } });
    expect(state().acceptPhoneProposal('m1', { key: `${PID}:a1`, text: 'Igen', themeId: null })).toBeNull();
    expect(state().proposals).toHaveLength(1);
  });

  it('merges into a proposal already there, keeping no words of its own', () => {
    const there = state().addProposal({ ...scope, text: 'Fælles kalender' });
    state().mergePhoneProposal('m1', `${PID}:a2`, there);
    expect(state().proposals).toHaveLength(1);
    expect(meeting().liveProposals).toEqual({ [`${PID}:a2`]: { action: 'merged', proposalId: there } });
  });

  it('hides a proposal: no proposal is made and its words are not saved', () => {
    state().hidePhoneProposal('m1', `${PID}:a3`);
    expect(state().proposals).toEqual([]);
    expect(meeting().liveProposals).toEqual({ [`${PID}:a3`]: { action: 'hidden', proposalId: null } });
    // A decision stands: a hidden proposal cannot be accepted after all by a second click.
    expect(state().acceptPhoneProposal('m1', { key: `${PID}:a3`, text: 'x', themeId: null })).toBeNull();
  });
});

describe('a dot vote on the board', () => {
  let ids: string[] = [];
  beforeEach(() => {
    useWorkspace.setState({ ...emptyWorkspace(), meetings: [MEETING] });
    ids = ['A', 'B', 'C', 'D'].map((text) => state().addProposal({ ...scope, text }));
  });

  it('cannot open on an empty board', () => {
    useWorkspace.setState({ ...emptyWorkspace(), meetings: [MEETING] });
    expect(state().openDotVote('m1', { on: 'proposals' })).toBe(false);
    expect(meeting().dotVote).toBeUndefined();
  });

  it('opens on the board’s proposals in its order, with three dots and two on one by default', () => {
    expect(state().openDotVote('m1', { on: 'proposals' })).toBe(true);
    expect(meeting().dotVote).toMatchObject({
      phase: 'open',
      on: 'proposals',
      dots: 3,
      maxPerItem: 2,
      items: ids,
    });
    expect(meeting().dotVote?.counts).toBeUndefined();
  });

  it('closes with the count saved, a phone over budget left out, and the board ordered by dots', () => {
    const [a, b, c, d] = ids as [string, string, string, string];
    state().openDotVote('m1', { on: 'proposals' });
    const tally = state().closeDotVote('m1', [
      { [c]: 2, [b]: 1 },
      { [c]: 1, [d]: 1 },
      { [a]: 2, [b]: 2 },
    ]);
    expect(tally).toEqual({ counts: { [a]: 0, [b]: 1, [c]: 3, [d]: 1 }, voters: 2, refused: 1 });
    expect(meeting().dotVote).toMatchObject({ phase: 'closed', voters: 2, counts: tally?.counts });
    // Ties (B and D with one each) keep the board's order.
    expect(texts(columns()[UNGROUPED]!)).toEqual(['C', 'B', 'D', 'A']);
    expect(state().closeDotVote('m1', [])).toBeNull();
  });

  it('votes on groups and orders them, the proposals inside keeping their order', () => {
    const [a, b, c, d] = ids as [string, string, string, string];
    const g1 = state().addGroup(scope, 'Ro');
    const g2 = state().addGroup(scope, 'Kalender');
    state().applyBoardColumns({ [UNGROUPED]: [d], [g1]: [a, b], [g2]: [c] });
    state().openDotVote('m1', { on: 'groups', dots: 5, maxPerItem: 5 });
    expect(meeting().dotVote).toMatchObject({ items: [g1, g2], dots: 5, maxPerItem: 5 });
    state().closeDotVote('m1', [{ [g2]: 3, [g1]: 2 }]);
    expect(Object.keys(columns())).toEqual([UNGROUPED, g2, g1]);
    expect(columns()[g1]).toEqual([a, b]);
  });

  it('clears the vote to vote again', () => {
    state().openDotVote('m1', { on: 'proposals' });
    state().clearDotVote('m1');
    expect('dotVote' in meeting()).toBe(false);
  });
});

describe('a stop op answered from phones', () => {
  beforeEach(() => useWorkspace.setState({ ...emptyWorkspace(), experiments: [EXPERIMENT] }));
  const experiment = () => state().experiments[0]!;
  const answer = { learned: 'Ro virker', continueWith: '', adjust: 'Kortere', score: 4 as const };

  it('takes answers only while the week’s check-in is open for phones', () => {
    expect(state().savePhoneCheckIn('e1', 2, PID, answer)).toBe(false);
    state().setLiveCheckIn('e1', { week: 2, phase: 'open' });
    expect(state().savePhoneCheckIn('e1', 4, PID, answer)).toBe(false);
    expect(state().savePhoneCheckIn('e1', 2, PID, answer)).toBe(true);
    state().setLiveCheckIn('e1', { week: 2, phase: 'closed' });
    expect(state().savePhoneCheckIn('e1', 2, PID, { ...answer, score: 1 })).toBe(false);
    expect(experiment().checkIns[0]?.phoneAnswers).toEqual([{ id: liveResponseId(PID), ...answer }]);
    state().setLiveCheckIn('e1', null);
    expect('liveCheckIn' in experiment()).toBe(false);
    expect(experiment().checkIns[0]?.phoneAnswers).toHaveLength(1);
  });

  it('puts the phones’ re-score on the before/after line', () => {
    state().setLiveCheckIn('e1', { week: 2, phase: 'open' });
    state().savePhoneCheckIn('e1', 2, PID, answer);
    expect(scoreLine(experiment())).toEqual([
      { at: 'before', score: 2 },
      { at: 2, score: 4 },
    ]);
  });
});

describe('what is saved', () => {
  it('keeps the new fields through the workspace schema, and a workspace without them still reads', async () => {
    const { workspaceSchema } = await import('@/domain/entities/workspace');
    const { selectWorkspace } = await import('./workspace-store');
    useWorkspace.setState({ ...emptyWorkspace(), meetings: [MEETING], experiments: [EXPERIMENT] });
    expect(workspaceSchema.parse(selectWorkspace(state()))).toEqual(selectWorkspace(state()));
    state().setMeetingPhones('m1', true);
    const id = state().addProposal({ ...scope, text: 'A' });
    state().hidePhoneProposal('m1', `${PID}:a1`);
    state().openDotVote('m1', { on: 'proposals' });
    state().closeDotVote('m1', [{ [id]: 1 }]);
    state().setLiveCheckIn('e1', { week: 4, phase: 'open' });
    state().savePhoneCheckIn('e1', 4, PID, { learned: 'x', continueWith: '', adjust: '', score: null });
    const saved = workspaceSchema.parse(JSON.parse(JSON.stringify(selectWorkspace(state()))));
    expect(saved.meetings[0]).toMatchObject({
      livePhones: true,
      liveProposals: { [`${PID}:a1`]: { action: 'hidden', proposalId: null } },
      dotVote: { phase: 'closed', counts: { [id]: 1 }, voters: 1 },
    });
    expect(saved.experiments[0]).toMatchObject({
      liveCheckIn: { week: 4, phase: 'open' },
      checkIns: [{ week: 4, phoneAnswers: [{ id: liveResponseId(PID), learned: 'x' }] }],
    });
  });
});
