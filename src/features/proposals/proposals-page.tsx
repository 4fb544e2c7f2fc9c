import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { Page } from '@/components/page';
import { TeamPicker } from '@/components/team-picker';
import { useWorkspace } from '@/state/workspace-store';
import { BoardScreen } from './board-screen';
import { MeetingBoards } from './meeting-boards';

/** `/forslag`: a team's own board of proposals without a meeting, its parking lot and its meetings' boards. */
export default function ProposalsPage() {
  const { t } = useTranslation('proposals');
  const [, navigate] = useLocation();
  const teams = useWorkspace((s) => s.teams);
  const addTeam = useWorkspace((s) => s.addTeam);
  const requested = new URLSearchParams(useSearch()).get('team');
  const team =
    teams.find((candidate) => candidate.id === requested) ?? (teams.length === 1 ? teams[0] : undefined);
  const teamId = team?.id ?? '';
  const scope = useMemo(() => ({ teamId, meetingId: null }), [teamId]);

  return (
    <Page
      title={t('parking.title')}
      kicker={team ? t('board.teamKicker', { team: team.name }) : undefined}
      className="board-page"
      actions={
        team ? (
          <Link href={`/idebank?team=${encodeURIComponent(team.id)}`} className="button button-secondary">
            {t('board.ideaBank')}
          </Link>
        ) : undefined
      }
    >
      <p className="lead">{t('parking.lead')}</p>
      <div className="team-bar">
        {!team ? <p>{t('parking.chooseTeam')}</p> : null}
        <TeamPicker
          teams={teams}
          selectedId={team?.id ?? null}
          onSelect={(id) => navigate(`/forslag?team=${encodeURIComponent(id)}`)}
          onCreate={addTeam}
        />
      </div>
      {team ? (
        <>
          <MeetingBoards teamId={team.id} />
          <BoardScreen
            key={team.id}
            scope={scope}
            defaultTheme={null}
            matrixByDefault={false}
            plannedMode={null}
          />
        </>
      ) : null}
    </Page>
  );
}
