import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '@/domain/entities/team';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { Field } from '@/components/field';

export function TeamsSection() {
  const { t } = useTranslation('data');
  const teams = useWorkspace((s) => s.teams);
  return (
    <section className="card data-section" aria-labelledby="data-teams">
      <h2 id="data-teams">{t('teams.title')}</h2>
      {teams.length === 0 ? (
        <p>{t('teams.none')}</p>
      ) : (
        <ul className="data-teams">
          {teams.map((team) => (
            <TeamRow key={team.id} team={team} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TeamRow({ team }: { team: Team }) {
  const { t } = useTranslation('data');
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name);
  const [error, setError] = useState(false);
  const meetings = useWorkspace((s) => s.meetings.filter((m) => m.teamId === team.id).length);
  const experiments = useWorkspace((s) => s.experiments.filter((e) => e.teamId === team.id).length);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError(true);
    useWorkspace.getState().renameTeam(team.id, name);
    setEditing(false);
    setError(false);
  };

  const remove = () => {
    const undo = useWorkspace.getState().deleteTeam(team.id);
    useUndo.getState().offerUndo(t('teams.deleted', { name: team.name }), undo);
  };

  if (editing) {
    return (
      <li className="data-team">
        <form className="data-rename" onSubmit={save} noValidate>
          <Field
            label={t('teams.renameLabel', { name: team.name })}
            error={error ? t('teams.nameRequired') : null}
          >
            {(props) => (
              <input
                {...props}
                value={name}
                maxLength={200}
                onChange={(event) => setName(event.target.value)}
                // The user asked to rename: put them in the field.
                // eslint-disable-next-line jsx-a11y/no-autofocus
                autoFocus
              />
            )}
          </Field>
          <div className="data-actions">
            <button type="submit" className="button button-small">
              {t('teams.renameSave')}
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => {
                setEditing(false);
                setName(team.name);
                setError(false);
              }}
            >
              {t('import.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="data-team">
      <div>
        <strong>{team.name}</strong>
        <p className="muted">
          {t('teams.meetings', { count: meetings })} · {t('teams.experiments', { count: experiments })}
        </p>
      </div>
      <div className="data-actions">
        <button
          type="button"
          className="button button-small button-secondary"
          aria-label={t('teams.renameAria', { name: team.name })}
          onClick={() => setEditing(true)}
        >
          {t('teams.rename')}
        </button>
        <button type="button" className="button button-small button-danger" onClick={remove}>
          {t('teams.delete', { name: team.name })}
        </button>
      </div>
    </li>
  );
}
