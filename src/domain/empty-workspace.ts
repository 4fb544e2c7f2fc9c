import type { Workspace } from './entities/workspace';

/**
 * A workspace with nothing in it. Kept apart from the schemas so the first screen can start
 * the store without loading the schema library.
 */
export function emptyWorkspace(): Workspace {
  return {
    teams: [],
    assessments: [],
    meetings: [],
    proposals: [],
    proposalGroups: [],
    handovers: [],
    experiments: [],
  };
}
