import { THEME_IDS } from '@/content/ids';
import type { AssessmentResponse } from '@/domain/entities/assessment';
import type { ImportedRow } from './score-table';

export interface AlreadyImported {
  /** Lines of the file's rows that are already in the round. */
  lines: number[];
  /** `ids`: known by Forms' Id; `rows`: a file without ids whose earlier import is found line by line. */
  basis: 'ids' | 'rows' | null;
  /** Of the rows known by id, how many now carry other answers than the stored ones. */
  changedAnswers: number;
}

function sameScores(a: AssessmentResponse['scores'], b: AssessmentResponse['scores']): boolean {
  return THEME_IDS.every((id) => a[id] === b[id]);
}

/**
 * Which rows of a file were imported into the round before. A row with a Forms Id is known by that
 * Id. A file without ids is known by its rows: an earlier import counts as this file (or an older
 * download of it) only when every answer it still holds is found on the same line with exactly the
 * same scores; single matching rows are not enough, as two people may well answer alike.
 */
export function findAlreadyImported(
  rows: readonly ImportedRow[],
  existing: readonly AssessmentResponse[],
): AlreadyImported {
  const imported = existing.filter((response) => response.importRef);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const lines = new Set<number>();
  let changedAnswers = 0;
  let basis: AlreadyImported['basis'] = null;

  for (const response of imported) {
    const key = response.importRef?.key ?? '';
    const row = key.startsWith('id:') ? byKey.get(key) : undefined;
    if (!row || lines.has(row.line)) continue;
    lines.add(row.line);
    basis = 'ids';
    if (!sameScores(row.scores, response.scores)) changedAnswers += 1;
  }

  const batches = new Map<string, AssessmentResponse[]>();
  for (const response of imported) {
    if (!response.importRef?.key.startsWith('line:')) continue;
    const batch = batches.get(response.importRef.batch) ?? [];
    batches.set(response.importRef.batch, [...batch, response]);
  }
  for (const batch of batches.values()) {
    const matched = batch.map((response) => byKey.get(response.importRef?.key ?? ''));
    const contained = matched.every(
      (row, index) => row !== undefined && sameScores(row.scores, batch[index]?.scores ?? {}),
    );
    if (!contained) continue;
    for (const row of matched) if (row) lines.add(row.line);
    basis ??= 'rows';
  }
  return { lines: [...lines].sort((a, b) => a - b), basis, changedAnswers };
}
