import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PaperFormatChoice } from '@/components/paper-format-choice';
import { Link } from 'wouter';
import { useWorkspace } from '@/state/workspace-store';
import type { ExportCardProps } from './export-card';
import type { PaperFormat } from '@/domain/paper-forms';

/** The handleplan poster, A4 or A3. */
export function HandleplanCard({ teamId, run, busy, today, current }: ExportCardProps) {
  const { t } = useTranslation('export');
  const [format, setFormat] = useState<PaperFormat>('a4');
  const hasExperiments = useWorkspace((s) =>
    s.experiments.some((experiment) => experiment.teamId === teamId),
  );
  return (
    <section className="card" aria-labelledby="export-handleplan">
      <h2 id="export-handleplan">{t('handleplan.title')}</h2>
      <p>{t('handleplan.text')}</p>
      {hasExperiments ? (
        <>
          <PaperFormatChoice className="export-options" value={format} onChange={setFormat} />
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(t('handleplan.title'), (pdf, resources) =>
                pdf.handleplanFile(current(), teamId, today, resources, format),
              )
            }
          >
            {t('handleplan.download')}
          </button>
        </>
      ) : (
        <p className="notice">
          {t('handleplan.empty')} <Link href={`/handleplan/${teamId}`}>{t('handleplan.emptyLink')}</Link>
        </p>
      )}
    </section>
  );
}
