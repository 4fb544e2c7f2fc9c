import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isToolkitTension } from '@/content/structure';
import { PdfDownloadButton } from '@/components/pdf-download-button';
import { useToolkit } from '@/components/use-toolkit';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { recommend } from '@/domain/recommendation';
import { clock, todayIso } from '@/lib/clock';
import { selectWorkspace, useWorkspace } from '@/state/workspace-store';
import {
  countAnswers,
  countAnswersPerTheme,
  highTensions,
  rankDisagreements,
  rankThemes,
  summarizeRound,
} from '@/domain/scores';
import { RecommendationPanel } from './recommendation-panel';
import { RoundFrame } from './round-frame';
import { ThemeRanking } from './theme-ranking';
import { useFormat } from './use-format';

function RoundSummary({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation(['assessment', 'pdfDownload']);
  const { t: tc } = useTranslation();
  const toolkit = useToolkit();
  const format = useFormat();
  const summaries = useMemo(
    () => summarizeRound(round.responses, round.tally),
    [round.responses, round.tally],
  );
  const ranked = rankThemes(summaries);
  const disagreements = rankDisagreements(summaries);
  const tensions = highTensions(summaries);
  const recommendation = recommend(summaries);
  const unscored = summaries.filter((summary) => summary.n === 0);
  const answers = countAnswers(round.responses, round.tally);
  const perTheme = countAnswersPerTheme(round.responses, round.tally);
  const name = (id: string) => tc(`themeNames.${id}`);
  const meanOf = (id: string) => summaries.find((summary) => summary.themeId === id)?.mean ?? 0;

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
            : t('summary.answersPerTheme', {
                counts: perTheme.perTheme
                  .map(({ themeId, n }) => t('summary.themeCount', { theme: name(themeId), n }))
                  .join(', '),
              })}
        </span>
        <span className="summary-guidance">{toolkit.vurderingsskema.guidance[2]}</span>
      </p>
      <div className="summary-side">
        <section className="card callout-disagree" aria-labelledby="summary-disagree">
          <h2 id="summary-disagree">{t('summary.disagreeHeading')}</h2>
          {disagreements.length > 0 ? (
            <ul>
              {disagreements.map((summary) => (
                <li key={summary.themeId}>
                  {t('summary.disagreeItem', {
                    theme: name(summary.themeId),
                    min: summary.min,
                    max: summary.max,
                    spread: format.decimal(summary.spread ?? 0),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('summary.noDisagreement')}</p>
          )}
        </section>
        {tensions.length > 0 ? (
          <section className="card callout-tension" aria-labelledby="summary-tension">
            <h2 id="summary-tension">{t('summary.tensionsHeading')}</h2>
            <p>{toolkit.vurderingsskema.guidance[1]}</p>
            <ul>
              {tensions.map(([a, b]) => (
                <li key={`${a}-${b}`}>
                  {t(isToolkitTension(a, b) ? 'summary.tension' : 'summary.tensionApp', {
                    a: name(a),
                    b: name(b),
                    meanA: format.decimal(meanOf(a)),
                    meanB: format.decimal(meanOf(b)),
                  })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <RecommendationPanel
          round={round}
          recommendation={recommendation}
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
          <PdfDownloadButton
            className="button button-secondary"
            label={t('report', { ns: 'pdfDownload' })}
            name={t('reportName', { ns: 'pdfDownload' })}
            job={(pdf, resources) => {
              const nowMs = clock.now();
              return pdf.reportFile(
                selectWorkspace(useWorkspace.getState()),
                round.teamId,
                { today: todayIso(nowMs), nowMs, roundId: round.id },
                resources,
              );
            }}
          />
        </p>
      </section>
    </div>
  );
}

/** The round's result for projection: agreement and disagreement, tensions, ranking and where to start. */
export default function RoundSummaryPage() {
  return <RoundFrame view="summary">{(round) => <RoundSummary round={round} />}</RoundFrame>;
}
