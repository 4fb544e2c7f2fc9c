import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { liveResponseId } from './assessments-slice';
import { useWorkspace } from './workspace-store';

const state = () => useWorkspace.getState();
const round = () => state().assessments[0];
const PID = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';

describe('answers from phones', () => {
  let roundId = '';
  beforeEach(() => {
    useWorkspace.setState(emptyWorkspace());
    roundId = state().addRound('t1', '2026-03-02');
    state().setLivePhase(roundId, 'open');
  });

  it('saves a phone’s ballot as one anonymous response marked as sent from a phone', () => {
    expect(state().saveLiveBallot(roundId, PID, { tillid: 4 })).toBe('added');
    expect(round()?.responses).toEqual([
      expect.objectContaining({ id: liveResponseId(PID), name: '', source: 'live', scores: { tillid: 4 } }),
    ]);
  });

  it('replaces the same phone’s earlier answer, so it is counted once', () => {
    state().saveLiveBallot(roundId, PID, { tillid: 4 });
    expect(state().saveLiveBallot(roundId, PID, { tillid: 2, fordybelse: 5 })).toBe('updated');
    expect(round()?.responses).toHaveLength(1);
    expect(round()?.responses[0]?.scores).toEqual({ tillid: 2, fordybelse: 5 });
  });

  it('counts a ballot sent again unchanged (a phone back online) once, without a new save', () => {
    state().saveLiveBallot(roundId, PID, { tillid: 4 });
    const before = round();
    expect(state().saveLiveBallot(roundId, PID, { tillid: 4 })).toBe('unchanged');
    expect(round()).toBe(before);
  });

  it('keeps each phone apart', () => {
    state().saveLiveBallot(roundId, PID, { tillid: 4 });
    state().saveLiveBallot(roundId, OTHER, { tillid: 1 });
    expect(round()?.responses.map((r) => r.scores.tillid)).toEqual([4, 1]);
  });

  it('sits beside answers typed one by one', () => {
    state().addResponse(roundId, { scores: { tillid: 3 } });
    state().saveLiveBallot(roundId, PID, { tillid: 5 });
    expect(round()?.responses.map((r) => r.source)).toEqual(['sheet', 'live']);
  });

  it.each(['closed', 'revealed'] as const)('ignores a ballot that arrives when the round is %s', (phase) => {
    state().setLivePhase(roundId, phase);
    expect(state().saveLiveBallot(roundId, PID, { tillid: 4 })).toBe('ignored');
    expect(round()?.responses).toEqual([]);
  });

  it('ignores a ballot when phones are not in use, and an empty ballot', () => {
    expect(state().saveLiveBallot(roundId, PID, {})).toBe('ignored');
    state().setLivePhase(roundId, null);
    expect(round()?.livePhase).toBeUndefined();
    expect(state().saveLiveBallot(roundId, PID, { tillid: 4 })).toBe('ignored');
    expect(round()?.responses).toEqual([]);
  });

  it('keeps what arrived when the round is closed', () => {
    state().saveLiveBallot(roundId, PID, { tillid: 4 });
    state().setLivePhase(roundId, 'closed');
    state().setLivePhase(roundId, null);
    expect(round()?.responses).toHaveLength(1);
  });
});
