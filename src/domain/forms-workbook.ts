import { readSheet } from 'read-excel-file/universal';
import { readScoreTable, type ScoreImport } from './score-table';

// Loaded with import() when a workbook is chosen: the reader (read-excel-file, with its unzip and XML
// parser) stays out of every screen's bundle until then.

type CellValue = string | number | boolean | Date | null | undefined;

export type WorkbookImport = ScoreImport | { ok: false; error: 'unreadableWorkbook' };

/** A worksheet cell as the text a person sees: numbers without float noise, dates as ISO. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'number') return String(Number(value.toPrecision(12)));
  return String(value);
}

/**
 * Read the first worksheet of an .xlsx file, such as the one Microsoft Forms' "Open in Excel"
 * downloads, as vurderingsskema answers (see `readScoreTable`). Lines are the sheet's row numbers.
 */
export async function readFormsWorkbook(buffer: ArrayBuffer): Promise<WorkbookImport> {
  let sheet: readonly (readonly CellValue[])[];
  try {
    // The library types a date cell as `typeof Date`; it returns Date instances.
    sheet = (await readSheet(buffer)) as unknown as readonly (readonly CellValue[])[];
  } catch {
    return { ok: false, error: 'unreadableWorkbook' };
  }
  return readScoreTable(sheet.map((row) => row.map(cellText)));
}
