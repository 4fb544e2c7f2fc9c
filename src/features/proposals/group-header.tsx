import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalGroup } from '@/domain/entities/proposal';
import { useWorkspace } from '@/state/workspace-store';

interface GroupHeaderProps {
  group: ProposalGroup;
  name: string;
  count: number;
  onDissolved: (message: string) => void;
}

/** A group's name (editable in place), its size and the way to dissolve it. */
export function GroupHeader({ group, name, count, onDissolved }: GroupHeaderProps) {
  const { t } = useTranslation('proposals');
  const renameGroup = useWorkspace((s) => s.renameGroup);
  const dissolveGroup = useWorkspace((s) => s.dissolveGroup);
  const inputId = useId();
  const [draft, setDraft] = useState<string | null>(null);

  function commit() {
    if (draft !== null && draft.trim() && draft.trim() !== group.name) renameGroup(group.id, draft);
    setDraft(null);
  }

  return (
    <div className="group-header">
      <div className="field group-name">
        <label htmlFor={inputId}>{t('groups.name')}</label>
        <input
          id={inputId}
          type="text"
          maxLength={200}
          value={draft ?? name}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
            if (event.key === 'Escape') setDraft(null);
          }}
        />
      </div>
      <span className="group-count">{t('groups.count', { count })}</span>
      <button
        type="button"
        className="button button-small button-secondary"
        aria-label={t('groups.dissolveLabel', { name })}
        onClick={() => {
          dissolveGroup(group.id);
          onDissolved(t('groups.dissolved', { name }));
        }}
      >
        {t('groups.dissolve')}
      </button>
    </div>
  );
}
