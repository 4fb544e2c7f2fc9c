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

type Keyed = { id: string; createdAt?: string; updatedAt?: string };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function byId<T extends Keyed>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/** A field both sides changed to different values: `mine` was kept, `lost` is the other side's. */
export interface MergeConflict {
  collection: Collection;
  id: string;
  field: string;
  lost: unknown;
}

/** A field's value on one side of a merge. */
export interface FieldValue {
  collection: Collection;
  id: string;
  field: string;
  value: unknown;
}

/**
 * Whether a side's value of a field is one that the other side's writer already had and moved on
 * from (the base is older than both, e.g. two tabs that merged each other's writes in between).
 */
export type Outdated = (side: 'mine' | 'theirs', value: FieldValue) => boolean;

/**
 * Both sides changed one record: merge it field by field, so two tabs editing different fields of
 * one experiment both keep their text. Where both changed the same field, a value the other side
 * had and moved on from loses to that side's; otherwise `mine` (the later write) wins and the
 * other side's value is reported, never dropped silently.
 */
function mergeFields<T extends Keyed>(
  collection: Collection,
  base: T,
  mine: T,
  theirs: T,
  conflicts: MergeConflict[],
  outdated?: Outdated,
): T {
  const merged: Record<string, unknown> = { ...mine };
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const o = theirs as Record<string, unknown>;
  for (const field of fields) {
    if (field === 'updatedAt' || same(b[field], o[field]) || same(m[field], o[field])) continue;
    if (same(b[field], m[field]) || outdated?.('mine', { collection, id: mine.id, field, value: m[field] })) {
      if (o[field] === undefined) delete merged[field];
      else merged[field] = o[field];
    } else if (!outdated?.('theirs', { collection, id: mine.id, field, value: o[field] })) {
      conflicts.push({ collection, id: mine.id, field, lost: o[field] });
    }
  }
  const times = [mine.updatedAt, theirs.updatedAt].filter((time): time is string => Boolean(time));
  if (times.length > 0) merged.updatedAt = times.sort().at(-1);
  return merged as T;
}

/** Per record by id: whoever changed a record from the common base wins; both changed → by field. */
function mergeRecords<T extends Keyed>(
  collection: Collection,
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  conflicts: MergeConflict[],
  outdated?: Outdated,
): T[] {
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
    } else if (same(original, record)) {
      result.push(other);
    } else if (same(original, other)) {
      result.push(record);
    } else {
      result.push(mergeFields(collection, original, record, other, conflicts, outdated));
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
 * same record, they are merged field by field, and where both changed one field `mine` (the later
 * write) wins and the lost value is listed in `conflicts`; a record edited on one side and deleted
 * on the other is kept. With `mine` equal to `base` the result is `theirs`, and vice versa.
 * `outdated` tells a value one side's writer already had and replaced, so that side's newer value
 * wins without a conflict.
 */
export function mergeThreeWay(
  base: Workspace,
  mine: Workspace,
  theirs: Workspace,
  outdated?: Outdated,
): { workspace: Workspace; conflicts: MergeConflict[] } {
  const workspace = { ...mine };
  const conflicts: MergeConflict[] = [];
  for (const collection of COLLECTIONS) {
    (workspace as Record<Collection, Keyed[]>)[collection] = mergeRecords<Keyed>(
      collection,
      base[collection],
      mine[collection],
      theirs[collection],
      conflicts,
      outdated,
    );
  }
  return { workspace, conflicts };
}

/** When a record was last changed: its change time, or its creation for records from before those. */
function changedAt(record: Keyed): string {
  return record.updatedAt ?? record.createdAt ?? '';
}

/** Which side an import keeps for a record that differs here and in the file. */
export type ImportOutcome = 'file' | 'here';

/** Keep the file's record only when it was changed later than the one here; what is here wins ties. */
function importOutcome(here: Keyed, fromFile: Keyed): ImportOutcome {
  return changedAt(fromFile) > changedAt(here) ? 'file' : 'here';
}

/** A record that differs here and in an imported file, and which one the merge keeps. */
export interface ImportConflict {
  collection: Collection;
  id: string;
  kept: ImportOutcome;
  here: Keyed;
  fromFile: Keyed;
}

/** How an import would change each collection: added, replaced by a newer record, kept here, unchanged. */
export type MergePreview = Record<
  Collection,
  { added: number; replaced: number; keptHere: number; unchanged: number }
>;

/**
 * Merge an imported workspace into the current one by id: new records are added, a record with the
 * same id is replaced only by a newer one from the file (by change time), so an older backup never
 * undoes newer work here; records only in `current` stay. Order: current first.
 */
export function mergeIncoming(current: Workspace, incoming: Workspace): Workspace {
  const merged = { ...current };
  for (const collection of COLLECTIONS) {
    const incomingById = byId<Keyed>(incoming[collection]);
    const currentIds = new Set(current[collection].map((record) => record.id));
    (merged as Record<Collection, Keyed[]>)[collection] = [
      ...current[collection].map((record) => {
        const fromFile = incomingById.get(record.id);
        return fromFile && importOutcome(record, fromFile) === 'file' ? fromFile : record;
      }),
      ...incoming[collection].filter((record) => !currentIds.has(record.id)),
    ];
  }
  return merged;
}

/** Every record that differs here and in the file, with the side `mergeIncoming` keeps. */
export function importConflicts(current: Workspace, incoming: Workspace): ImportConflict[] {
  const conflicts: ImportConflict[] = [];
  for (const collection of COLLECTIONS) {
    const currentById = byId<Keyed>(current[collection]);
    for (const fromFile of incoming[collection] as Keyed[]) {
      const here = currentById.get(fromFile.id);
      if (here && !same(here, fromFile)) {
        conflicts.push({ collection, id: fromFile.id, kept: importOutcome(here, fromFile), here, fromFile });
      }
    }
  }
  return conflicts;
}

/** Count, per collection, what `mergeIncoming(current, incoming)` would add, replace, keep and leave. */
export function previewMerge(current: Workspace, incoming: Workspace): MergePreview {
  const preview = {} as MergePreview;
  const conflicts = importConflicts(current, incoming);
  for (const collection of COLLECTIONS) {
    const currentIds = new Set(current[collection].map((record) => record.id));
    const mine = conflicts.filter((conflict) => conflict.collection === collection);
    const added = incoming[collection].filter((record) => !currentIds.has(record.id)).length;
    const replaced = mine.filter((conflict) => conflict.kept === 'file').length;
    const keptHere = mine.length - replaced;
    preview[collection] = {
      added,
      replaced,
      keptHere,
      unchanged: incoming[collection].length - added - mine.length,
    };
  }
  return preview;
}

/**
 * Stamp `updatedAt` on every record an action changed (a new object for an existing id) or added,
 * so a later merge can tell the newer of two versions. Records are replaced immutably by the
 * slices, so an unchanged record is the same object and is left as it is.
 */
export function stampChanges(
  previous: Workspace,
  next: Partial<Workspace>,
  nowIso: string,
): Partial<Workspace> {
  const stamped: Partial<Workspace> = { ...next };
  for (const collection of COLLECTIONS) {
    const records = next[collection] as Keyed[] | undefined;
    if (!records || records === previous[collection]) continue;
    const before = new Set<Keyed>(previous[collection]);
    (stamped as Record<Collection, Keyed[]>)[collection] = records.map((record) =>
      before.has(record) ? record : { ...record, updatedAt: nowIso },
    );
  }
  return stamped;
}

/** Number of records in a workspace, all collections together. */
export function countRecords(workspace: Workspace): number {
  return COLLECTIONS.reduce((sum, collection) => sum + workspace[collection].length, 0);
}
