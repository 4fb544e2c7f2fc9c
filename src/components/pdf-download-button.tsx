import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/i18n/languages';
import { usePdfDownload, type PdfJob } from './use-pdf-download';

interface PdfDownloadButtonProps {
  /** The button's text, e.g. "Udskriv handleplan (PDF)". */
  label: string;
  /** What the progress message calls the document; the label when left out. */
  name?: string;
  job: PdfJob;
  className?: string;
}

/** One click to a PDF in the screen's language, with progress and result read out by screen readers. */
export function PdfDownloadButton({ label, name, job, className = 'button' }: PdfDownloadButtonProps) {
  const { i18n } = useTranslation();
  const { run, message, busy } = usePdfDownload(isLanguage(i18n.language) ? i18n.language : 'da');
  return (
    <span className="pdf-download">
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={() => void run(name ?? label, job)}
      >
        {label}
      </button>
      <span className="pdf-download-status" role="status" aria-live="polite">
        {message}
      </span>
    </span>
  );
}
