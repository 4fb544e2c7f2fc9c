import type { ThemeId } from '@/content/ids';
import { isToolkitTension } from '@/content/structure';
import type { AssessmentResponse, RunbookChoice, ScoreCounts } from '@/domain/entities/assessment';
import {
  CLEAR_LEAD,
  IMPORTANT_SHARE,
  SUBGROUP_SHARE,
  recommend,
  type Recommendation,
} from './recommendation';
import {
  MIN_ANSWERS_FOR_DETAIL,
  countAnswers,
  countAnswersPerTheme,
  highTensions,
  rankDisagreements,
  rankThemes,
  summarizeRound,
  type AnswerCount,
  type ThemeScoreSummary,
} from './scores';

// A round's result, computed once, and the sentences that put it into words: the assessment screen and
// the PDF report both say the result through these, so they cannot drift apart. A sentence is a key of
// the `result` strings (assessment namespace) and its values; whoever says it formats the values in its
// language with `sentenceValues`.

/** Everything the screen and the PDF show of a round, from one pass over its answers. */
export interface RoundResult {
  /** Per theme, in the toolkit's order. */
  summaries: readonly ThemeScoreSummary[];
  /** Scored themes, highest mean first. */
  ranked: readonly ThemeScoreSummary[];
  /** Themes nobody scored. */
  unscored: readonly ThemeScoreSummary[];
  disagreements: readonly ThemeScoreSummary[];
  tensions: readonly [ThemeId, ThemeId][];
  recommendation: Recommendation;
  /** How many answered (responses plus the largest tally). */
  answers: number;
  perTheme: AnswerCount;
}

/** The round's summary, ranking, disagreements, tensions and recommendation, each computed once. */
export function roundResult(round: {
  responses: readonly AssessmentResponse[];
  tally: Partial<Record<ThemeId, ScoreCounts>>;
}): RoundResult {
  const summaries = summarizeRound(round.responses, round.tally);
  const ranked = rankThemes(summaries);
  return {
    summaries,
    ranked,
    unscored: summaries.filter((summary) => summary.n === 0),
    disagreements: rankDisagreements(summaries),
    tensions: highTensions(summaries),
    recommendation: recommend(summaries, ranked),
    answers: countAnswers(round.responses, round.tally),
    perTheme: countAnswersPerTheme(round.responses, round.tally),
  };
}

/** Where the group starts: its own choice, else the recommendation's; null when neither picks one. */
export function effectiveChoice(
  choice: RunbookChoice | null,
  recommendation: Recommendation,
): RunbookChoice | null {
  if (choice) return choice;
  const [first] = recommendation.themeIds;
  if (recommendation.kind === 'theme' && first) return { kind: 'theme', themeId: first };
  if (recommendation.kind === 'dialogmoede')
    return { kind: 'dialogmoede', themeIds: recommendation.themeIds };
  return null;
}

/** The keys of the result's sentences: `result.<key>` in the assessment namespace. */
export type ResultKey =
  | 'theme'
  | 'onlyTheme'
  | 'equallyImportant'
  | 'differentGroups'
  | 'noneImportant'
  | 'noScores'
  | 'divided'
  | 'rule'
  | 'disagreeItem'
  | 'tension'
  | 'tensionApp'
  | 'hiddenDetail';

/** A value in a sentence, said in the reader's language by `sentenceValues`. */
export type SentenceValue =
  | { kind: 'theme'; id: ThemeId; lower?: boolean }
  | { kind: 'themes'; ids: readonly ThemeId[] }
  /** A score figure: one decimal, as the rules read it (roundShown). */
  | { kind: 'decimal'; value: number }
  /** A share 0–1 as a whole percent. */
  | { kind: 'percent'; share: number }
  | { kind: 'integer'; value: number };

export interface ResultSentence {
  key: ResultKey;
  values: Readonly<Record<string, SentenceValue>>;
}

export interface ResultSentences {
  /** The recommendation and its reason. */
  recommendation: ResultSentence;
  /** The divided themes to talk about besides the recommendation; null when none. */
  divided: ResultSentence | null;
  /** The rule behind the recommendation. */
  rule: ResultSentence;
  /** One per theme the group disagrees on, largest spread first. */
  disagreements: readonly ResultSentence[];
  /** One per high-scoring tension pair. */
  tensions: readonly ResultSentence[];
  /** Why some distributions are hidden; null when every scored theme shows its distribution. */
  hiddenNote: ResultSentence | null;
}

const theme = (id: ThemeId, lower = false): SentenceValue => ({
  kind: 'theme',
  id,
  ...(lower ? { lower } : {}),
});
const themes = (ids: readonly ThemeId[]): SentenceValue => ({ kind: 'themes', ids });
const decimal = (value: number): SentenceValue => ({ kind: 'decimal', value });

/** The values that are there: a mean is absent only where the rule has none to show. */
function present(values: Record<string, SentenceValue | null>): Record<string, SentenceValue> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, SentenceValue] => entry[1] !== null),
  );
}

function recommendationSentence(recommendation: Recommendation): ResultSentence {
  const [first] = recommendation.themeIds;
  const top = recommendation.topMean === null ? null : decimal(recommendation.topMean);
  const next = recommendation.nextMean === null ? null : decimal(recommendation.nextMean);
  const lead = first ? theme(first) : null;
  const leadLower = first ? theme(first, true) : null;
  switch (recommendation.reason) {
    case 'standsOut':
      return { key: 'theme', values: present({ theme: lead, themeLower: leadLower, top, next }) };
    case 'onlyTheme':
      return { key: 'onlyTheme', values: present({ theme: lead, themeLower: leadLower, top }) };
    case 'equallyImportant':
      return { key: 'equallyImportant', values: present({ themes: themes(recommendation.themeIds), top }) };
    case 'differentGroups':
      return { key: 'differentGroups', values: { themes: themes(recommendation.themeIds) } };
    case 'noneImportant':
      return { key: 'noneImportant', values: {} };
    case 'noScores':
      return { key: 'noScores', values: {} };
  }
}

/** The result in sentences, for the screen and the PDF alike. */
export function resultSentences(result: RoundResult): ResultSentences {
  const { recommendation } = result;
  const meanOf = (id: ThemeId) => result.summaries.find((summary) => summary.themeId === id)?.mean ?? 0;
  return {
    recommendation: recommendationSentence(recommendation),
    divided:
      recommendation.divided.length > 0
        ? { key: 'divided', values: { themes: themes(recommendation.divided) } }
        : null,
    rule: {
      key: 'rule',
      values: {
        lead: decimal(CLEAR_LEAD),
        important: { kind: 'percent', share: IMPORTANT_SHARE },
        share: { kind: 'percent', share: SUBGROUP_SHARE },
      },
    },
    disagreements: result.disagreements.map((summary) => ({
      key: 'disagreeItem',
      values: {
        theme: theme(summary.themeId),
        min: { kind: 'integer', value: summary.min ?? 0 },
        max: { kind: 'integer', value: summary.max ?? 0 },
        spread: decimal(summary.spread ?? 0),
      },
    })),
    tensions: result.tensions.map(([a, b]) => ({
      key: isToolkitTension(a, b) ? 'tension' : 'tensionApp',
      values: { a: theme(a), b: theme(b), meanA: decimal(meanOf(a)), meanB: decimal(meanOf(b)) },
    })),
    hiddenNote: result.ranked.some((summary) => !summary.detailVisible)
      ? { key: 'hiddenDetail', values: { min: { kind: 'integer', value: MIN_ANSWERS_FOR_DETAIL } } }
      : null,
  };
}

/** How a reader formats numbers and lists in its language (scoreFormat in ./scores gives one). */
export interface SentenceFormat {
  decimal: (value: number) => string;
  list: (items: readonly string[]) => string;
}

/** A sentence's values as text in one language, ready for `t()` or `fill()`. */
export function sentenceValues(
  sentence: ResultSentence,
  themeName: (id: ThemeId) => string,
  format: SentenceFormat,
): Record<string, string | number> {
  const said: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(sentence.values)) {
    switch (value.kind) {
      case 'theme': {
        const text = themeName(value.id);
        said[name] = value.lower ? text.toLocaleLowerCase() : text;
        break;
      }
      case 'themes':
        said[name] = format.list(value.ids.map(themeName));
        break;
      case 'decimal':
        said[name] = format.decimal(value.value);
        break;
      case 'percent':
        said[name] = Math.round(value.share * 100);
        break;
      case 'integer':
        said[name] = value.value;
        break;
    }
  }
  return said;
}
