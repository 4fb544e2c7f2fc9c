import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/domain/entities/workspace';
import { clock, todayIso } from '@/lib/clock';
import { PdfDownloadButton } from './pdf-download-button';

interface TeamReportButtonProps {
  teamId: string;
  /** Reads the workspace at the click, so the report holds what was saved up to that moment. */
  workspace: () => Workspace;
}

/**
 * "Hele servicetjekket (PDF)": the team's whole report, from a screen that ends a part of the
 * journey (a round's result, a meeting's summary). The export screen offers it by period too.
 */
export function TeamReportButton({ teamId, workspace }: TeamReportButtonProps) {
  const { t } = useTranslation('pdfDownload');
  return (
    <PdfDownloadButton
      className="button button-secondary"
      label={t('report')}
      name={t('reportName')}
      job={(pdf, resources) => {
        const nowMs = clock.now();
        return pdf.reportFile(workspace(), teamId, { today: todayIso(nowMs), nowMs }, resources);
      }}
    />
  );
}
