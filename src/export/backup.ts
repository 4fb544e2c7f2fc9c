import type { z } from 'zod';
import { workspaceSchema, type Workspace } from '@/domain/entities/workspace';
import { COLLECTIONS, type Collection } from '@/domain/merge-workspace';

/**
 * The backup file: the whole workspace with a format marker. `formatVersion` 1 holds workspace
 * schema version 1; a later format brings its own conversion here.
 */
export const BACKUP_FORMAT = 'servicetjek-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Far above any real workspace, low enough that reading the file cannot freeze the tab. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** A broken file can have thousands of problems; the first ones say enough. */
const MAX_PROBLEMS = 50;

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What is wrong with a file: where (`meetings[2].date`) and, in the user's language, what. */
export interface BackupProblem {
  path: string;
  message: string;
}

export type ParsedBackup =
  { ok: true; workspace: Workspace; exportedAt: string | null } | { ok: false; problems: BackupProblem[] };

/** The backup file's text for `workspace`, exported at `exportedAt` (ISO date-time). */
export function createBackup(workspace: Workspace, exportedAt: string): string {
  return JSON.stringify(
    { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt, data: workspace },
    null,
    2,
  );
}

/** `servicetjek-backup-2025-03-11.json` for the local date `todayIso` (YYYY-MM-DD). */
export function backupFileName(todayIso: string): string {
  return `servicetjek-backup-${todayIso}.json`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// "__proto__" keys in a file must never become prototypes; no real key in the data model has the name.
const dropProtoKeys = (key: string, value: unknown) => (key === '__proto__' ? undefined : value);

function recordName(collection: Collection, record: unknown): string {
  if (!isObject(record)) return '';
  const field = {
    teams: 'name',
    assessments: 'label',
    meetings: 'date',
    proposals: 'text',
    proposalGroups: 'name',
    handovers: 'who',
    experiments: 'hvad',
  }[collection];
  const value = record[field];
  if (typeof value !== 'string' || value.trim() === '') return '';
  const trimmed = value.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed;
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t('import.issue.missing') : t('import.issue.wrongType');
    case 'too_big':
      return t('import.issue.tooBig', { maximum: Number(issue.maximum) });
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? t('import.issue.empty')
        : t('import.issue.tooSmall', { minimum: Number(issue.minimum) });
    case 'invalid_format':
      return t('import.issue.format');
    default:
      return t('import.issue.invalid');
  }
}

/** "Møde 3 (»2025-02-04«), felt »dato«" from a path into the data. */
function locate(path: readonly PropertyKey[], data: Record<string, unknown>, t: Translate): string {
  const [collection, index, ...rest] = path;
  if (!(COLLECTIONS as readonly PropertyKey[]).includes(collection ?? '')) return pathText(path);
  const key = collection as Collection;
  if (typeof index !== 'number') return t(`import.collections.${key}`);
  const records = data[key];
  const name = recordName(key, Array.isArray(records) ? records[index] : undefined);
  const record = name
    ? t('import.recordNamed', { kind: t(`import.records.${key}`), number: index + 1, name })
    : t('import.record', { kind: t(`import.records.${key}`), number: index + 1 });
  const field = rest.find((part): part is string => typeof part === 'string');
  if (!field) return record;
  const label = t(`import.fields.${field}`, { defaultValue: field });
  return t('import.recordField', { record, field: label });
}

function duplicateIds(data: Workspace, t: Translate): BackupProblem[] {
  const problems: BackupProblem[] = [];
  for (const collection of COLLECTIONS) {
    const seen = new Set<string>();
    data[collection].forEach((record, index) => {
      if (seen.has(record.id)) {
        problems.push({
          path: `${collection}[${index}].id`,
          message: t('import.duplicateId', { where: locate([collection, index], data, t) }),
        });
      }
      seen.add(record.id);
    });
  }
  return problems;
}

const fail = (path: string, message: string): ParsedBackup => ({ ok: false, problems: [{ path, message }] });

/**
 * How a file whose æ, ø and å were damaged looks: U+FFFD where a program could not read a letter,
 * or UTF-8 read as Windows-1252 and saved again ("Ã¦" for æ, "Ã¸" for ø, "Ã¥" for å, "Ã˜" for Ø).
 * Such a file would put the damaged names over the good ones here, so it is refused.
 */
const REPLACEMENT_CHARACTER = /\uFFFD/;
const UTF8_READ_AS_WINDOWS_1252 = /Ã[\u0080-\u00BF\u2020\u2021\u2026\u2030\u02DC\u0152\u0160\u017D\u0178]/;

/**
 * Read a backup file's text. Never throws: returns the validated workspace (defaults filled, unknown
 * fields dropped) or every problem found, each with its place and a message in the user's language.
 */
export function parseBackup(text: string, t: Translate): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES)
    return fail('', t('import.tooLarge', { megabytes: MAX_BACKUP_BYTES / 2 ** 20 }));
  if (REPLACEMENT_CHARACTER.test(text)) return fail('', t('import.replacementCharacters'));
  if (UTF8_READ_AS_WINDOWS_1252.test(text)) return fail('', t('import.mangledLetters'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, dropProtoKeys);
  } catch (error) {
    // A stack overflow while parsing: nesting far deeper than any backup the app writes.
    return fail('', t(error instanceof RangeError ? 'import.tooDeep' : 'import.notJson'));
  }
  if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT) return fail('format', t('import.notBackup'));
  if (
    typeof parsed.formatVersion !== 'number' ||
    !Number.isInteger(parsed.formatVersion) ||
    parsed.formatVersion < 1
  )
    return fail('formatVersion', t('import.badVersion'));
  if (parsed.formatVersion > BACKUP_FORMAT_VERSION) return fail('formatVersion', t('import.newerVersion'));
  if (!isObject(parsed.data)) return fail('data', t('import.noData'));
  const data = parsed.data;
  const result = workspaceSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: pathText(issue.path),
      message: `${locate(issue.path, data, t)}: ${issueMessage(issue, t)}`,
    }));
    return { ok: false, problems: capped(problems, t) };
  }
  const duplicates = duplicateIds(result.data, t);
  if (duplicates.length > 0) return { ok: false, problems: capped(duplicates, t) };
  const exportedAt = typeof parsed.exportedAt === 'string' ? parsed.exportedAt : null;
  return { ok: true, workspace: result.data, exportedAt };
}

function capped(problems: BackupProblem[], t: Translate): BackupProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: '', message: t('import.moreProblems', { count: problems.length - MAX_PROBLEMS }) },
  ];
}
