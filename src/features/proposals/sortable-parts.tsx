import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DropColumnProps {
  id: string;
  items: readonly string[];
  className?: string;
  children: ReactNode;
}

/** A container cards can be dropped into and sorted within (the list, a group, a quadrant). */
export function DropColumn({ id, items, className, children }: DropColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <SortableContext id={id} items={[...items]} strategy={verticalListSortingStrategy}>
      <div
        ref={setNodeRef}
        className={['drop-column', className].filter(Boolean).join(' ')}
        data-over={isOver || undefined}
      >
        {children}
      </div>
    </SortableContext>
  );
}

/** A drop zone that holds no cards, e.g. "drop here to make a new group". */
export function DropZone({
  id,
  children,
  className,
}: {
  id: string;
  children: ReactNode;
  className?: string;
}) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <div ref={setNodeRef} className={className} data-over={isOver || undefined}>
      {children}
    </div>
  );
}

function GripIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width="22" height="22" fill="currentColor">
      {[5, 10, 15].flatMap((y) => [7, 13].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.8" />))}
    </svg>
  );
}

/** The handle's look without its behaviour, for the drag overlay's copy of a card. */
export function HandlePlaceholder() {
  return (
    <span className="drag-handle" aria-hidden="true">
      <GripIcon />
    </span>
  );
}

/**
 * A sortable card. Its drag handle is a real button with a translated label, which the sensors listen
 * on; `render` places it in the card.
 */
export function SortableItem({
  id,
  handleLabel,
  render,
}: {
  id: string;
  handleLabel: string;
  render: (handle: ReactNode) => ReactNode;
}) {
  const { t } = useTranslation('proposals');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id, attributes: { roleDescription: t('dnd.roleDescription') } });
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="drag-handle"
      data-handle-for={id}
      {...attributes}
      {...listeners}
      aria-label={handleLabel}
    >
      <GripIcon />
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      className="sortable-item"
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-dragging={isDragging || undefined}
    >
      {render(handle)}
    </li>
  );
}
