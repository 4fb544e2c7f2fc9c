import workspaceV1 from '../../tests/fixtures/workspace-v1.json';
import { workspaceSchema } from '@/domain/entities/workspace';
import { useWorkspace } from './workspace-store';

describe('deleteTeam', () => {
  it('removes the team with its meetings and experiments, and the undo brings all of it back', () => {
    useWorkspace.setState(workspaceSchema.parse(workspaceV1.state));
    const undo = useWorkspace.getState().deleteTeam('team-hjemmepleje');
    expect(useWorkspace.getState().teams.map((t) => t.name)).toEqual(['Borgerservice']);
    expect(useWorkspace.getState().experiments).toEqual([]);
    expect(useWorkspace.getState().meetings.map((m) => m.id)).toEqual(['meeting-2']);
    undo();
    expect(
      useWorkspace
        .getState()
        .teams.map((t) => t.name)
        .sort(),
    ).toEqual(['Borgerservice', 'Hjemmeplejen Nord']);
    expect(useWorkspace.getState().experiments[0]?.checkIns).toHaveLength(1);
    expect(useWorkspace.getState().assessments).toHaveLength(1);
  });
});
