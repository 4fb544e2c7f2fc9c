import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfDownloadButton } from '@/components/pdf-download-button';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { MAX_SKEMA_COPIES } from '@/domain/paper-forms';
import { parseWholeNumber } from '@/domain/whole-number';
import { useWorkspace } from '@/state/workspace-store';
import { NumberField } from '@/components/number-field';

/** Paper for a room without phones: the vurderingsskema, one A4 per participant, and the tally sheet. */
export function PaperForms({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('forms');
  const copiesId = useId();
  const [copies, setCopies] = useState('12');
  const count = parseWholeNumber(copies, 1, MAX_SKEMA_COPIES);
  const valid = count !== null;
  return (
    <section className="card paper-forms" aria-labelledby={`${copiesId}-heading`}>
      <h3 id={`${copiesId}-heading`}>{t('paper.heading')}</h3>
      <p>{t('paper.lead')}</p>
      <NumberField
        label={t('paper.copies')}
        error={valid ? null : t('paper.copiesInvalid', { max: MAX_SKEMA_COPIES })}
        value={copies}
        onChange={setCopies}
      />
      <div className="page-actions">
        {valid ? (
          <PdfDownloadButton
            label={t('paper.skema', { count: count ?? 0 })}
            name={t('paper.skemaName')}
            job={(pdf, resources) =>
              pdf.vurderingsskemaFile(useWorkspace.getState(), round.id, count, resources)
            }
          />
        ) : null}
        <PdfDownloadButton
          label={t('paper.tally')}
          name={t('paper.tallyName')}
          className="button button-secondary"
          job={(pdf, resources) => pdf.tallySheetFile(useWorkspace.getState(), round.id, resources)}
        />
      </div>
    </section>
  );
}
