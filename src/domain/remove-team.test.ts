import workspaceV1 from '../../tests/fixtures/workspace-v1.json';
import { workspaceSchema } from './entities/workspace';
import { countRecords, mergeIncoming } from './merge-workspace';
import { removeTeam } from './remove-team';

const workspace = workspaceSchema.parse(workspaceV1.state);

describe('removeTeam', () => {
  it('takes the team and everything that belongs to it, and nothing else', () => {
    const { kept, removed } = removeTeam(workspace, 'team-hjemmepleje');
    expect(removed.teams.map((t) => t.id)).toEqual(['team-hjemmepleje']);
    expect(removed.assessments).toHaveLength(1);
    expect(removed.meetings.map((m) => m.id)).toEqual(['meeting-1']);
    expect(removed.proposals).toHaveLength(2);
    expect(removed.proposalGroups).toHaveLength(1);
    expect(removed.experiments).toHaveLength(1);
    expect(kept.teams.map((t) => t.id)).toEqual(['team-borgerservice']);
    expect(kept.handovers).toHaveLength(1);
    expect(countRecords(kept) + countRecords(removed)).toBe(countRecords(workspace));
  });

  it('removes nothing for an unknown id', () => {
    expect(removeTeam(workspace, 'nobody').kept).toEqual(workspace);
  });

  it('can be undone by merging the removed records back', () => {
    const { kept, removed } = removeTeam(workspace, 'team-borgerservice');
    const restored = mergeIncoming(kept, removed);
    expect(countRecords(restored)).toBe(countRecords(workspace));
    expect(restored.meetings.map((m) => m.id).sort()).toEqual(['meeting-1', 'meeting-2']);
  });
});
