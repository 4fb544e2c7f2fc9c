import type { Workspace } from '@/domain/entities/workspace';
import { MAX_SKEMA_COPIES } from '@/domain/paper-forms';
import type { PdfFile, PdfResources } from './exports';
import { fileOf } from './file-name';
import { tallySheetModel, vurderingsskemaModel, type PaperFormsData } from './paper-forms-model';
import { renderPdf } from './render';

function collectPaperForms(workspace: Workspace, roundId: string): PaperFormsData | null {
  const round = workspace.assessments.find((candidate) => candidate.id === roundId);
  if (!round) return null;
  const team = workspace.teams.find((candidate) => candidate.id === round.teamId);
  return { teamName: team?.name ?? '', isoDate: round.date, roundLabel: round.label };
}

/** The round's vurderingsskema to print, `copies` A4 pages (1–MAX_SKEMA_COPIES); null for an unknown round. */
export function vurderingsskemaFile(
  workspace: Workspace,
  roundId: string,
  copies: number,
  { language, labels, toolkit, fonts }: PdfResources,
): PdfFile | null {
  const count = Math.min(MAX_SKEMA_COPIES, Math.max(1, Math.floor(copies)));
  return fileOf(
    collectPaperForms(workspace, roundId),
    (data) => renderPdf(vurderingsskemaModel(data, count, labels, { language, toolkit }), fonts),
    (data) => ({ kind: labels.paperForms.skemaFileName, isoDate: data.isoDate }),
  );
}

/** The tally sheet for counting the round's paper slips; null for an unknown round. */
export function tallySheetFile(
  workspace: Workspace,
  roundId: string,
  { language, labels, toolkit, fonts }: PdfResources,
): PdfFile | null {
  return fileOf(
    collectPaperForms(workspace, roundId),
    (data) => renderPdf(tallySheetModel(data, labels, { language, toolkit }), fonts),
    (data) => ({ kind: labels.paperForms.tallyFileName, isoDate: data.isoDate }),
  );
}
