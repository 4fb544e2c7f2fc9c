import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface Tab<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
}

interface ModeTabsProps<K extends string> {
  label: string;
  tabs: readonly Tab<K>[];
  selected: K;
  onSelect: (key: K) => void;
}

/** A tab list by the ARIA pattern: arrow keys, Home and End move between tabs and select them. */
export function ModeTabs<K extends string>({ label, tabs, selected, onSelect }: ModeTabsProps<K>) {
  const prefix = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  function keyDown(event: KeyboardEvent, index: number) {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    onSelect(tab.key);
    refs.current[target]?.focus();
  }

  const current = tabs.find((tab) => tab.key === selected) ?? tabs[0];
  return (
    <div className="mode-tabs">
      <div role="tablist" aria-label={label} className="mode-tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${prefix}-tab-${tab.key}`}
            aria-selected={tab.key === current?.key}
            aria-controls={`${prefix}-panel`}
            tabIndex={tab.key === current?.key ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => keyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${prefix}-panel`} aria-labelledby={`${prefix}-tab-${current?.key ?? ''}`}>
        {current?.panel}
      </div>
    </div>
  );
}
