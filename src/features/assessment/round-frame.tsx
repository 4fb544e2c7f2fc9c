import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { countAnswersPerTheme } from '@/domain/scores';
import { useRound, useTeam } from '@/state/selectors';
import { useFormat } from './use-format';
import './assessment.css';

interface RoundFrameProps {
  /** Which of the round's two screens this is. */
  view: 'collect' | 'summary';
  children: (round: AssessmentRound) => ReactNode;
}

/** The frame of a round's screens: title, team, answers so far and the switch between collecting and the result. */
export function RoundFrame({ view, children }: RoundFrameProps) {
  const { t } = useTranslation('assessment');
  const { roundId = '' } = useParams<{ roundId: string }>();
  const round = useRound(roundId);
  const team = useTeam(round?.teamId);
  const format = useFormat();

  if (!round) {
    return (
      <Page title={t('round.notFound')}>
        <p>
          <Link href="/vurdering">{t('round.back')}</Link>
        </p>
      </Page>
    );
  }

  const date = format.date(round.date);
  const title = round.label
    ? t('round.titleWithLabel', { label: round.label, date })
    : t('round.title', { date });
  const answers = countAnswersPerTheme(round.responses, round.tally);
  const base = `/vurdering/${round.id}`;

  return (
    <Page
      title={title}
      kicker={t('round.kicker', { team: team?.name ?? '' })}
      className={`round-page round-page-${view}`}
    >
      <nav className="round-nav" aria-label={t('round.sections')}>
        <Link href={base} aria-current={view === 'collect' ? 'page' : undefined}>
          {t('round.collect')}
        </Link>
        <Link href={`${base}/resultat`} aria-current={view === 'summary' ? 'page' : undefined}>
          {t('round.summary')}
        </Link>
        <span className="muted round-count" aria-live="polite">
          {answers.kind === 'same'
            ? t('round.answersSoFar', { count: answers.count })
            : t('round.answersPerThemeSoFar', { min: answers.min, max: answers.max })}
        </span>
      </nav>
      {children(round)}
      <p className="round-back">
        <Link href={`/vurdering?team=${round.teamId}`}>{t('round.back')}</Link>
      </p>
    </Page>
  );
}
