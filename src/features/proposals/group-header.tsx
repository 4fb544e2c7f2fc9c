import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalGroup } from '@/domain/entities/proposal';
import { useWorkspace } from '@/state/workspace-store';
import { Field } from '@/components/field';

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
  const [draft, setDraft] = useState<string | null>(null);

  function commit() {
    if (draft !== null && draft.trim() && draft.trim() !== group.name) renameGroup(group.id, draft);
    setDraft(null);
  }

  return (
    <div className="group-header">
      <Field label={t('groups.name')} className="group-name">
        {(props) => (
          <input
            {...props}
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
        )}
      </Field>
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
