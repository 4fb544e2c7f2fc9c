import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as PdfExportsModule from '@/export/pdf/exports';
import type { PdfFile, PdfResources } from '@/export/pdf/exports';
import type { Language } from '@/i18n/languages';

export type PdfExports = typeof PdfExportsModule;

/**
 * Builds one document from the PDF layer, or returns null when its data is gone. The calling
 * screen closes over what it needs (the workspace read from the store, ids, today's date).
 */
export type PdfJob = (pdf: PdfExports, resources: PdfResources) => PdfFile | null;

/**
 * Runs an export: loads the PDF layer (and jsPDF) only now, builds the document in `language` and
 * hands it to the browser. `message` is meant for an aria-live region.
 */
export function usePdfDownload(language: Language) {
  const { t } = useTranslation('pdfDownload');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(name: string, job: PdfJob) {
    setBusy(true);
    setMessage(t('working', { name }));
    try {
      const pdf = await import('@/export/pdf/exports');
      const resources = await pdf.loadPdfResources(language);
      const file = job(pdf, resources);
      if (!file) {
        setMessage(t('nothing'));
        return;
      }
      pdf.downloadPdf(file.bytes, file.fileName);
      setMessage(t('done', { file: file.fileName }));
    } catch {
      setMessage(t('failed'));
    } finally {
      setBusy(false);
    }
  }

  return { run, message, busy };
}
