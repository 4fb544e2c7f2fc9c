import type { Workspace } from './entities/workspace';

/** The workspace's collections, in the order they are shown and backed up. */
export const COLLECTIONS = [
  'teams',
  'assessments',
  'meetings',
  'proposals',
  'proposalGroups',
  'handovers',
  'experiments',
] as const satisfies readonly (keyof Workspace)[];
export type Collection = (typeof COLLECTIONS)[number];

type Keyed = { id: string };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function byId<T extends Keyed>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/** Per record by id: whoever changed a record from the common base wins; both changed → `mine`. */
function mergeRecords<T extends Keyed>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const baseById = byId(base);
  const theirsById = byId(theirs);
  const mineIds = new Set(mine.map((record) => record.id));
  const result: T[] = [];
  for (const record of mine) {
    const original = baseById.get(record.id);
    const other = theirsById.get(record.id);
    if (!original) {
      result.push(record);
    } else if (!other) {
      // They deleted it; keep it only if we changed it since, so an edit is never lost to a delete.
      if (!same(original, record)) result.push(record);
    } else {
      result.push(same(original, record) ? other : record);
    }
  }
  for (const record of theirs) {
    if (mineIds.has(record.id)) continue;
    const original = baseById.get(record.id);
    // New in theirs, or deleted by us but changed by them since: keep it.
    if (!original || !same(original, record)) result.push(record);
  }
  return result;
}

/**
 * Three-way merge of two edits of the same workspace, e.g. two browser tabs that both started from
 * `base`. Per record (by id): a change on one side wins over no change; when both sides changed the
 * same record, `mine` (the later write) wins; a record edited on one side and deleted on the other
 * is kept. With `mine` equal to `base` the result is `theirs`, and vice versa.
 */
export function mergeThreeWay(base: Workspace, mine: Workspace, theirs: Workspace): Workspace {
  const merged = { ...mine };
  for (const collection of COLLECTIONS) {
    (merged as Record<Collection, Keyed[]>)[collection] = mergeRecords<Keyed>(
      base[collection],
      mine[collection],
      theirs[collection],
    );
  }
  return merged;
}

/** How an import would change each collection: records added, records replaced, records kept as they are. */
export type MergePreview = Record<Collection, { added: number; changed: number; unchanged: number }>;

/**
 * Merge an imported workspace into the current one by id: new records are added, a record with the
 * same id is replaced by the imported one, and records only in `current` stay. Order: current first.
 */
export function mergeIncoming(current: Workspace, incoming: Workspace): Workspace {
  const merged = { ...current };
  for (const collection of COLLECTIONS) {
    const incomingById = byId<Keyed>(incoming[collection]);
    const currentIds = new Set(current[collection].map((record) => record.id));
    (merged as Record<Collection, Keyed[]>)[collection] = [
      ...current[collection].map((record) => incomingById.get(record.id) ?? record),
      ...incoming[collection].filter((record) => !currentIds.has(record.id)),
    ];
  }
  return merged;
}

/** Count, per collection, what `mergeIncoming(current, incoming)` would add, replace and leave. */
export function previewMerge(current: Workspace, incoming: Workspace): MergePreview {
  const preview = {} as MergePreview;
  for (const collection of COLLECTIONS) {
    const currentById = byId<Keyed>(current[collection]);
    let added = 0;
    let changed = 0;
    let unchanged = 0;
    for (const record of incoming[collection]) {
      const existing = currentById.get(record.id);
      if (!existing) added += 1;
      else if (same(existing, record)) unchanged += 1;
      else changed += 1;
    }
    preview[collection] = { added, changed, unchanged };
  }
  return preview;
}

/** Number of records in a workspace, all collections together. */
export function countRecords(workspace: Workspace): number {
  return COLLECTIONS.reduce((sum, collection) => sum + workspace[collection].length, 0);
}
