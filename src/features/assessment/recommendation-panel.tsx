import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { THEME_IDS, type ThemeId } from '@/content/ids';
import type { AssessmentRound, RunbookChoice } from '@/domain/entities/assessment';
import type { Recommendation } from '@/domain/recommendation';
import { effectiveChoice, type ResultSentences } from '@/domain/round-result';
import { useWorkspace } from '@/state/workspace-store';
import { ChoiceEditor } from './choice-editor';
import { RecommendationText } from './recommendation-text';
import { useFormat } from './use-format';

function planHref(choice: RunbookChoice, round: AssessmentRound): string {
  const tail = `team=${encodeURIComponent(round.teamId)}&round=${encodeURIComponent(round.id)}`;
  return choice.kind === 'theme'
    ? `/moede/ny?runbook=${choice.themeId}&${tail}`
    : `/moede/ny?runbook=dialogmoede&themes=${choice.themeIds.join(',')}&${tail}`;
}

/** Where to start: the rule's suggestion with its reason, the facilitator's override and the way on to planning. */
export function RecommendationPanel({
  round,
  recommendation,
  sentences,
  ranked,
}: {
  round: AssessmentRound;
  recommendation: Recommendation;
  sentences: ResultSentences;
  ranked: readonly ThemeId[];
}) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const setChoice = useWorkspace((s) => s.setChoice);
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const choice = effectiveChoice(round.choice, recommendation);
  const themes: ThemeId[] = choice ? (choice.kind === 'theme' ? [choice.themeId] : choice.themeIds) : [];
  const name = (id: string) => tc(`themeNames.${id}`);

  return (
    <section className="recommendation card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recommendation.heading')}</h2>
      <RecommendationText recommendation={recommendation} sentences={sentences} />
      <div className="recommendation-choice" aria-live="polite">
        <p>
          <strong>{t('recommendation.chosen')}: </strong>
          {choice
            ? choice.kind === 'theme'
              ? name(choice.themeId)
              : `${tc('themeNames.dialogmoede')}: ${format.list(choice.themeIds.map(name))}`
            : t('recommendation.nothingChosen')}
          {round.choice ? ` (${t('result.overridden')})` : null}
        </p>
      </div>
      {choice ? (
        <div className="page-actions">
          <Link href={planHref(choice, round)} className="button">
            {choice.kind === 'theme'
              ? t('recommendation.plan', { runbook: name(choice.themeId) })
              : t('recommendation.planDialog', { themes: format.list(choice.themeIds.map(name)) })}
          </Link>
          {themes.map((id) => (
            <Link key={id} href={`/temaer/${id}`} className="button button-secondary">
              {t('recommendation.readTheme', { theme: name(id) })}
            </Link>
          ))}
        </div>
      ) : null}
      <details
        className="recommendation-override"
        open={editing}
        onToggle={(event) => setEditing(event.currentTarget.open)}
      >
        <summary>{t('recommendation.chooseHeading')}</summary>
        <ChoiceEditor
          choice={round.choice}
          defaultThemes={ranked.length > 0 ? ranked : THEME_IDS}
          onChange={(next) => setChoice(round.id, next)}
        />
      </details>
    </section>
  );
}
