import { useTranslation } from 'react-i18next';
import { CLEAR_LEAD, SUBGROUP_SHARE, type Recommendation } from '@/domain/recommendation';
import { useFormat } from './use-format';

/** The recommendation in plain words with its reason, and the rule behind it. */
export function RecommendationText({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const name = (id: string) => tc(`themeNames.${id}`);
  const [first, ...rest] = recommendation.themeIds;
  const top = recommendation.topMean === null ? '' : format.decimal(recommendation.topMean);
  const next = recommendation.nextMean === null ? '' : format.decimal(recommendation.nextMean);

  let text: string;
  switch (recommendation.reason) {
    case 'standsOut':
      text = t('recommendation.theme', {
        theme: name(first ?? ''),
        themeLower: name(first ?? '').toLocaleLowerCase(),
        top,
        next,
      });
      break;
    case 'onlyTheme':
      text = t('recommendation.onlyTheme', {
        theme: name(first ?? ''),
        themeLower: name(first ?? '').toLocaleLowerCase(),
        top,
      });
      break;
    case 'closeAtTop':
      text = t('recommendation.closeAtTop', { themes: format.list(recommendation.themeIds.map(name)), top });
      break;
    case 'differentGroups':
      text = t('recommendation.differentGroups', {
        lead: name(first ?? ''),
        others: format.list(rest.map(name)),
        top,
      });
      break;
    case 'allClose':
      text = t('recommendation.allClose');
      break;
    case 'noScores':
      text = t('recommendation.noScores');
      break;
  }
  return (
    <>
      <p className="recommendation-text">{text}</p>
      <p className="muted recommendation-rule">
        {t('recommendation.rule', {
          lead: format.decimal(CLEAR_LEAD),
          share: Math.round(SUBGROUP_SHARE * 100),
        })}
      </p>
    </>
  );
}
