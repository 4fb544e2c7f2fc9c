import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '@/domain/entities/workspace';
import type * as PdfExportsModule from '@/export/pdf/exports';
import type { PdfResources } from '@/export/pdf/exports';
import type { Language } from '@/i18n/languages';
import { selectWorkspace, useWorkspace } from '@/state/workspace-store';

export type PdfExports = typeof PdfExportsModule;

/** Builds the bytes and the file name of one document, or null when the data is gone. */
export type PdfJob = (
  pdf: PdfExports,
  workspace: Workspace,
  resources: PdfResources,
) => { bytes: Uint8Array; fileName: string } | null;

/**
 * Runs an export: loads the PDF layer (and jsPDF) only now, builds the document from the current
 * workspace and hands it to the browser. The returned message is for an aria-live region.
 */
export function usePdfDownload(language: Language) {
  const { t } = useTranslation('export');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(name: string, job: PdfJob) {
    setBusy(true);
    setMessage(t('working', { name }));
    try {
      const pdf = await import('@/export/pdf/exports');
      const resources = await pdf.loadPdfResources(language);
      const result = job(pdf, selectWorkspace(useWorkspace.getState()), resources);
      if (!result) throw new Error('No data for the document');
      pdf.downloadPdf(result.bytes, result.fileName);
      setMessage(t('done', { file: result.fileName }));
    } catch {
      setMessage(t('failed'));
    } finally {
      setBusy(false);
    }
  }

  return { run, message, busy };
}
