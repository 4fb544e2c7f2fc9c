import { useTranslation } from 'react-i18next';
import type { Proposal } from '@/domain/entities/proposal';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import type { MoveTarget } from './move-menu';
import { ProposalCard } from './proposal-card';
import { DropColumn, SortableItem } from './sortable-parts';

interface ProposalColumnProps {
  /** The dnd-kit container id: the list, a group or a quadrant. */
  container: string;
  items: readonly string[];
  byId: ReadonlyMap<string, Proposal>;
  className: string;
  emptyText: string;
  /** The "Flyt til …" choices for the card at `index` of `count`. */
  moveTargets: (id: string, index: number, count: number) => readonly MoveTarget[];
  /** The top-two-or-three toggle, where the view offers it (the 2×2). */
  onToggleTop?: (id: string) => void;
}

/** A sortable column of proposal cards, the same on the list, in groups and in the 2×2. */
export function ProposalColumn({
  container,
  items,
  byId,
  className,
  emptyText,
  moveTargets,
  onToggleTop,
}: ProposalColumnProps) {
  const { t } = useTranslation('proposals');
  const updateProposal = useWorkspace((s) => s.updateProposal);
  const deleteProposal = useWorkspace((s) => s.deleteProposal);
  const restoreProposal = useWorkspace((s) => s.restoreProposal);
  const offerUndo = useUndo((s) => s.offerUndo);

  function remove(id: string) {
    const deleted = deleteProposal(id);
    if (deleted)
      offerUndo(t('card.deleted', { text: deleted.proposal.text }), () => restoreProposal(deleted));
  }

  return (
    <DropColumn id={container} items={items} className={className}>
      {items.length === 0 ? <p className="drop-empty">{emptyText}</p> : null}
      <ol className="card-stack">
        {items.map((id, index) => {
          const proposal = byId.get(id);
          if (!proposal) return null;
          return (
            <SortableItem
              key={id}
              id={id}
              handleLabel={t('card.handle', { text: proposal.text })}
              render={(handle) => (
                <ProposalCard
                  proposal={proposal}
                  number={index + 1}
                  handle={handle}
                  moveTargets={moveTargets(id, index, items.length)}
                  onSave={(text, themeId) => updateProposal(id, { text, themeId })}
                  onDelete={() => remove(id)}
                  top={onToggleTop ? { onToggle: () => onToggleTop(id) } : undefined}
                />
              )}
            />
          );
        })}
      </ol>
    </DropColumn>
  );
}
