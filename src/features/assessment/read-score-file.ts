import { parseScoreCsv } from '@/domain/score-csv';
import { decodeScoreText, MAX_SCORE_FILE_BYTES, sniffScoreFile } from '@/domain/score-file';
import type { ScoreImport } from '@/domain/score-table';

export type FileProblem = 'tooLarge' | 'notText' | 'oldExcel' | 'unreadableWorkbook' | 'unreadable';

/** What a chosen file holds: answers in a table (from a worksheet or CSV), or why it cannot be read. */
export type FileImport =
  | { format: 'xlsx' | 'csv'; result: ScoreImport }
  | { format: null; result: { ok: false; error: FileProblem } };

function refused(error: FileProblem): FileImport {
  return { format: null, result: { ok: false, error } };
}

/**
 * Read a chosen file by its content: an .xlsx through the workbook reader, loaded only now, or
 * text as CSV. Never throws: a file that cannot be read says why.
 */
export async function readScoreFile(file: File): Promise<FileImport> {
  if (file.size > MAX_SCORE_FILE_BYTES) return refused('tooLarge');
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = sniffScoreFile(bytes);
    if (kind === 'xls') return refused('oldExcel');
    if (kind === 'xlsx') {
      const { readFormsWorkbook } = await import('@/domain/forms-workbook');
      const result = await readFormsWorkbook(bytes.buffer);
      return result.ok || result.error !== 'unreadableWorkbook'
        ? { format: 'xlsx', result }
        : refused('unreadableWorkbook');
    }
    const decoded = decodeScoreText(bytes);
    return decoded.ok ? { format: 'csv', result: parseScoreCsv(decoded.text) } : refused('notText');
  } catch {
    return refused('unreadable');
  }
}
