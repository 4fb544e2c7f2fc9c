import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

interface TeamOption {
  id: string;
  name: string;
}

interface TeamPickerProps {
  teams: readonly TeamOption[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Create a team by name and return its id; the picker selects it. */
  onCreate: (name: string) => string;
}

/**
 * Choose the afdeling/team that scores, meetings and experiments belong to, or add a new one.
 * Pure UI: the screen passes teams and actions in from the store.
 */
export function TeamPicker({ teams, selectedId, onSelect, onCreate }: TeamPickerProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(teams.length === 0);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('team.nameRequired'));
      return;
    }
    if (teams.some((team) => team.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) {
      setError(t('team.nameTaken', { name: trimmed }));
      return;
    }
    const id = onCreate(trimmed);
    onSelect(id);
    setName('');
    setError(null);
    setAdding(false);
  }

  return (
    <div className="team-picker">
      {teams.length > 0 ? (
        <Field label={t('team.label')}>
          {(props) => (
            <select {...props} value={selectedId ?? ''} onChange={(event) => onSelect(event.target.value)}>
              {selectedId === null ? <option value="">{t('team.choose')}</option> : null}
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {adding ? (
        <form className="team-picker-add" onSubmit={submit} noValidate>
          <Field label={t('team.newName')} error={error}>
            {(props) => (
              <input
                {...props}
                type="text"
                value={name}
                maxLength={200}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <div className="page-actions">
            <button type="submit" className="button">
              {t('team.create')}
            </button>
            {teams.length > 0 ? (
              <button type="button" className="button button-secondary" onClick={() => setAdding(false)}>
                {t('actions.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          {t('team.add')}
        </button>
      )}
    </div>
  );
}
