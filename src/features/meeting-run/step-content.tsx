import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToolkitText, StepText } from '@/content/types';
import type { Meeting } from '@/domain/entities/meeting';
import type { RunbookStep } from '@/content/structure';
import { QuestionAdaptation } from '@/components/question-adaptation';
import { TableProcess } from './table-process';

interface StepContentProps {
  meeting: Meeting;
  step: RunbookStep;
  text: StepText;
  toolkit: ToolkitText;
  /** Heading level for sub-headings (options, tables), under the step's own heading. */
  level?: 2 | 3;
  /** The projector places and pages the tables itself (null: not here); the runner shows them all. */
  tables?: ReactNode;
}

/** The step's instructions and questions as the toolkit gives them, for the runner and the projector. */
export function StepContent({ meeting, step, text, toolkit, level = 3, tables }: StepContentProps) {
  const { t } = useTranslation('meetingRun');
  const Heading = `h${level}` as const;
  return (
    <div className="step-content">
      {text.leadIn ? <p className="step-lead">{text.leadIn}</p> : null}
      {text.paragraphs?.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {text.items ? (
        <ul className="step-items">
          {text.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {text.questions ? (
        <ol className="step-questions">
          {text.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      ) : null}
      <QuestionAdaptation text={text.adaptation} />
      {step.activity === 'groupWork' && meeting.themeIds.length > 0 ? (
        tables !== undefined ? (
          tables
        ) : (
          <section className="step-tables" aria-label={t('content.tablesHeading')}>
            {meeting.themeIds.map((themeId, index) => (
              <TableProcess
                key={themeId}
                themeId={themeId}
                number={index + 1}
                toolkit={toolkit}
                level={level}
              />
            ))}
          </section>
        )
      ) : null}
      {text.conclusion ? <p className="step-lead">{text.conclusion}</p> : null}
      {text.options ? (
        <div className="step-options">
          {(['A', 'B'] as const).map((option) => {
            const chosen = meeting.decisionMode === option;
            return (
              <section key={option} className={chosen ? 'step-option is-chosen' : 'step-option'}>
                <Heading>
                  {t('content.option', { option })}
                  {chosen ? <span className="step-option-chosen"> · {t('content.chosen')}</span> : null}
                </Heading>
                <p>{text.options?.[option]}</p>
              </section>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
