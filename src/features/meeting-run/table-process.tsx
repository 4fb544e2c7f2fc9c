import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeId } from '@/content/ids';
import type { ToolkitText } from '@/content/types';
import { tableProcessSteps } from '@/domain/table-process';

interface TableProcessProps {
  themeId: ThemeId;
  /** The table's number in the meeting, from 1. */
  number: number;
  toolkit: ToolkitText;
  level: 2 | 3;
  /** Only these steps (by their number in the drejebog), for a screen too small for the whole table. */
  steps?: readonly number[] | null;
}

/** One dialogmøde table: its theme's drejebog steps 2–5, with the questions and the proposal question. */
export function TableProcess({ themeId, number, toolkit, level, steps = null }: TableProcessProps) {
  const { t } = useTranslation('meetingRun');
  const headingId = useId();
  const Heading = `h${level}` as const;
  const runbook = toolkit.runbooks[themeId];
  return (
    <section className="step-table" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('content.table', { number, theme: toolkit.themes[themeId].name })}</Heading>
      <ol className="table-steps">
        {tableProcessSteps(themeId)
          .filter((step) => steps === null || steps.includes(step.number))
          .map((step) => {
            const text = runbook.steps[step.id];
            if (!text) return null;
            return (
              <li key={step.id} className="table-step">
                <p className="table-step-title">
                  {t('content.tableStep', { number: step.number, title: text.title })}
                  {text.durationLabel ? (
                    <span className="table-step-time"> · {text.durationLabel}</span>
                  ) : null}
                </p>
                {text.leadIn ? <p>{text.leadIn}</p> : null}
                {text.paragraphs?.map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
                {text.questions ? (
                  <ul className="table-step-questions">
                    {text.questions.map((question) => (
                      <li key={question}>{question}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
      </ol>
    </section>
  );
}
