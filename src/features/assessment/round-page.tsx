import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { useWorkspace } from '@/state/workspace-store';
import { ImportEntry } from './import-entry';
import { LiveEntry } from './live/live-entry';
import { ModeTabs } from './mode-tabs';
import { PaperForms } from './paper-forms';
import { RoundDetails } from './round-details';
import { RoundFrame } from './round-frame';
import { SingleEntry } from './single-entry';
import { TallyEntry } from './tally-entry';

type Mode = 'single' | 'tally' | 'import' | 'live';

/** Collect a round's answers: one by one, as a tally, or from a file. */
export default function RoundPage() {
  const { t } = useTranslation('assessment');
  const { t: tl } = useTranslation('live');
  const { roundId = '' } = useParams<{ roundId: string }>();
  const live = useWorkspace((s) => Boolean(s.assessments.find((r) => r.id === roundId)?.livePhase));
  // A round that is live opens on its phones' panel, also after a reload.
  const [mode, setMode] = useState<Mode>(live ? 'live' : 'single');
  return (
    <RoundFrame view="collect">
      {(round) => (
        <>
          <ModeTabs<Mode>
            label={t('modes.label')}
            selected={mode}
            onSelect={setMode}
            tabs={[
              { key: 'single', label: t('modes.single'), panel: <SingleEntry round={round} /> },
              {
                key: 'tally',
                label: t('modes.tally'),
                panel: (
                  <>
                    <PaperForms round={round} />
                    <TallyEntry round={round} />
                  </>
                ),
              },
              { key: 'import', label: t('modes.import'), panel: <ImportEntry round={round} /> },
              { key: 'live', label: tl('tab'), panel: <LiveEntry round={round} /> },
            ]}
          />
          <RoundDetails round={round} />
        </>
      )}
    </RoundFrame>
  );
}
