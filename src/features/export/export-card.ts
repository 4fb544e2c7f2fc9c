import type { PdfJob } from '@/components/use-pdf-download';
import type { Workspace } from '@/domain/entities/workspace';

/** What every document card on the export screen gets from the page. */
export interface ExportCardProps {
  teamId: string;
  /** Build and download a document; the page announces the result. */
  run: (name: string, job: PdfJob) => Promise<void>;
  busy: boolean;
  /** ISO date of today. */
  today: string;
  /** The workspace as it is at click time. */
  current: () => Workspace;
}
