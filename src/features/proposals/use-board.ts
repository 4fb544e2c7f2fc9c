import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  positionOf,
  QUADRANT_ORDER,
  UNGROUPED,
  UNPLACED,
  type Columns,
  type ContainerId,
} from '@/domain/board';
import type { Quadrant } from '@/domain/entities/proposal';
import { boardGroups, boardProposals, type BoardScope } from '@/domain/proposals';
import { useWorkspace } from '@/state/workspace-store';

/** The open proposals and groups of one board, with look-ups the views share. */
export function useBoard(scope: BoardScope) {
  const { t } = useTranslation('proposals');
  const allProposals = useWorkspace((s) => s.proposals);
  const allGroups = useWorkspace((s) => s.proposalGroups);
  const { teamId, meetingId } = scope;
  const proposals = useMemo(
    () => boardProposals(allProposals, { teamId, meetingId }),
    [allProposals, teamId, meetingId],
  );
  const groups = useMemo(() => boardGroups(allGroups, { teamId, meetingId }), [allGroups, teamId, meetingId]);
  const byId = useMemo(() => new Map(proposals.map((p) => [p.id, p])), [proposals]);
  const groupName = useCallback(
    (id: string) => {
      const index = groups.findIndex((g) => g.id === id);
      return groups[index]?.name || t('groups.defaultName', { n: index + 1 });
    },
    [groups, t],
  );
  const itemText = useCallback((id: string) => byId.get(id)?.text ?? '', [byId]);
  return { proposals, groups, byId, groupName, itemText };
}

/** The 2×2 field names for announcements and menus: "Formål der ligner hinanden · Kan foregå samtidig". */
export function useQuadrantNames() {
  const { t } = useTranslation('proposals');
  return useCallback(
    (quadrant: Quadrant) => {
      const purpose = quadrant.startsWith('similar') ? t('matrix.similar') : t('matrix.different');
      const time = quadrant.endsWith('SameTime') ? t('matrix.sameTime') : t('matrix.differentTime');
      return `${purpose} · ${time}`;
    },
    [t],
  );
}

/** Spoken name of a container on either view. */
export function useDescribeContainer(groupName: (id: string) => string) {
  const { t } = useTranslation('proposals');
  const quadrantName = useQuadrantNames();
  return useCallback(
    (id: ContainerId) => {
      if (id === UNGROUPED) return t('containers.list');
      if (id === UNPLACED) return t('containers.unplaced');
      if ((QUADRANT_ORDER as readonly string[]).includes(id)) {
        return t('containers.quadrant', { name: quadrantName(id as Quadrant) });
      }
      return t('containers.group', { name: groupName(id) });
    },
    [t, groupName, quadrantName],
  );
}

/**
 * After a card moved by its menu: what a screen reader hears ("… er nu nr. 2 af 3 i …"), or null when
 * the card is no longer on the board.
 */
export function useMovedMessage(
  itemText: (id: string) => string,
  describeContainer: (id: ContainerId) => string,
) {
  const { t } = useTranslation('proposals');
  return useCallback(
    (columns: Columns, itemId: string) => {
      const place = positionOf(columns, itemId);
      if (!place) return null;
      return t('move.moved', {
        text: itemText(itemId),
        position: place.position,
        count: place.count,
        container: describeContainer(place.container),
      });
    },
    [t, itemText, describeContainer],
  );
}

/** Put focus back on a card's drag handle after it moved to another container (its element was replaced). */
export function focusHandle(id: string) {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-handle-for="${CSS.escape(id)}"]`)?.focus();
  });
}
