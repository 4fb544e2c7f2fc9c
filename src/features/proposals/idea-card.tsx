import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaBankText, IdeaMeta, IdeaText } from '@/content/ideas';
import type { ThemeId } from '@/content/ids';
import type { Meeting } from '@/domain/entities/meeting';
import type { Team } from '@/domain/entities/team';
import { nextMonday } from '@/domain/iso-week';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { useDates } from '@/components/use-dates';

interface IdeaCardProps {
  idea: IdeaMeta;
  text: IdeaText | undefined;
  sources: IdeaBankText['sources'];
  /** The theme page it is shown on; a copied proposal gets this theme. */
  theme: ThemeId;
  team: Team | null;
  meeting: Meeting | null;
}

/** One idea with its source, and (with a team chosen) the ways to copy it to the board or the handleplan. */
export function IdeaCard({ idea, text, sources, theme, team, meeting }: IdeaCardProps) {
  const { t } = useTranslation('proposals');
  const { date: formatDate } = useDates();
  const addProposal = useWorkspace((s) => s.addProposal);
  const addExperiment = useWorkspace((s) => s.addExperiment);
  const [done, setDone] = useState<string | null>(null);
  if (!text) return null;
  const others = idea.themes
    .filter((id) => id !== theme)
    .map((id) => t(`themeNames.${id}`, { ns: 'common' }));

  return (
    <li className="card idea-card">
      <h2 className="idea-title">{text.title}</h2>
      <p>{text.text}</p>
      <p className="idea-tags">
        <span className="theme-tag">{t(`ideas.kinds.${idea.kind}`)}</span>
        {others.length > 0 ? (
          <span className="muted">{t('ideas.alsoThemes', { themes: others.join(', ') })}</span>
        ) : null}
      </p>
      <p className="idea-source">
        <strong>{t('ideas.source', { count: idea.sources.length })}:</strong>{' '}
        {idea.sources.map((s) => sources[s]).join('; ')}
      </p>
      {team ? (
        <div className="proposal-actions">
          <button
            type="button"
            className="button button-small"
            aria-label={t('ideas.addProposalLabel', { title: text.title })}
            onClick={() => {
              addProposal({
                teamId: team.id,
                meetingId: meeting?.id ?? null,
                text: text.title,
                themeId: theme,
              });
              setDone(t('ideas.addedProposal', { title: text.title }));
            }}
          >
            {t('ideas.addProposal')}
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            aria-label={t('ideas.addExperimentLabel', { title: text.title })}
            onClick={() => {
              const startDate = nextMonday(todayIso());
              addExperiment({
                teamId: team.id,
                meetingId: meeting?.id ?? null,
                hvad: text.title,
                hvordan: text.text,
                themeIds: [theme],
                startDate,
              });
              setDone(t('ideas.addedExperiment', { title: text.title, date: formatDate(startDate) }));
            }}
          >
            {t('ideas.addExperiment')}
          </button>
        </div>
      ) : null}
      <p className="idea-done" role="status">
        {done}
      </p>
    </li>
  );
}
