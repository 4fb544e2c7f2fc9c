import { THEME_IDS, type ThemeId } from '@/content/ids';
import type { AssessmentResponse } from '@/domain/entities/assessment';
import { parseScoreAnswer } from './score-answer';
import { normaliseWord } from './score-words';

/**
 * Heading words that name a theme, normalised. The ids are the Danish names; the rest are English
 * names a translated form may use.
 */
const THEME_ALIASES: Readonly<Record<ThemeId, readonly string[]>> = {
  sammenhaengskraft: ['sammenhaengskraft', 'cohesion', 'cohesiveness'],
  fleksibilitet: ['fleksibilitet', 'flexibility'],
  tilgaengelighed: ['tilgaengelighed', 'availability', 'accessibility'],
  fordybelse: ['fordybelse', 'deepwork', 'focus', 'concentration', 'immersion'],
  tillid: ['tillid', 'trust'],
  retfaerdighed: ['retfaerdighed', 'fairness', 'justice'],
};

/** Columns that say who answered. Their cells are never read, so names and addresses are never kept. */
const PERSONAL_HEADERS = [
  'navn',
  'name',
  'fuldtnavn',
  'fullname',
  'mail',
  'email',
  'mailadresse',
  'emailadresse',
  'emailaddress',
  'deltager',
  'participant',
];
/** Microsoft Forms' own columns in its Danish and English exports; "Id" is read to know a row again. */
const FORMS_HEADERS = [
  'id',
  'starttidspunkt',
  'fuldfoerelsestidspunkt',
  'tidspunktforsenesteaendring',
  'tidspunktforsidsteaendring',
  'starttime',
  'completiontime',
  'lastmodifiedtime',
];

export interface ImportedRow {
  /** 1-based line of a CSV file, or row number of a worksheet. */
  line: number;
  /**
   * How the row is known again in a later import of the same file: `id:<Forms Id>` when the file has
   * an Id column, else `line:<line>`.
   */
  key: string;
  scores: AssessmentResponse['scores'];
}

export type RowProblem =
  | { line: number; kind: 'badValue'; themeId: ThemeId; value: string }
  | { line: number; kind: 'noScores' }
  | { line: number; kind: 'repeatedId'; id: string };

export type ScoreImport =
  | {
      ok: true;
      responses: ImportedRow[];
      problems: RowProblem[];
      /** Theme columns found, in file order. */
      themeColumns: ThemeId[];
      /** Microsoft Forms' own columns (Id, times), not imported. */
      formsColumns: string[];
      /** Columns with names or e-mail addresses: never read. */
      personalColumns: string[];
      /** Any other heading that is not a theme, e.g. a free-text question. */
      ignoredColumns: string[];
      /** Whether rows are known by an Id column (else by their line). */
      hasIds: boolean;
    }
  | { ok: false; error: 'empty' }
  | { ok: false; error: 'noThemeColumns'; headers: string[] }
  | { ok: false; error: 'duplicateColumn'; themeId: ThemeId; headers: string[] };

/** The theme a heading names: exactly, or as a word inside a longer question ("Tillid: Er du …?"). */
export function themeOfHeader(header: string): ThemeId | null {
  const whole = normaliseWord(header);
  const exact = THEME_IDS.find((id) => THEME_ALIASES[id].includes(whole));
  if (exact) return exact;
  const words = header
    .split(/[^\p{L}]+/u)
    .map(normaliseWord)
    .filter(Boolean);
  // Two-word names ("deep work") are matched as a pair; long names also inside a compound ("fordybelsen").
  const pairs = words.slice(1).map((word, index) => `${words[index]}${word}`);
  const joined = words.join('');
  const found = THEME_IDS.filter((id) =>
    THEME_ALIASES[id].some(
      (alias) =>
        words.includes(alias) || pairs.includes(alias) || (alias.length > 8 && joined.includes(alias)),
    ),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

interface Columns {
  themes: { index: number; themeId: ThemeId }[];
  id: number | null;
  forms: string[];
  personal: string[];
  ignored: string[];
}

function classifyColumns(headers: readonly string[]): Columns | { duplicate: ThemeId } {
  const columns: Columns = { themes: [], id: null, forms: [], personal: [], ignored: [] };
  for (const [index, header] of headers.entries()) {
    const word = normaliseWord(header);
    if (header === '') continue;
    if (PERSONAL_HEADERS.includes(word)) {
      columns.personal.push(header);
    } else if (FORMS_HEADERS.includes(word)) {
      if (word === 'id' && columns.id === null) columns.id = index;
      columns.forms.push(header);
    } else {
      const themeId = themeOfHeader(header);
      if (!themeId) columns.ignored.push(header);
      else if (columns.themes.some((column) => column.themeId === themeId)) return { duplicate: themeId };
      else columns.themes.push({ index, themeId });
    }
  }
  return columns;
}

/**
 * Read a table of vurderingsskema answers (from a CSV file or a worksheet): the first non-blank row is
 * the headings, one row per person after it. Theme columns are found by their headings in Danish or
 * English; Forms' own columns and columns with names or e-mail are left out. Blank cells are blank
 * scores; a row with a bad value is reported by its line and left out. `lines[i]` is row i's line.
 */
export function readScoreTable(rows: readonly (readonly string[])[], lines?: readonly number[]): ScoreImport {
  const content = rows
    .map((cells, index) => ({ cells, line: lines?.[index] ?? index + 1 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const headerRow = content[0];
  if (!headerRow) return { ok: false, error: 'empty' };
  const headers = headerRow.cells.map((cell) => cell.trim());
  const columns = classifyColumns(headers);
  if ('duplicate' in columns)
    return { ok: false, error: 'duplicateColumn', themeId: columns.duplicate, headers };
  if (columns.themes.length === 0) return { ok: false, error: 'noThemeColumns', headers };

  const responses: ImportedRow[] = [];
  const problems: RowProblem[] = [];
  const seenIds = new Set<string>();
  for (const { cells, line } of content.slice(1)) {
    const scores: AssessmentResponse['scores'] = {};
    const bad: RowProblem[] = [];
    for (const { index, themeId } of columns.themes) {
      const value = (cells[index] ?? '').trim();
      if (value === '') continue;
      const score = parseScoreAnswer(value);
      if (score === null) bad.push({ line, kind: 'badValue', themeId, value });
      else scores[themeId] = score;
    }
    const id = columns.id === null ? '' : (cells[columns.id] ?? '').trim().slice(0, 100);
    if (bad.length > 0) problems.push(...bad);
    else if (Object.keys(scores).length === 0) problems.push({ line, kind: 'noScores' });
    else if (id !== '' && seenIds.has(id)) problems.push({ line, kind: 'repeatedId', id });
    else {
      if (id !== '') seenIds.add(id);
      responses.push({ line, key: id === '' ? `line:${line}` : `id:${id}`, scores });
    }
  }
  return {
    ok: true,
    responses,
    problems,
    themeColumns: columns.themes.map((column) => column.themeId),
    formsColumns: columns.forms,
    personalColumns: columns.personal,
    ignoredColumns: columns.ignored,
    hasIds: columns.id !== null,
  };
}
