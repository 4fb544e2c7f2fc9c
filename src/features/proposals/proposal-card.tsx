import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isThemeId, type ThemeId } from '@/content/ids';
import { PROPOSAL_TEXT_MAX, type Proposal } from '@/domain/entities/proposal';
import { Field } from '@/components/field';
import { MoveMenu, type MoveTarget } from './move-menu';
import { HandlePlaceholder } from './sortable-parts';
import { ThemeField } from './theme-field';

interface ProposalCardProps {
  proposal: Proposal;
  /** 1-based place in its container, shown as "Nr. 2". */
  number: number;
  /** Absent on the drag overlay's copy. */
  handle?: ReactNode;
  moveTargets?: readonly MoveTarget[];
  onSave?: (text: string, themeId: ThemeId | null) => void;
  onDelete?: () => void;
  /** The 2×2's "blandt de vigtigste" check box. */
  top?: { onToggle: () => void };
}

/** One proposal on the board: drag handle, number, text, theme, and its actions. */
export function ProposalCard({
  proposal,
  number,
  handle,
  moveTargets,
  onSave,
  onDelete,
  top,
}: ProposalCardProps) {
  const { t } = useTranslation('proposals');
  const [editing, setEditing] = useState(false);
  const topId = useId();
  const [text, setText] = useState(proposal.text);
  const [theme, setTheme] = useState<string>(proposal.themeId ?? '');

  function save(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    onSave?.(text, isThemeId(theme) ? theme : null);
    setEditing(false);
  }

  if (editing) {
    return (
      <form className="proposal-card proposal-card-editing" onSubmit={save}>
        <Field label={t('card.editLabel')}>
          {(props) => (
            <textarea
              {...props}
              value={text}
              rows={3}
              maxLength={PROPOSAL_TEXT_MAX}
              required
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <ThemeField value={theme} onChange={setTheme} />
        <div className="proposal-actions">
          <button type="submit" className="button button-small">
            {t('card.save')}
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => {
              setText(proposal.text);
              setTheme(proposal.themeId ?? '');
              setEditing(false);
            }}
          >
            {t('card.cancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="proposal-card" data-top={proposal.top || undefined}>
      {handle ?? <HandlePlaceholder />}
      <div className="proposal-heading">
        <span className="proposal-number">{t('card.number', { n: number })}</span>
        <p className="proposal-text">{proposal.text}</p>
      </div>
      <div className="proposal-meta">
        <span className="theme-tag" data-theme={proposal.themeId ?? 'none'}>
          {proposal.themeId
            ? t('card.theme', { theme: t(`themeNames.${proposal.themeId}`, { ns: 'common' }) })
            : t('card.noTheme')}
        </span>
        {top ? (
          <span className="top-toggle">
            <input id={topId} type="checkbox" checked={proposal.top} onChange={top.onToggle} />
            <label htmlFor={topId}>{t('card.top')}</label>
          </span>
        ) : null}
      </div>
      {handle ? (
        <div className="proposal-actions">
          <button
            type="button"
            className="button button-small button-secondary"
            aria-label={t('card.editAria', { text: proposal.text })}
            onClick={() => {
              setText(proposal.text);
              setTheme(proposal.themeId ?? '');
              setEditing(true);
            }}
          >
            {t('card.edit')}
          </button>
          {moveTargets && moveTargets.length > 0 ? (
            <MoveMenu
              label={t('card.moveTo')}
              accessibleLabel={t('card.moveToLabel', { text: proposal.text })}
              targets={moveTargets}
            />
          ) : null}
          <button
            type="button"
            className="button button-small button-danger"
            aria-label={t('card.deleteLabel', { text: proposal.text })}
            onClick={onDelete}
          >
            {t('card.delete')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** The card under the pointer while it is dragged, as it stands on the board; nothing once it is gone. */
export function ProposalDragOverlay({
  proposal,
  number,
}: {
  proposal: Proposal | undefined;
  number: number;
}) {
  return proposal ? (
    <div className="drag-overlay">
      <ProposalCard proposal={proposal} number={number} />
    </div>
  ) : null;
}
