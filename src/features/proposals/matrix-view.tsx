import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import { DIALOGMOEDE } from '@/content/ids';
import type { StepText } from '@/content/types';
import {
  MAX_TOP,
  positionOf,
  QUADRANT_ORDER,
  quadrantColumns,
  setQuadrant,
  UNPLACED,
  type Columns,
} from '@/domain/board';
import type { Quadrant } from '@/domain/entities/proposal';
import type { BoardScope } from '@/domain/proposals';
import { useWorkspace } from '@/state/workspace-store';
import { Announcer } from '@/components/announcer';
import type { MoveTarget } from './move-menu';
import { ProposalDragOverlay } from './proposal-card';
import { ProposalColumn } from './proposal-column';
import { ProposalDnd } from './proposal-dnd';
import { focusHandle, useBoard, useDescribeContainer, useMovedMessage, useQuadrantNames } from './use-board';

/** The dialogmøde's step 4: proposals on similar/different purpose × same/different time, then the top 2–3. */
export function MatrixView({ scope }: { scope: BoardScope }) {
  const { t } = useTranslation('proposals');
  const toolkit = useToolkit();
  const step: StepText = toolkit.runbooks[DIALOGMOEDE].steps.clustering ?? { title: '' };
  const { proposals, byId, groupName, itemText } = useBoard(scope);
  const describeContainer = useDescribeContainer(groupName);
  const movedMessage = useMovedMessage(itemText, describeContainer);
  const quadrantName = useQuadrantNames();
  const applyQuadrantColumns = useWorkspace((s) => s.applyQuadrantColumns);
  const toggleTopProposal = useWorkspace((s) => s.toggleTopProposal);
  const [status, setStatus] = useState('');
  const columns = useMemo(() => quadrantColumns(proposals), [proposals]);
  const top = proposals.filter((p) => p.top);

  function place(itemId: string, quadrant: Quadrant | null) {
    const next = setQuadrant(columns, itemId, quadrant);
    applyQuadrantColumns(next);
    const moved = movedMessage(next, itemId);
    if (moved) setStatus(moved);
    focusHandle(itemId);
  }

  function targetsFor(itemId: string, container: string): MoveTarget[] {
    const targets: MoveTarget[] = QUADRANT_ORDER.filter((q) => q !== container).map((q) => ({
      key: q,
      label: quadrantName(q),
      run: () => place(itemId, q),
    }));
    if (container !== UNPLACED)
      targets.push({ key: UNPLACED, label: t('move.toUnplaced'), run: () => place(itemId, null) });
    return targets;
  }

  function renderColumn(cols: Columns, container: string, emptyText: string) {
    return (
      <ProposalColumn
        container={container}
        items={cols[container] ?? []}
        byId={byId}
        className="matrix-items"
        emptyText={emptyText}
        moveTargets={(id) => targetsFor(id, container)}
        onToggleTop={(id) => {
          if (!toggleTopProposal(id)) setStatus(t('card.topFull'));
        }}
      />
    );
  }

  return (
    <div className="matrix-view">
      <p className="lead">{t('matrix.intro')}</p>
      <Announcer message={status} />
      <ProposalDnd
        columns={columns}
        itemText={itemText}
        describeContainer={describeContainer}
        onCommit={applyQuadrantColumns}
        renderOverlay={(id) => (
          <ProposalDragOverlay proposal={byId.get(id)} number={positionOf(columns, id)?.position ?? 1} />
        )}
      >
        {(cols) => (
          <div className="matrix-layout">
            <section className="board-section matrix-tray" aria-labelledby="matrix-unplaced">
              <h2 id="matrix-unplaced">{t('matrix.unplaced')}</h2>
              {renderColumn(cols, UNPLACED, t('matrix.unplacedEmpty'))}
            </section>
            <div className="matrix-grid">
              <span className="matrix-axis matrix-axis-time" aria-hidden="true">
                {t('matrix.timeAxis')}
              </span>
              <span className="matrix-col-label matrix-col-1" aria-hidden="true">
                {t('matrix.sameTime')}
              </span>
              <span className="matrix-col-label matrix-col-2" aria-hidden="true">
                {t('matrix.differentTime')}
              </span>
              <span className="matrix-row-label matrix-row-1" aria-hidden="true">
                {t('matrix.similar')}
              </span>
              <span className="matrix-row-label matrix-row-2" aria-hidden="true">
                {t('matrix.different')}
              </span>
              {QUADRANT_ORDER.map((quadrant, index) => (
                <section
                  key={quadrant}
                  className={`matrix-quadrant matrix-q-${index + 1}`}
                  aria-labelledby={`q-${quadrant}`}
                >
                  <h3 id={`q-${quadrant}`} className="matrix-question">
                    <span className="matrix-quadrant-name">{quadrantName(quadrant)}</span>
                    <span>{step.questions?.[index]}</span>
                  </h3>
                  {renderColumn(cols, quadrant, t('matrix.quadrantEmpty'))}
                </section>
              ))}
            </div>
          </div>
        )}
      </ProposalDnd>
      <section className="card matrix-top" aria-labelledby="matrix-top">
        <h2 id="matrix-top">{t('matrix.topHeading')}</h2>
        <p>{step.conclusion}</p>
        <p className="muted">
          {t('matrix.topHint')} {t('matrix.topCount', { count: top.length, max: MAX_TOP })}
        </p>
        {top.length === 0 ? (
          <p>{t('matrix.topNone')}</p>
        ) : (
          <ol>
            {top.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
