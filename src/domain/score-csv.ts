import Papa from 'papaparse';
import { readScoreTable, type ScoreImport } from './score-table';

/**
 * The separator used in the header line. Papa's own guess needs several consistent rows,
 * and a short file with blank cells fools it.
 */
function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const [best] = [';', ',', '\t']
    .map((delimiter) => ({ delimiter, count: unquoted.split(delimiter).length - 1 }))
    .sort((a, b) => b.count - a.count);
  return best && best.count > 0 ? best.delimiter : ',';
}

/**
 * Parse a CSV of vurderingsskema answers (Microsoft Forms, Excel, hand-made): one row per person,
 * theme names in Danish or English as headers in any order, `;`, `,` or tab separated, with or
 * without BOM. See `readScoreTable` for what is read. Pure: takes the decoded text.
 */
export function parseScoreCsv(text: string): ScoreImport {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: false, delimiter: guessDelimiter(clean) });
  return readScoreTable(parsed.data);
}
