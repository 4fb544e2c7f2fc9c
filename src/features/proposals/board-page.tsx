import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { DIALOGMOEDE } from '@/content/ids';
import { useMeeting, useTeam } from '@/state/selectors';
import { BoardScreen } from './board-screen';
import { DotVotePanel } from './dot-vote-panel';
import { useDates } from '@/components/use-dates';

/** `/forslag/:meetingId`: the board of one meeting; the meeting gives the team, drejebog and themes. */
export default function BoardPage() {
  const { t } = useTranslation('proposals');
  const { t: tc } = useTranslation();
  const { date: formatDate } = useDates();
  const { meetingId = '' } = useParams<{ meetingId: string }>();
  const meeting = useMeeting(meetingId);
  const team = useTeam(meeting?.teamId);
  const teamId = meeting?.teamId ?? '';
  const scope = useMemo(() => ({ teamId, meetingId }), [teamId, meetingId]);

  if (!meeting) {
    return (
      <Page title={t('board.title')}>
        <p className="notice notice-warning">{t('board.unknownMeeting')}</p>
        <p>
          <Link href="/forslag">{t('board.allProposals')}</Link>
        </p>
      </Page>
    );
  }

  const singleTheme = meeting.runbookId !== DIALOGMOEDE ? meeting.runbookId : null;
  const meetingTitle = tc(`themeNames.${meeting.runbookId}`);
  const ideaHref = `/idebank${singleTheme ? `/${singleTheme}` : ''}?team=${encodeURIComponent(teamId)}&meeting=${encodeURIComponent(meeting.id)}`;
  return (
    <Page
      title={t('board.title')}
      kicker={t('board.kicker', { team: team?.name ?? '', date: formatDate(meeting.date) })}
      className="board-page"
      actions={
        <>
          <Link href={ideaHref} className="button button-secondary">
            {t('board.ideaBank')}
          </Link>
          <Link href={`/forslag?team=${encodeURIComponent(teamId)}`} className="button button-secondary">
            {t('board.allProposals')}
          </Link>
        </>
      }
    >
      {meeting.livePhones || meeting.dotVote ? <DotVotePanel meeting={meeting} title={meetingTitle} /> : null}
      <BoardScreen
        key={meeting.id}
        scope={scope}
        defaultTheme={singleTheme ?? (meeting.themeIds.length === 1 ? (meeting.themeIds[0] ?? null) : null)}
        matrixByDefault={meeting.runbookId === DIALOGMOEDE}
        plannedMode={meeting.decisionMode}
      />
    </Page>
  );
}
