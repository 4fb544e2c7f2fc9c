import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { TeamReportButton } from '@/components/team-report-button';
import { useToolkit } from '@/components/use-toolkit';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { resultSentences, roundResult } from '@/domain/round-result';
import { currentWorkspace } from '@/state/workspace-store';
import { RecommendationPanel } from './recommendation-panel';
import { RoundFrame } from './round-frame';
import { ThemeRanking } from './theme-ranking';
import { useFormat } from './use-format';
import { useSayResult } from './use-say-result';

function RoundSummary({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation(['assessment', 'pdfDownload']);
  const { t: tc } = useTranslation();
  const toolkit = useToolkit();
  const format = useFormat();
  const say = useSayResult();
  // One pass over the answers per change of them: summary, ranking, rule and sentences together.
  const { responses, tally } = round;
  const result = useMemo(() => roundResult({ responses, tally }), [responses, tally]);
  const sentences = useMemo(() => resultSentences(result), [result]);
  const { ranked, unscored, answers, perTheme, recommendation } = result;
  const name = (id: string) => tc(`themeNames.${id}`);

  if (answers === 0) {
    return (
      <section className="summary">
        <p className="notice">{t('summary.noAnswers')}</p>
        <p>
          <Link href={`/vurdering/${round.id}`}>{t('summary.collect')}</Link>
        </p>
      </section>
    );
  }

  return (
    <div className="summary">
      <p className="summary-lead">
        <span className="summary-count">
          {perTheme.kind === 'same'
            ? t('summary.answers', { count: perTheme.count })
            : t('result.answersPerTheme', {
                counts: perTheme.perTheme
                  .map(({ themeId, n }) => t('result.themeCount', { theme: name(themeId), n }))
                  .join(', '),
              })}
        </span>
        <span className="summary-guidance">{toolkit.vurderingsskema.guidance[2]}</span>
      </p>
      <div className="summary-side">
        <section className="card callout-disagree" aria-labelledby="summary-disagree">
          <h2 id="summary-disagree">{t('summary.disagreeHeading')}</h2>
          {sentences.disagreements.length > 0 ? (
            <ul>
              {sentences.disagreements.map((sentence) => (
                <li key={say(sentence)}>{say(sentence)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('summary.noDisagreement')}</p>
          )}
        </section>
        {sentences.tensions.length > 0 ? (
          <section className="card callout-tension" aria-labelledby="summary-tension">
            <h2 id="summary-tension">{t('summary.tensionsHeading')}</h2>
            <p>{toolkit.vurderingsskema.guidance[1]}</p>
            <ul>
              {sentences.tensions.map((sentence) => (
                <li key={say(sentence)}>{say(sentence)}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <RecommendationPanel
          round={round}
          recommendation={recommendation}
          sentences={sentences}
          ranked={ranked.map((summary) => summary.themeId)}
        />
      </div>
      <section className="summary-main" aria-labelledby="summary-ranking">
        <h2 id="summary-ranking">{t('summary.rankingHeading')}</h2>
        <ThemeRanking ranked={ranked} />
        {unscored.length > 0 ? (
          <p className="muted">
            {t('summary.unscored', { themes: format.list(unscored.map((summary) => name(summary.themeId))) })}
          </p>
        ) : null}
        <p className="summary-pdf">
          <TeamReportButton teamId={round.teamId} workspace={currentWorkspace} />
        </p>
      </section>
    </div>
  );
}

/** The round's result for projection: agreement and disagreement, tensions, ranking and where to start. */
export default function RoundSummaryPage() {
  return <RoundFrame view="summary">{(round) => <RoundSummary round={round} />}</RoundFrame>;
}
