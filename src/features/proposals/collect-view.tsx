import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeId } from '@/content/ids';
import {
  addGroupColumn,
  boardColumns,
  groupItem,
  moveItem,
  positionOf,
  shiftItem,
  ungroupItem,
  UNGROUPED,
  type Columns,
} from '@/domain/board';
import type { BoardScope } from '@/domain/proposals';
import { useWorkspace } from '@/state/workspace-store';
import { Announcer } from '@/components/announcer';
import { AddProposalForm } from './add-proposal-form';
import type { MoveTarget } from './move-menu';
import { ProposalDragOverlay } from './proposal-card';
import { ProposalColumn } from './proposal-column';
import { NEW_GROUP_ZONE, ProposalDnd } from './proposal-dnd';
import { DropZone } from './sortable-parts';
import { GroupHeader } from './group-header';
import { focusHandle, useBoard, useDescribeContainer, useMovedMessage } from './use-board';

/** Collect, prioritise and group: the ungrouped list on the left, groups of similar proposals on the right. */
export function CollectView({ scope, defaultTheme }: { scope: BoardScope; defaultTheme: ThemeId | null }) {
  const { t } = useTranslation('proposals');
  const { proposals, groups, byId, groupName, itemText } = useBoard(scope);
  const describeContainer = useDescribeContainer(groupName);
  const movedMessage = useMovedMessage(itemText, describeContainer);
  const applyBoardColumns = useWorkspace((s) => s.applyBoardColumns);
  const addGroup = useWorkspace((s) => s.addGroup);
  const [status, setStatus] = useState('');
  const columns = useMemo(() => boardColumns(proposals, groups), [proposals, groups]);

  function makeGroup(itemId: string, cols: Columns) {
    const id = addGroup(scope, t('groups.defaultName', { n: groups.length + 1 }));
    return groupItem(addGroupColumn(cols, id), itemId, id);
  }

  function moveByMenu(itemId: string, next: Columns) {
    applyBoardColumns(next);
    const moved = movedMessage(next, itemId);
    if (moved) setStatus(moved);
    focusHandle(itemId);
  }

  function targetsFor(itemId: string, container: string, index: number, count: number): MoveTarget[] {
    const targets: MoveTarget[] = [];
    if (index > 0) {
      targets.push({
        key: 'first',
        label: t('move.first'),
        run: () => moveByMenu(itemId, moveItem(columns, itemId, container, 0)),
      });
      targets.push({
        key: 'up',
        label: t('move.up'),
        run: () => moveByMenu(itemId, shiftItem(columns, itemId, -1)),
      });
    }
    if (index < count - 1) {
      targets.push({
        key: 'down',
        label: t('move.down'),
        run: () => moveByMenu(itemId, shiftItem(columns, itemId, 1)),
      });
    }
    if (container !== UNGROUPED) {
      targets.push({
        key: 'list',
        label: t('move.toList'),
        run: () => moveByMenu(itemId, ungroupItem(columns, itemId)),
      });
    }
    for (const group of groups) {
      if (group.id === container) continue;
      targets.push({
        key: group.id,
        label: t('move.toGroup', { name: groupName(group.id) }),
        run: () => moveByMenu(itemId, groupItem(columns, itemId, group.id)),
      });
    }
    targets.push({
      key: 'new',
      label: t('move.newGroup'),
      run: () => moveByMenu(itemId, makeGroup(itemId, columns)),
    });
    return targets;
  }

  function renderColumn(cols: Columns, container: string) {
    return (
      <ProposalColumn
        container={container}
        items={cols[container] ?? []}
        byId={byId}
        className={container === UNGROUPED ? 'proposal-list' : 'group-items'}
        emptyText={container === UNGROUPED ? t('list.empty') : t('groups.empty')}
        moveTargets={(id, index, count) => targetsFor(id, container, index, count)}
      />
    );
  }

  return (
    <div className="collect-view">
      <AddProposalForm scope={scope} defaultTheme={defaultTheme} onAdded={setStatus} />
      <Announcer message={status} />
      <ProposalDnd
        columns={columns}
        itemText={itemText}
        describeContainer={describeContainer}
        onCommit={applyBoardColumns}
        onDropNew={(itemId, cols) => applyBoardColumns(makeGroup(itemId, cols))}
        renderOverlay={(id) => (
          <ProposalDragOverlay proposal={byId.get(id)} number={positionOf(columns, id)?.position ?? 1} />
        )}
      >
        {(cols) => (
          <div className="board-columns">
            <section className="board-section" aria-labelledby="proposal-list-heading">
              <h2 id="proposal-list-heading">{t('list.heading')}</h2>
              <p className="muted">{t('list.hint')}</p>
              {renderColumn(cols, UNGROUPED)}
            </section>
            <section className="board-section" aria-labelledby="proposal-groups-heading">
              <h2 id="proposal-groups-heading">{t('groups.heading')}</h2>
              <p className="muted">{t('groups.hint')}</p>
              {groups.map((group) => (
                <section key={group.id} className="proposal-group" aria-label={groupName(group.id)}>
                  <GroupHeader
                    group={group}
                    name={groupName(group.id)}
                    count={cols[group.id]?.length ?? 0}
                    onDissolved={setStatus}
                  />
                  {renderColumn(cols, group.id)}
                </section>
              ))}
              <DropZone id={NEW_GROUP_ZONE} className="new-group-zone">
                <p>{t('groups.newZone')}</p>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() => addGroup(scope, t('groups.defaultName', { n: groups.length + 1 }))}
                >
                  {t('groups.add')}
                </button>
              </DropZone>
            </section>
          </div>
        )}
      </ProposalDnd>
    </div>
  );
}
