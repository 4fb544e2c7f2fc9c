import type { Workspace } from '@/domain/entities/workspace';
import type { PdfFile, PdfResources } from './exports';
import { pdfFileName } from './file-name';
import { tallySheetModel, vurderingsskemaModel, type PaperFormsData } from './paper-forms-model';
import { renderPdf } from './render';

/** The most sheets one download makes: a large department, with some to spare. */
export const MAX_SKEMA_COPIES = 200;

function collectPaperForms(workspace: Workspace, roundId: string): PaperFormsData | null {
  const round = workspace.assessments.find((candidate) => candidate.id === roundId);
  if (!round) return null;
  const team = workspace.teams.find((candidate) => candidate.id === round.teamId);
  return { teamName: team?.name ?? '', isoDate: round.date, roundLabel: round.label };
}

/** The round's vurderingsskema to print, `copies` A4 pages (1–200); null for an unknown round. */
export function vurderingsskemaFile(
  workspace: Workspace,
  roundId: string,
  copies: number,
  { language, labels, toolkit, fonts }: PdfResources,
): PdfFile | null {
  const data = collectPaperForms(workspace, roundId);
  const count = Math.min(MAX_SKEMA_COPIES, Math.max(1, Math.floor(copies)));
  return (
    data && {
      bytes: renderPdf(vurderingsskemaModel(data, count, labels, { language, toolkit }), fonts),
      fileName: pdfFileName(labels.paperForms.skemaFileName, data.teamName, data.isoDate),
    }
  );
}

/** The tally sheet for counting the round's paper slips; null for an unknown round. */
export function tallySheetFile(
  workspace: Workspace,
  roundId: string,
  { language, labels, toolkit, fonts }: PdfResources,
): PdfFile | null {
  const data = collectPaperForms(workspace, roundId);
  return (
    data && {
      bytes: renderPdf(tallySheetModel(data, labels, { language, toolkit }), fonts),
      fileName: pdfFileName(labels.paperForms.tallyFileName, data.teamName, data.isoDate),
    }
  );
}
