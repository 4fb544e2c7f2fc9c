import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { Link, useLocation } from 'wouter';
import { Page } from '@/components/page';
import { TeamPicker } from '@/components/team-picker';
import { EXPERIMENT_STATUSES, experimentStatus, isDecided } from '@/domain/experiment-status';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { Timeline } from './timeline';
import './handleplan.css';

const ACTIVE = 'active';
const ALL = 'all';

export default function HandleplanPage() {
  const { t } = useTranslation('handleplan');
  const id = useId();
  const navigate = useLocation()[1];
  const teams = useWorkspace((s) => s.teams);
  const experiments = useWorkspace((s) => s.experiments);
  const addTeam = useWorkspace((s) => s.addTeam);
  const [teamFilter, setTeamFilter] = useState(ALL);
  const [statusFilter, setStatusFilter] = useState(ACTIVE);
  const today = todayIso();

  const teamNames = useMemo(() => new Map(teams.map((team) => [team.id, team.name])), [teams]);
  const shown = experiments
    .filter((e) => teamFilter === ALL || e.teamId === teamFilter)
    .filter((e) =>
      statusFilter === ALL
        ? true
        : statusFilter === ACTIVE
          ? !isDecided(e)
          : experimentStatus(e, today) === statusFilter,
    )
    .sort((a, b) => a.startDate.localeCompare(b.startDate));

  return (
    <Page title={t('overview.title')} className="hp-page">
      <p className="lead">{t('overview.lead')}</p>
      <section aria-labelledby={`${id}-tl`}>
        <h2 id={`${id}-tl`}>{t('overview.timelineHeading')}</h2>
        <div className="hp-filters">
          <Field label={t('overview.filterTeam')}>
            {(props) => (
              <select {...props} value={teamFilter} onChange={(event) => setTeamFilter(event.target.value)}>
                <option value={ALL}>{t('overview.allTeams')}</option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('overview.filterStatus')}>
            {(props) => (
              <select
                {...props}
                value={statusFilter}
                onChange={(event) => setStatusFilter(event.target.value)}
              >
                <option value={ACTIVE}>{t('overview.allStatuses')}</option>
                <option value={ALL}>{t('overview.everyStatus')}</option>
                {EXPERIMENT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p aria-live="polite" className="muted">
          {shown.length === 0 ? t('overview.empty') : t('overview.shown', { count: shown.length })}
        </p>
        {shown.length > 0 ? <Timeline experiments={shown} teamNames={teamNames} today={today} /> : null}
      </section>
      <section aria-labelledby={`${id}-teams`} className="hp-teams">
        <h2 id={`${id}-teams`}>{t('overview.teamsHeading')}</h2>
        <p>{teams.length === 0 ? t('overview.noTeams') : t('overview.teamsLead')}</p>
        {teams.length > 0 ? (
          <ul className="hp-team-links">
            {teams.map((team) => (
              <li key={team.id}>
                <Link className="button button-secondary" href={`/handleplan/${team.id}`}>
                  {t('overview.openTeam', { team: team.name })}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <TeamPicker
          teams={teams}
          selectedId={null}
          onSelect={(teamId) => navigate(`/handleplan/${teamId}`)}
          onCreate={addTeam}
        />
      </section>
    </Page>
  );
}
