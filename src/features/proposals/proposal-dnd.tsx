import {
  closestCenter,
  DndContext,
  DragOverlay,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findContainer, moveItem, type Columns, type ContainerId } from '@/domain/board';

/** The drop zone that makes a new group from the dropped proposal. */
export const NEW_GROUP_ZONE = '__new-group__';

/** Mouse and pen drag by the pointer sensor; touch goes to the touch sensor, which waits a moment so a swipe still scrolls. */
class MouseAndPenSensor extends PointerSensor {
  static activators: typeof PointerSensor.activators = [
    {
      eventName: 'onPointerDown',
      handler: ({ nativeEvent }) =>
        nativeEvent.isPrimary && nativeEvent.button === 0 && nativeEvent.pointerType !== 'touch',
    },
  ];
}

interface ProposalDndProps {
  /** The columns as stored; during a drag a local copy (the snapshot) moves, and cancel simply drops it. */
  columns: Columns;
  itemText: (id: string) => string;
  /** How a container is spoken in announcements, e.g. "gruppen »Møder«". */
  describeContainer: (id: ContainerId) => string;
  onCommit: (columns: Columns) => void;
  /** Called when a proposal is dropped on the new-group zone, with the columns as they stand. */
  onDropNew?: (itemId: string, columns: Columns) => void;
  renderOverlay: (id: string) => ReactNode;
  children: (columns: Columns) => ReactNode;
}

/** Where an item would land if dropped over `overId`: 1-based position and the container's size then. */
function landing(columns: Columns, activeId: string, overId: string) {
  const container = findContainer(columns, overId);
  if (container === null) return null;
  const items = columns[container] ?? [];
  const holdsActive = items.includes(activeId);
  const count = holdsActive ? items.length : items.length + 1;
  const position =
    overId === container ? (holdsActive ? items.indexOf(activeId) + 1 : count) : items.indexOf(overId) + 1;
  return { container, position, count };
}

/**
 * dnd-kit's multiple-containers board with pointer, touch and keyboard sensors, a drag overlay and
 * announcements that speak positions in the active language.
 */
export function ProposalDnd({
  columns,
  itemText,
  describeContainer,
  onCommit,
  onDropNew,
  renderOverlay,
  children,
}: ProposalDndProps) {
  const { t } = useTranslation('proposals');
  const [dragColumns, setDragColumns] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const current = dragColumns ?? columns;
  const latest = useRef(current);
  // Collision detection, announcements and handlers run after render and need the columns as shown.
  useLayoutEffect(() => {
    latest.current = current;
  });

  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Over a container that holds cards, land next to the nearest card: dropping near a card reorders,
  // dropping anywhere else on a group's area puts the card into that group.
  const collisionDetection: CollisionDetection = useCallback((args) => {
    const pointerHits = pointerWithin(args);
    const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(args);
    let overId = getFirstCollision(hits, 'id');
    if (overId === null) return [];
    const cols = latest.current;
    const items = cols[String(overId)];
    if (items && items.length > 0) {
      const inner = closestCenter({
        ...args,
        droppableContainers: args.droppableContainers.filter((c) => items.includes(String(c.id))),
      });
      overId = getFirstCollision(inner, 'id') ?? overId;
    }
    return [{ id: overId }];
  }, []);

  // dnd-kit reports "over itself" right after the start; only a change of place is worth saying.
  const lastOver = useRef<UniqueIdentifier | null>(null);

  const announcements: Announcements = useMemo(() => {
    const speak = (key: 'start' | 'over' | 'end', active: UniqueIdentifier, over: UniqueIdentifier) => {
      const place = landing(latest.current, String(active), String(over));
      if (!place) return t('dnd.outside', { text: itemText(String(active)) });
      return t(`dnd.${key}`, {
        text: itemText(String(active)),
        position: place.position,
        count: place.count,
        container: describeContainer(place.container),
      });
    };
    return {
      onDragStart: ({ active }) => {
        lastOver.current = active.id;
        return speak('start', active.id, active.id);
      },
      onDragOver: ({ active, over }) => {
        const overId = over?.id ?? null;
        if (overId === lastOver.current) return undefined;
        lastOver.current = overId;
        if (!over) return t('dnd.outside', { text: itemText(String(active.id)) });
        if (over.id === NEW_GROUP_ZONE) return t('dnd.overNew', { text: itemText(String(active.id)) });
        return speak('over', active.id, over.id);
      },
      onDragEnd: ({ active, over }) => {
        if (!over) return t('dnd.cancel', { text: itemText(String(active.id)) });
        if (over.id === NEW_GROUP_ZONE) return t('dnd.endNew', { text: itemText(String(active.id)) });
        return speak('end', active.id, over.id);
      },
      onDragCancel: ({ active }) => t('dnd.cancel', { text: itemText(String(active.id)) }),
    };
  }, [t, itemText, describeContainer]);

  function handleDragStart({ active }: DragStartEvent) {
    setActiveId(String(active.id));
    setDragColumns(columns);
  }

  function handleDragOver({ active, over }: DragOverEvent) {
    if (!over || over.id === NEW_GROUP_ZONE) return;
    const cols = latest.current;
    const from = findContainer(cols, String(active.id));
    const to = findContainer(cols, String(over.id));
    if (from === null || to === null || from === to) return;
    const index = over.id === to ? (cols[to]?.length ?? 0) : (cols[to] ?? []).indexOf(String(over.id));
    setDragColumns(moveItem(cols, String(active.id), to, index));
  }

  function finish() {
    setDragColumns(null);
    setActiveId(null);
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    const cols = latest.current;
    const id = String(active.id);
    if (!over) {
      finish();
      return;
    }
    if (over.id === NEW_GROUP_ZONE) {
      onDropNew?.(id, cols);
      finish();
      return;
    }
    const to = findContainer(cols, String(over.id));
    if (to !== null) {
      const index = over.id === to ? (cols[to] ?? []).indexOf(id) : (cols[to] ?? []).indexOf(String(over.id));
      onCommit(moveItem(cols, id, to, index < 0 ? (cols[to]?.length ?? 0) : index));
    }
    finish();
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      onDragStart={handleDragStart}
      onDragOver={handleDragOver}
      onDragEnd={handleDragEnd}
      onDragCancel={finish}
    >
      {children(current)}
      <DragOverlay>{activeId ? renderOverlay(activeId) : null}</DragOverlay>
    </DndContext>
  );
}
