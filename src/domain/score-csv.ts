import Papa from 'papaparse';
import { THEME_IDS, type ThemeId } from '@/content/ids';
import type { AssessmentResponse } from '@/domain/entities/assessment';

type Score = 1 | 2 | 3 | 4 | 5;

/**
 * Header words that name a theme, normalised (lower case, æ→ae, ø→oe, å→aa, letters only).
 * The ids are the Danish names; the rest are English names a translated form may use.
 */
const THEME_ALIASES: Readonly<Record<ThemeId, readonly string[]>> = {
  sammenhaengskraft: ['sammenhaengskraft', 'cohesion', 'cohesiveness'],
  fleksibilitet: ['fleksibilitet', 'flexibility'],
  tilgaengelighed: ['tilgaengelighed', 'availability', 'accessibility'],
  fordybelse: ['fordybelse', 'deepwork', 'focus', 'concentration', 'immersion'],
  tillid: ['tillid', 'trust'],
  retfaerdighed: ['retfaerdighed', 'fairness', 'justice'],
};
const NAME_HEADERS = ['navn', 'name', 'deltager', 'participant'];
/** The scale's end labels, accepted as values because some forms export the label instead of the number. */
const LABEL_SCORES: Readonly<Record<string, Score>> = {
  sletikkevigtigt: 1,
  notimportantatall: 1,
  megetvigtigt: 5,
  veryimportant: 5,
};

export interface ImportedResponse {
  /** 1-based line in the file. */
  line: number;
  name: string;
  scores: AssessmentResponse['scores'];
}

export type RowProblem =
  { line: number; kind: 'badValue'; themeId: ThemeId; value: string } | { line: number; kind: 'noScores' };

export type ScoreCsvResult =
  | {
      ok: true;
      responses: ImportedResponse[];
      problems: RowProblem[];
      /** Theme columns found, in file order. */
      themeColumns: ThemeId[];
      /** Headers that are neither a theme nor a name, e.g. "Starttidspunkt". */
      ignoredColumns: string[];
    }
  | { ok: false; error: 'empty' }
  | { ok: false; error: 'noThemeColumns'; headers: string[] }
  | { ok: false; error: 'duplicateColumn'; themeId: ThemeId; headers: string[] };

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

/** The theme a header names: exactly, or as a word inside a longer question ("Hvor vigtigt er tillid?"). */
function themeOfHeader(header: string): ThemeId | null {
  const whole = normalise(header);
  const exact = THEME_IDS.find((id) => THEME_ALIASES[id].includes(whole));
  if (exact) return exact;
  const words = header
    .split(/[^\p{L}]+/u)
    .map(normalise)
    .filter(Boolean);
  const joined = words.join('');
  const found = THEME_IDS.filter((id) =>
    THEME_ALIASES[id].some((alias) => words.includes(alias) || (alias.length > 8 && joined.includes(alias))),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** A cell as a score: "4", " 4 ", "4 - Vigtigt", or a scale end label; null for anything else. */
function parseScore(raw: string): Score | null {
  const cell = raw.trim();
  const numbered = /^([1-5])(?![\d.,])(?:\s*\D.*)?$/.exec(cell);
  if (numbered) return Number(numbered[1]) as Score;
  return LABEL_SCORES[normalise(cell)] ?? null;
}

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
 * theme names in Danish or English as headers in any order, `;` or `,` separated, with or without BOM.
 * Blank cells are blank scores; rows with a bad value are reported by line and left out. Pure: takes the text.
 */
export function parseScoreCsv(text: string): ScoreCsvResult {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: false, delimiter: guessDelimiter(clean) });
  const rows = parsed.data.map((row, index) => ({ cells: row, line: index + 1 }));
  const content = rows.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const headerRow = content[0];
  if (!headerRow) return { ok: false, error: 'empty' };
  const headers = headerRow.cells.map((cell) => cell.trim());

  const themeColumns: { index: number; themeId: ThemeId }[] = [];
  const ignoredColumns: string[] = [];
  let nameColumn: number | null = null;
  for (const [index, header] of headers.entries()) {
    const themeId = themeOfHeader(header);
    if (themeId) {
      if (themeColumns.some((column) => column.themeId === themeId)) {
        return { ok: false, error: 'duplicateColumn', themeId, headers };
      }
      themeColumns.push({ index, themeId });
    } else if (nameColumn === null && NAME_HEADERS.includes(normalise(header))) {
      nameColumn = index;
    } else if (header !== '') {
      ignoredColumns.push(header);
    }
  }
  if (themeColumns.length === 0) return { ok: false, error: 'noThemeColumns', headers };

  const responses: ImportedResponse[] = [];
  const problems: RowProblem[] = [];
  for (const { cells, line } of content.slice(1)) {
    const scores: AssessmentResponse['scores'] = {};
    const bad: RowProblem[] = [];
    for (const { index, themeId } of themeColumns) {
      const value = (cells[index] ?? '').trim();
      if (value === '') continue;
      const score = parseScore(value);
      if (score === null) bad.push({ line, kind: 'badValue', themeId, value });
      else scores[themeId] = score;
    }
    if (bad.length > 0) problems.push(...bad);
    else if (Object.keys(scores).length === 0) problems.push({ line, kind: 'noScores' });
    else
      responses.push({
        line,
        name: nameColumn === null ? '' : (cells[nameColumn] ?? '').trim().slice(0, 200),
        scores,
      });
  }
  return {
    ok: true,
    responses,
    problems,
    themeColumns: themeColumns.map((column) => column.themeId),
    ignoredColumns,
  };
}
