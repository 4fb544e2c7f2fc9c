import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeId } from '@/content/ids';
import { sentenceValues, type ResultSentence } from '@/domain/round-result';
import { useFormat } from './use-format';

/** Says a sentence of the round's result in the active language, as the PDF report says it. */
export function useSayResult(): (sentence: ResultSentence) => string {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const format = useFormat();
  return useCallback(
    (sentence: ResultSentence) =>
      t(
        `result.${sentence.key}`,
        sentenceValues(sentence, (id: ThemeId) => tc(`themeNames.${id}`), format),
      ),
    [t, tc, format],
  );
}
