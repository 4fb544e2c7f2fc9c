import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import { ToolkitParagraph } from '@/components/toolkit-paragraph';
import type { Recommendation } from '@/domain/recommendation';
import type { ResultSentences } from '@/domain/round-result';
import { useSayResult } from './use-say-result';

/** The recommendation in plain words with its reason, the skema's own guidance for that case, and the rule. */
export function RecommendationText({
  recommendation,
  sentences,
}: {
  recommendation: Recommendation;
  sentences: ResultSentences;
}) {
  const { t } = useTranslation('assessment');
  const say = useSayResult();
  const sheet = useToolkit().vurderingsskema;
  // The skema's own words for the case the rule found, so the facilitator reads the toolkit beside the app.
  const guidance =
    recommendation.kind === 'theme'
      ? sheet.oneTheme
      : recommendation.kind === 'dialogmoede'
        ? sheet.severalThemes
        : null;
  return (
    <>
      <p className="recommendation-text">{say(sentences.recommendation)}</p>
      {sentences.divided ? <p className="recommendation-divided">{say(sentences.divided)}</p> : null}
      {guidance ? (
        <blockquote className="recommendation-guidance" aria-label={t('recommendation.guidanceLabel')}>
          <p>
            <strong>{guidance.heading}</strong>
          </p>
          {guidance.paragraphs?.map((paragraph) => (
            <ToolkitParagraph key={paragraph} text={paragraph} />
          ))}
        </blockquote>
      ) : null}
      <p className="muted recommendation-rule">{say(sentences.rule)}</p>
    </>
  );
}
