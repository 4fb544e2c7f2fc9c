/**
 * Named, separately tested steps from one persisted schema version to the next.
 * `MIGRATIONS[n]` turns version n into version n + 1. Version 1 is the first release,
 * so there is nothing to migrate yet; its fixture lives in tests/fixtures/workspace-v1.json.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Run every step from `fromVersion` up to `toVersion`; throws when a step is missing. */
export function migrate(data: Record<string, unknown>, fromVersion: number, toVersion: number) {
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from version ${version}`);
    current = step(current);
  }
  return current;
}
