/**
 * Named, separately tested steps from one persisted schema version to the next.
 * `WORKSPACE_MIGRATIONS[n]` turns version n into version n + 1. Each released version's fixture
 * (tests/fixtures/workspace-v<n>.json) is kept forever and must always restore.
 * To change the stored shape: bump WORKSPACE_VERSION, add the step here, add a fixture of the
 * released version and a test that migrates it (see migrations.test.ts for the pattern).
 */
export interface Migration {
  /** Says what the step does, e.g. "meetings get a place field"; shown in test names. */
  name: string;
  up: (data: Record<string, unknown>) => Record<string, unknown>;
}

export type MigrationTable = Readonly<Record<number, Migration>>;

export const WORKSPACE_MIGRATIONS: MigrationTable = {
  // Version 2 only adds: an answer may come from a phone (source "live"), a round may be open for
  // phones (livePhase), and an extended experiment keeps its earlier periods (earlierPeriods). Old
  // data needs no change; the bump exists so that a version-1 build, which would drop what it does
  // not know, reads version-2 data as newer and leaves it untouched.
  1: {
    name: 'answers from phones, rounds open for phones, earlier periods of an experiment',
    up: (data) => data,
  },
};

/**
 * Run every step from `fromVersion` up to `toVersion`. Throws when a step is missing, so the
 * caller keeps the raw data instead of guessing; the input object is never changed.
 */
export function migrate(
  data: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: MigrationTable = WORKSPACE_MIGRATIONS,
): Record<string, unknown> {
  let current = structuredClone(data);
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    current = step.up(current);
  }
  return current;
}
