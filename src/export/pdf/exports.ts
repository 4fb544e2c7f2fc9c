import type { CheckInWeek } from '@/content/ids';
import { loadToolkit } from '@/content/toolkit';
import { downloadBlob } from '@/lib/download';
import type { ToolkitText } from '@/content/types';
import type { Language } from '@/i18n/languages';
import type { Workspace } from '@/domain/entities/workspace';
import { checkInModel } from './check-in-model';
import { collectCheckIn, collectHandleplan, collectInvitation, collectTableSheets } from './collect';
import { collectReport, type ReportScope } from './report-collect';
import type {
  CheckInSheetData,
  HandleplanPosterData,
  InvitationData,
  ReportData,
  TableSheetsData,
} from './document-data';
import { handleplanModel } from './handleplan-model';
import { invitationModel } from './invitation-model';
import { loadPdfFonts, type PdfFonts } from './fonts';
import type { PdfLabels, ResultLabels, VoteLabels } from './labels';
import { renderPdf } from './render';
import { reportModel } from './report-model';
import { tableSheetModel } from './table-sheet-model';

// The entry the export screen loads with `await import('@/export/pdf/exports')`: jsPDF comes with it.

import { fileOf, pdfFileName } from './file-name';
import type { PaperFormat } from '@/domain/paper-forms';

export { pdfFileName };
export { tallySheetFile, vurderingsskemaFile } from './paper-forms';

/** What every builder needs in the document's language: the `pdf` labels and the toolkit's own words. */
export interface PdfResources {
  language: Language;
  labels: PdfLabels;
  /** The dot vote's words (`liveMeeting.report`), for the report. */
  voteLabels: VoteLabels;
  /** The round's result in the assessment screen's own words. */
  result: ResultLabels;
  toolkit: ToolkitText;
  fonts: PdfFonts;
}

const resultLoaders: Record<Language, () => Promise<ResultLabels>> = {
  da: () => import('@/i18n/locales/da/assessment').then((module) => module.default.result),
  en: () => import('@/i18n/locales/en/assessment').then((module) => module.default.result),
};

const labelLoaders: Record<Language, () => Promise<PdfLabels>> = {
  da: () => import('@/i18n/locales/da/pdf').then((module) => module.default),
  en: () => import('@/i18n/locales/en/pdf').then((module) => module.default),
};

const voteLabelLoaders: Record<Language, () => Promise<VoteLabels>> = {
  da: () => import('@/i18n/locales/da/liveMeeting').then((module) => module.default.report),
  en: () => import('@/i18n/locales/en/liveMeeting').then((module) => module.default.report),
};

/**
 * Labels and toolkit text for a language, independent of the language the screen is shown in, and
 * the font. Tests in Node pass the font files read from disk, since there is nothing to fetch from.
 */
export async function loadPdfResources(
  language: Language,
  fonts: Promise<PdfFonts> = loadPdfFonts(),
): Promise<PdfResources> {
  const [labels, voteLabels, result, toolkit, loadedFonts] = await Promise.all([
    labelLoaders[language](),
    voteLabelLoaders[language](),
    resultLoaders[language](),
    loadToolkit(language),
    fonts,
  ]);
  return { language, labels, voteLabels, result, toolkit, fonts: loadedFonts };
}

export function buildHandleplanPdf(
  data: HandleplanPosterData,
  { language, labels, toolkit, fonts }: PdfResources,
  format: PaperFormat = 'a4',
): Uint8Array {
  return renderPdf(
    handleplanModel(data, labels, { language, format, columns: toolkit.handleplan.columns }),
    fonts,
  );
}

export function buildInvitationPdf(
  data: InvitationData,
  { language, labels, fonts }: PdfResources,
): Uint8Array {
  return renderPdf(invitationModel(data, labels, language), fonts);
}

export function buildReportPdf(
  data: ReportData,
  { language, labels, voteLabels, toolkit, fonts }: PdfResources,
): Uint8Array {
  return renderPdf(
    reportModel(data, labels, {
      language,
      columns: toolkit.handleplan.columns,
      questions: toolkit.sixWeeks.questions,
      vote: voteLabels,
    }),
    fonts,
  );
}

export function buildCheckInPdf(
  data: CheckInSheetData,
  { language, labels, toolkit, fonts }: PdfResources,
): Uint8Array {
  return renderPdf(
    checkInModel(data, labels, {
      language,
      leadIn: toolkit.sixWeeks.checkInLeadIn,
      questions: toolkit.sixWeeks.questions,
    }),
    fonts,
  );
}

/** A built document and the name to save it under. */
export interface PdfFile {
  bytes: Uint8Array;
  fileName: string;
}

/** The team's handleplan poster on ISO date `today`; null when the team has no experiments. */
export function handleplanFile(
  workspace: Workspace,
  teamId: string,
  today: string,
  resources: PdfResources,
  format: PaperFormat = 'a4',
): PdfFile | null {
  return fileOf(
    collectHandleplan(workspace, teamId, today, resources),
    (data) => buildHandleplanPdf(data, resources, format),
    () => ({ kind: resources.labels.fileNames.handleplan, isoDate: today }),
  );
}

/** The meeting's invitation and dagsorden, named by the meeting's date; null for an unknown meeting. */
export function invitationFile(
  workspace: Workspace,
  meetingId: string,
  resources: PdfResources,
): PdfFile | null {
  return fileOf(
    collectInvitation(workspace, meetingId, resources),
    (data) => buildInvitationPdf(data, resources),
    (data) => ({ kind: resources.labels.fileNames.invitation, isoDate: data.isoDate }),
  );
}

/** The full report of a team: everything, or what lies in the scope's period; null when there is nothing in it. */
export function reportFile(
  workspace: Workspace,
  teamId: string,
  scope: ReportScope,
  resources: PdfResources,
): PdfFile | null {
  return fileOf(
    collectReport(workspace, teamId, scope, resources),
    (data) => buildReportPdf(data, resources),
    () => ({ kind: resources.labels.fileNames.report, isoDate: scope.today }),
  );
}

/** The stop op sheet for an experiment's week-2 or week-4 check-in; null for an unknown experiment. */
export function checkInFile(
  workspace: Workspace,
  experimentId: string,
  week: CheckInWeek,
  resources: PdfResources,
): PdfFile | null {
  return fileOf(
    collectCheckIn(workspace, experimentId, week),
    (data) => buildCheckInPdf(data, resources),
    (data) => ({ kind: `${resources.labels.fileNames.checkIn}-${week}`, isoDate: data.isoDate }),
  );
}

export function buildTableSheetsPdf(
  data: TableSheetsData,
  { language, labels, fonts }: PdfResources,
): Uint8Array {
  return renderPdf(tableSheetModel(data, labels, language), fonts);
}

/** A dialogmøde's table sheets, one page per table; null when the meeting is not a dialogmøde with themes. */
export function tableSheetsFile(
  workspace: Workspace,
  meetingId: string,
  resources: PdfResources,
): PdfFile | null {
  return fileOf(
    collectTableSheets(workspace, meetingId, resources),
    (data) => buildTableSheetsPdf(data, resources),
    (data) => ({ kind: resources.labels.fileNames.tableSheets, isoDate: data.isoDate }),
  );
}

/** Hand the PDF to the browser as a download with the given file name. */
export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  downloadBlob(fileName, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
}
