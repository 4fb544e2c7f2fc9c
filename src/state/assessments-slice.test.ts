import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { useWorkspace } from './workspace-store';

const state = () => useWorkspace.getState();
const firstRound = () => state().assessments[0];

describe('assessments slice', () => {
  beforeEach(() => useWorkspace.setState(emptyWorkspace()));

  it('adds a dated round for a team with a trimmed label', () => {
    const id = state().addRound('t1', '2026-03-02', '  Før forsøget ');
    expect(firstRound()).toMatchObject({
      id,
      teamId: 't1',
      date: '2026-03-02',
      label: 'Før forsøget',
      choice: null,
    });
  });

  it('puts a deleted response back where it was', () => {
    const roundId = state().addRound('t1', '2026-03-02');
    const ids = [1, 2, 3].map((score) =>
      state().addResponse(roundId, { scores: { tillid: score as 1 | 2 | 3 } }),
    );
    const restore = state().deleteResponse(roundId, ids[1] ?? '');
    expect(firstRound()?.responses.map((r) => r.id)).toEqual([ids[0], ids[2]]);
    restore();
    expect(firstRound()?.responses.map((r) => r.id)).toEqual(ids);
  });

  it('puts a deleted round back where it was', () => {
    const a = state().addRound('t1', '2026-01-01');
    const b = state().addRound('t1', '2026-02-01');
    const restore = state().deleteRound(a);
    expect(state().assessments.map((r) => r.id)).toEqual([b]);
    restore();
    expect(state().assessments.map((r) => r.id)).toEqual([a, b]);
  });

  it.each([[[0, -1, 0, 0, 0]], [[0, 1.5, 0, 0, 0]], [[1, 2, 3]]])('refuses the tally %j', (counts) => {
    const roundId = state().addRound('t1', '2026-03-02');
    expect(state().setTally(roundId, 'tillid', counts)).toBe(false);
    expect(firstRound()?.tally).toEqual({});
  });

  it('marks imported answers as imported, keeps no name, and gives one import one batch', () => {
    const roundId = state().addRound('t1', '2026-03-02');
    expect(
      state().importResponses(roundId, [
        { name: 'Ana', scores: { tillid: 5 }, importKey: 'id:7' },
        { scores: { fordybelse: 1 }, importKey: 'id:8' },
      ]),
    ).toBe(2);
    state().importResponses(roundId, [{ scores: { tillid: 2 }, importKey: 'line:2' }, { scores: {} }]);
    const responses = firstRound()?.responses ?? [];
    expect(responses.map((r) => [r.name, r.source, r.importRef?.key])).toEqual([
      ['', 'import', 'id:7'],
      ['', 'import', 'id:8'],
      ['', 'import', 'line:2'],
      ['', 'import', undefined],
    ]);
    expect(responses[0]?.importRef?.batch).toBe(responses[1]?.importRef?.batch);
    expect(responses[2]?.importRef?.batch).not.toBe(responses[0]?.importRef?.batch);
  });
});
