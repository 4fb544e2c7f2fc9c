import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import { ToolkitParagraph } from '@/components/toolkit-paragraph';
import { CLEAR_LEAD, IMPORTANT_SHARE, SUBGROUP_SHARE, type Recommendation } from '@/domain/recommendation';
import { useFormat } from './use-format';

/** The recommendation in plain words with its reason, the skema's own guidance for that case, and the rule. */
export function RecommendationText({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const sheet = useToolkit().vurderingsskema;
  const name = (id: string) => tc(`themeNames.${id}`);
  const [first] = recommendation.themeIds;
  const top = recommendation.topMean === null ? '' : format.decimal(recommendation.topMean);
  const next = recommendation.nextMean === null ? '' : format.decimal(recommendation.nextMean);
  const themes = format.list(recommendation.themeIds.map(name));
  const theme = name(first ?? '');

  let text: string;
  switch (recommendation.reason) {
    case 'standsOut':
      text = t('recommendation.theme', { theme, themeLower: theme.toLocaleLowerCase(), top, next });
      break;
    case 'onlyTheme':
      text = t('recommendation.onlyTheme', { theme, themeLower: theme.toLocaleLowerCase(), top });
      break;
    case 'equallyImportant':
      text = t('recommendation.equallyImportant', { themes, top });
      break;
    case 'differentGroups':
      text = t('recommendation.differentGroups', { themes });
      break;
    case 'noneImportant':
      text = t('recommendation.noneImportant');
      break;
    case 'noScores':
      text = t('recommendation.noScores');
      break;
  }
  // The skema's own words for the case the rule found, so the facilitator reads the toolkit beside the app.
  const guidance =
    recommendation.kind === 'theme'
      ? sheet.oneTheme
      : recommendation.kind === 'dialogmoede'
        ? sheet.severalThemes
        : null;
  return (
    <>
      <p className="recommendation-text">{text}</p>
      {recommendation.divided.length > 0 ? (
        <p className="recommendation-divided">
          {t('recommendation.divided', { themes: format.list(recommendation.divided.map(name)) })}
        </p>
      ) : null}
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
      <p className="muted recommendation-rule">
        {t('recommendation.rule', {
          lead: format.decimal(CLEAR_LEAD),
          important: Math.round(IMPORTANT_SHARE * 100),
          share: Math.round(SUBGROUP_SHARE * 100),
        })}
      </p>
    </>
  );
}
