import { vi } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { clock } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';

/**
 * The experiment screens' starting point: Wednesday 18 November 2026, team t1 "Løn og personale"
 * with "Stille formiddag" on fordybelse, started 2 November, added through the store as a user would.
 * Returns the experiment's id. The clock is a spy: restore it with `vi.restoreAllMocks()`.
 */
export function seedQuietMorningInStore(): string {
  vi.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:00:00').getTime());
  useWorkspace.setState({
    ...emptyWorkspace(),
    teams: [{ id: 't1', name: 'Løn og personale', createdAt: '2026-11-01T10:00:00.000Z' }],
  });
  return useWorkspace.getState().addExperiment({
    teamId: 't1',
    hvad: 'Stille formiddag',
    startDate: '2026-11-02',
    themeIds: ['fordybelse'],
  });
}
