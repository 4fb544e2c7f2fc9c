import { useTranslation } from 'react-i18next';
import { DECISION_MODES, type RunbookId } from '@/content/ids';
import { RUNBOOKS } from '@/content/structure';
import { QuestionAdaptation } from '@/components/question-adaptation';
import { ToolkitParagraph, ToolkitText } from '@/components/toolkit-paragraph';
import type { RunbookText, StepText } from '@/content/types';

interface RunbookViewProps {
  runbookId: RunbookId;
  runbook: RunbookText;
  /** Id of the section heading, so a button can move focus to the drejebog. */
  headingId: string;
}

function StepBody({ text }: { text: StepText }) {
  const { t } = useTranslation('themes');
  return (
    <div className="runbook-step-body">
      {text.paragraphs?.map((paragraph, index) => (
        <ToolkitParagraph key={index} text={paragraph} />
      ))}
      {text.leadIn ? <p>{text.leadIn}</p> : null}
      {text.items ? (
        <ul>
          {text.items.map((item, index) => (
            <li key={index}>
              <ToolkitText text={item} />
            </li>
          ))}
        </ul>
      ) : null}
      {text.questions ? (
        <ul className="runbook-questions" aria-label={t('runbook.questions')}>
          {text.questions.map((question, index) => (
            <li key={index}>{question}</li>
          ))}
        </ul>
      ) : null}
      <QuestionAdaptation text={text.adaptation} />
      {text.conclusion ? <p className="runbook-conclusion">{text.conclusion}</p> : null}
      {text.options ? (
        <dl className="runbook-options">
          {DECISION_MODES.map((mode) => (
            <div key={mode} className="runbook-option">
              <dt>
                <span className="visually-hidden">{t('runbook.option')}</span> {mode}
              </dt>
              <dd>
                <ToolkitText text={text.options?.[mode] ?? ''} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

/** A drejebog as the toolkit prints it: the preparation, then steps 1–6 with length and questions. */
export function RunbookView({ runbookId, runbook, headingId }: RunbookViewProps) {
  const { t } = useTranslation('themes');
  return (
    <section className="runbook" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {runbook.title}
      </h2>
      <div className="runbook-before">
        <h3>{runbook.beforeHeading}</h3>
        <ul>
          {runbook.before.map((item, index) => (
            <li key={index}>
              <ToolkitText text={item} />
            </li>
          ))}
        </ul>
      </div>
      <ol className="runbook-steps">
        {RUNBOOKS[runbookId].steps.map((step) => {
          const text = runbook.steps[step.id];
          if (!text) return null;
          return (
            <li key={step.id} className="runbook-step">
              <div className="runbook-step-head">
                <span className="runbook-step-number" aria-hidden="true">
                  {step.number}
                </span>
                <h3>
                  <span className="visually-hidden">{t('runbook.step', { number: step.number })}:</span>{' '}
                  {text.title}
                </h3>
                {text.durationLabel ? (
                  <p className="runbook-duration">
                    <span className="visually-hidden">{t('runbook.duration')}:</span> {text.durationLabel}
                  </p>
                ) : null}
              </div>
              <StepBody text={text} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
