import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import type { DecisionMode, ThemeId } from '@/content/ids';
import type { BoardScope } from '@/domain/proposals';
import { CollectView } from './collect-view';
import { DecideView } from './decide-view';
import { MatrixView } from './matrix-view';
import { ParkedList } from './parked-list';
import './proposals.css';

type Tab = 'collect' | 'matrix' | 'decide';

interface BoardScreenProps {
  scope: BoardScope;
  defaultTheme: ThemeId | null;
  /** The dialogmøde shows the 2×2 from the start; other boards may switch it on. */
  matrixByDefault: boolean;
  plannedMode: DecisionMode | null;
}

/** The board's three tabs (collect, 2×2, decide) and the team's parking lot below. */
export function BoardScreen({ scope, defaultTheme, matrixByDefault, plannedMode }: BoardScreenProps) {
  const { t } = useTranslation('proposals');
  // The 2×2 reads its questions from the toolkit: load it with the board, not on the tab switch.
  useToolkit();
  const [tab, setTab] = useState<Tab>('collect');
  const [matrixOn, setMatrixOn] = useState(matrixByDefault);
  const tabs: Tab[] = matrixOn ? ['collect', 'matrix', 'decide'] : ['collect', 'decide'];
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.indexOf(tab);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next =
      event.key === 'Home'
        ? tabs[0]
        : event.key === 'End'
          ? tabs[tabs.length - 1]
          : tabs[(index + delta + tabs.length) % tabs.length];
    if ((delta !== 0 || event.key === 'Home' || event.key === 'End') && next) {
      event.preventDefault();
      setTab(next);
      refs.current[next]?.focus();
    }
  }

  return (
    <>
      <div className="board-toolbar">
        <div role="tablist" aria-label={t('board.tabsLabel')} className="board-tabs">
          {tabs.map((id) => (
            <button
              key={id}
              ref={(element) => {
                refs.current[id] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={onKeyDown}
            >
              {t(`board.tabs.${id}`)}
            </button>
          ))}
        </div>
        {!matrixByDefault ? (
          <label className="choice">
            <input
              type="checkbox"
              checked={matrixOn}
              onChange={(event) => {
                setMatrixOn(event.target.checked);
                if (!event.target.checked && tab === 'matrix') setTab('collect');
              }}
            />
            {t('board.showMatrix')}
          </label>
        ) : null}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="board-panel">
        {tab === 'collect' ? <CollectView scope={scope} defaultTheme={defaultTheme} /> : null}
        {tab === 'matrix' ? <MatrixView scope={scope} /> : null}
        {tab === 'decide' ? <DecideView scope={scope} plannedMode={plannedMode} /> : null}
      </div>
      {tab === 'collect' ? <ParkedList scope={scope} /> : null}
    </>
  );
}
