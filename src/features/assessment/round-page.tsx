import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportEntry } from './import-entry';
import { ModeTabs } from './mode-tabs';
import { PaperForms } from './paper-forms';
import { RoundDetails } from './round-details';
import { RoundFrame } from './round-frame';
import { SingleEntry } from './single-entry';
import { TallyEntry } from './tally-entry';

type Mode = 'single' | 'tally' | 'import';

/** Collect a round's answers: one by one, as a tally, or from a file. */
export default function RoundPage() {
  const { t } = useTranslation('assessment');
  const [mode, setMode] = useState<Mode>('single');
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
            ]}
          />
          <RoundDetails round={round} />
        </>
      )}
    </RoundFrame>
  );
}
