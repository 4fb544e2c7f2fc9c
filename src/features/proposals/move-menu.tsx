import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MoveTarget {
  key: string;
  label: string;
  run: () => void;
}

/**
 * "Flyt til …": the non-drag way to move a card. A disclosure button with a list of real buttons,
 * so it works the same with keyboard, switch access, touch and a screen reader.
 */
export function MoveMenu({
  label,
  accessibleLabel,
  targets,
}: {
  label: string;
  accessibleLabel: string;
  targets: readonly MoveTarget[];
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  }

  return (
    <div className="move-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-small button-secondary"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={accessibleLabel}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={closeOnEscape}
      >
        {label}
      </button>
      <ul id={listId} className="move-menu-list" hidden={!open}>
        {targets.map((target) => (
          <li key={target.key}>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                target.run();
              }}
              onKeyDown={closeOnEscape}
            >
              {target.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
