import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { Page } from '@/components/page';
import { TeamPicker } from '@/components/team-picker';
import { useToolkit } from '@/components/use-toolkit';
import { ideasForTheme, loadIdeaBank } from '@/content/ideas';
import { isThemeId, THEME_IDS, type ThemeId } from '@/content/ids';
import { isLanguage } from '@/i18n/languages';
import { useWorkspace } from '@/state/workspace-store';
import { IdeaCard } from './idea-card';
import { useDates } from '@/components/use-dates';
import './proposals.css';
import { QuestionAdaptation } from '@/components/question-adaptation';

function useIdeaContext() {
  const params = new URLSearchParams(useSearch());
  const teams = useWorkspace((s) => s.teams);
  const meetings = useWorkspace((s) => s.meetings);
  const team = teams.find((t) => t.id === params.get('team')) ?? null;
  const meeting = meetings.find((m) => m.id === params.get('meeting') && m.teamId === team?.id) ?? null;
  const query = team
    ? `?team=${encodeURIComponent(team.id)}${meeting ? `&meeting=${encodeURIComponent(meeting.id)}` : ''}`
    : '';
  return { teams, team, meeting, query };
}

/** Inspiration per theme for the "Hvad vil du foreslå …?" step, with each idea's source named. */
export default function IdeaBankPage() {
  const { t, i18n } = useTranslation('proposals');
  const toolkit = useToolkit();
  const bank = use(loadIdeaBank(isLanguage(i18n.language) ? i18n.language : 'da'));
  const { date: formatDate } = useDates();
  const { themeId } = useParams<{ themeId?: string }>();
  const [location, navigate] = useLocation();
  const addTeam = useWorkspace((s) => s.addTeam);
  const { teams, team, meeting, query } = useIdeaContext();
  const theme: ThemeId | null = isThemeId(themeId) ? themeId : null;
  const themeName = (id: ThemeId) => t(`themeNames.${id}`, { ns: 'common' });

  return (
    <Page
      title={theme ? t('ideas.themeTitle', { theme: themeName(theme) }) : t('ideas.title')}
      kicker={theme ? t('ideas.title') : undefined}
    >
      <p className="lead">{t('ideas.lead')}</p>
      <nav aria-label={t('ideas.themesLabel')} className="idea-themes">
        <ul>
          {THEME_IDS.map((id) => (
            <li key={id}>
              <Link
                href={`/idebank/${id}${query}`}
                className="idea-theme-link"
                aria-current={id === theme ? 'page' : undefined}
              >
                {themeName(id)}{' '}
                <span className="muted">({t('ideas.themeCount', { count: ideasForTheme(id).length })})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="idea-context card">
        {team ? (
          <>
            <p>
              {meeting
                ? t('ideas.forMeeting', { date: formatDate(meeting.date) })
                : t('ideas.forTeam', { team: team.name })}
            </p>
            <p className="idea-context-links">
              <Link
                href={meeting ? `/forslag/${meeting.id}` : `/forslag?team=${encodeURIComponent(team.id)}`}
              >
                {meeting ? t('ideas.toBoard') : t('ideas.toParking')}
              </Link>
              <Link href={`/handleplan/${team.id}`}>{t('ideas.toHandleplan')}</Link>
            </p>
          </>
        ) : (
          <>
            <p>{t('ideas.teamHint')}</p>
            <TeamPicker
              teams={teams}
              selectedId={null}
              onSelect={(id) => navigate(`${location}?team=${encodeURIComponent(id)}`)}
              onCreate={addTeam}
            />
          </>
        )}
      </div>
      {themeId !== undefined && !theme ? (
        <p className="notice notice-warning">{t('ideas.unknownTheme')}</p>
      ) : null}
      {theme ? (
        <>
          <figure className="step-question">
            <figcaption>{t('ideas.stepQuestion')}</figcaption>
            <blockquote>{toolkit.runbooks[theme].steps.proposalReflection?.questions?.[0]}</blockquote>
            <QuestionAdaptation text={toolkit.runbooks[theme].steps.proposalReflection?.adaptation} />
          </figure>
          <ul className="idea-list">
            {ideasForTheme(theme).map((idea) => (
              <IdeaCard
                key={idea.id}
                idea={idea}
                text={bank.ideas[idea.id]}
                sources={bank.sources}
                theme={theme}
                team={team}
                meeting={meeting}
              />
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}
