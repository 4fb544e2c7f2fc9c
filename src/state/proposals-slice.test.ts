import { beforeEach, describe, expect, it } from 'vitest';
import { UNGROUPED } from '@/domain/board';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { useWorkspace } from './workspace-store';

const scope = { teamId: 't', meetingId: 'm' };

function add(text: string, themeId: 'fordybelse' | null = null) {
  return useWorkspace.getState().addProposal({ ...scope, text, themeId });
}

describe('proposals slice', () => {
  beforeEach(() => {
    useWorkspace.setState(emptyWorkspace());
  });

  it('deletes a proposal and undo puts it back in its place', () => {
    const a = add('A');
    const b = add('B');
    add('C');
    const deleted = useWorkspace.getState().deleteProposal(b);
    expect(useWorkspace.getState().proposals.map((p) => p.text)).toEqual(['A', 'C']);
    expect(deleted).not.toBeNull();
    useWorkspace.getState().restoreProposal(deleted!);
    expect(useWorkspace.getState().proposals.map((p) => p.id)).toEqual([a, b, expect.any(String)]);
    expect(useWorkspace.getState().deleteProposal('nope')).toBeNull();
  });

  it('groups by columns, dissolves a group emptied by a drag and keeps a fresh empty group', () => {
    const a = add('A');
    const b = add('B');
    const g = useWorkspace.getState().addGroup(scope, 'Gruppe 1');
    const fresh = useWorkspace.getState().addGroup(scope, 'Gruppe 2');
    useWorkspace.getState().applyBoardColumns({ [UNGROUPED]: [b], [g]: [a], [fresh]: [] });
    expect(useWorkspace.getState().proposals.find((p) => p.id === a)?.groupId).toBe(g);
    useWorkspace.getState().applyBoardColumns({ [UNGROUPED]: [a, b], [g]: [], [fresh]: [] });
    expect(useWorkspace.getState().proposalGroups.map((group) => group.id)).toEqual([fresh]);
    useWorkspace.getState().renameGroup(fresh, '  Ro  ');
    expect(useWorkspace.getState().proposalGroups[0]?.name).toBe('Ro');
  });

  it('dissolving a group returns its proposals to the list', () => {
    const a = add('A');
    const g = useWorkspace.getState().addGroup(scope, 'G');
    useWorkspace.getState().applyBoardColumns({ [UNGROUPED]: [], [g]: [a] });
    useWorkspace.getState().dissolveGroup(g);
    expect(useWorkspace.getState().proposalGroups).toEqual([]);
    expect(useWorkspace.getState().proposals[0]?.groupId).toBeNull();
  });

  it('allows at most three top proposals per board', () => {
    const ids = ['A', 'B', 'C', 'D'].map((text) => add(text));
    expect(ids.map((id) => useWorkspace.getState().toggleTopProposal(id))).toEqual([true, true, true, false]);
    expect(useWorkspace.getState().proposals.filter((p) => p.top)).toHaveLength(3);
  });

  it('decision A turns chosen proposals into experiments with hvad, theme and start date', () => {
    const a = add('Fordybelsestid', 'fordybelse');
    const b = add('Mandags-tjek-ind');
    const ids = useWorkspace.getState().chooseProposals({ ids: [a], startDate: '2026-11-30' });
    const { experiments, proposals } = useWorkspace.getState();
    expect(ids).toHaveLength(1);
    expect(experiments[0]).toMatchObject({
      teamId: 't',
      meetingId: 'm',
      proposalId: a,
      hvad: 'Fordybelsestid',
      themeIds: ['fordybelse'],
      startDate: '2026-11-30',
    });
    expect(proposals.find((p) => p.id === a)?.status).toBe('chosen');
    expect(proposals.find((p) => p.id === b)?.status).toBe('open');
    expect(useWorkspace.getState().chooseProposals({ ids: [a], startDate: '2026-11-30' })).toEqual([]);
  });

  it('decision B records the handover and parks the proposals for the AMO/MED group', () => {
    const a = add('A');
    useWorkspace.getState().handOverProposals({
      ...scope,
      who: ' AMO ',
      followUpDate: '2026-12-10',
      note: '',
      proposalIds: [a],
    });
    const { handovers, proposals } = useWorkspace.getState();
    expect(handovers[0]).toMatchObject({ who: 'AMO', followUpDate: '2026-12-10', proposalIds: [a] });
    expect(proposals[0]?.status).toBe('handedOver');
    useWorkspace.getState().bringProposalsToBoard([a], { teamId: 't', meetingId: 'm2' });
    expect(useWorkspace.getState().proposals[0]).toMatchObject({ meetingId: 'm2', status: 'open' });
  });
});
