import type { Workspace } from './entities/workspace';
import { emptyWorkspace } from './empty-workspace';
import { COLLECTIONS, type Collection } from './merge-workspace';

/**
 * Split a workspace into what stays and what belongs to team `teamId`: the team itself and its
 * rounds, meetings, proposals, groups, handovers and experiments (check-ins live inside those).
 * An unknown id removes nothing. `removed` can be merged back with `mergeIncoming` to undo.
 */
export function removeTeam(workspace: Workspace, teamId: string): { kept: Workspace; removed: Workspace } {
  const kept = { ...workspace };
  const removed = emptyWorkspace();
  for (const collection of COLLECTIONS) {
    const belongs = (record: { id: string; teamId?: string }) =>
      collection === 'teams' ? record.id === teamId : record.teamId === teamId;
    const records = workspace[collection] as { id: string; teamId?: string }[];
    (kept as Record<Collection, unknown[]>)[collection] = records.filter((record) => !belongs(record));
    (removed as Record<Collection, unknown[]>)[collection] = records.filter(belongs);
  }
  return { kept, removed };
}
