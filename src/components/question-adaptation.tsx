import { useTranslation } from 'react-i18next';

/** The app's own theme wording of a toolkit question, visibly marked as the app's and never in its place. */
export function QuestionAdaptation({ text, className }: { text: string | undefined; className?: string }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <p className={['question-adaptation', className].filter(Boolean).join(' ')}>
      <span className="question-adaptation-label">{t('adaptation.label')}</span> {text}
    </p>
  );
}
