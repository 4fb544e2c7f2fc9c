import { describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Workspace } from '@/domain/entities/workspace';
import { diskFonts } from '../../../tests/pdf-fonts';
import { flat, readPdf } from '../../../tests/pdf-text';
import { loadPdfResources, tallySheetFile, vurderingsskemaFile } from './exports';

const da = await loadPdfResources('da', Promise.resolve(diskFonts));
const en = await loadPdfResources('en', Promise.resolve(diskFonts));

const workspace: Workspace = {
  ...emptyWorkspace(),
  teams: [{ id: 't1', name: 'Løn & Økonomi', createdAt: '2026-11-01T10:00:00Z' }],
  assessments: [
    {
      id: 'r1',
      teamId: 't1',
      date: '2026-11-24',
      label: 'Før forsøget',
      responses: [],
      tally: {},
      choice: null,
      createdAt: '2026-11-01T10:00:00Z',
    },
  ],
};

const KEY_QUESTIONS_DA = [
  'Sammenhængskraft Hvad er det vigtigt, at vi er sammen om?',
  'Fleksibilitet Hvor meget plads skal der være til individuelle behov?',
  'Tilgængelighed Hvordan sikrer vi den nødvendige koordinering?',
  'Fordybelse Hvordan undgår vi at skylle fordybelsen ud med badevandet?',
  'Tillid Er du rigtigt på arbejde, når du arbejder hjemmefra?',
  'Retfærdighed Hvem får adgang til goderne på den hybride arbejdsplads?',
];

describe('the printed vurderingsskema, read back', () => {
  it.each([1, 3, 25])('prints %i participants on as many A4 pages, each a whole skema', async (copies) => {
    const file = vurderingsskemaFile(workspace, 'r1', copies, da);
    expect(file?.fileName).toBe('vurderingsskema-loen-oekonomi-2026-11-24.pdf');
    const pdf = await readPdf(file!.bytes);
    expect(pdf.pages).toHaveLength(copies);
    expect(
      pdf.sizes.every(([width, height]) => Math.round(width) === 595 && Math.round(height) === 842),
    ).toBe(true);
    for (const page of pdf.pages.map(flat)) {
      expect(page).toContain('Vurderingsskema Hvor har vi behov for et servicetjek?');
      expect(page).toContain('Afdeling/team: Løn & Økonomi');
      expect(page).toContain('Dato: 24. november 2026');
      expect(page).toContain('Runde: Før forsøget');
      expect(page).toContain('Skemaet er anonymt: skriv ikke dit navn.');
      expect(page).toContain(
        'Scor temaerne mellem 1 og 5, hvor 1 er Slet ikke vigtigt, og 5 er Meget vigtigt',
      );
      for (const theme of KEY_QUESTIONS_DA)
        expect(page).toContain(`${theme} 1 2 3 4 5 Slet ikke vigtigt Meget vigtigt`);
      expect(page).not.toMatch(/Navn/);
    }
    expect(pdf.info).toMatchObject({ Title: 'Vurderingsskema', Language: 'da' });
  });

  it('keeps the number of copies between 1 and 200', async () => {
    expect((await readPdf(vurderingsskemaFile(workspace, 'r1', 0, da)!.bytes)).pages).toHaveLength(1);
    expect((await readPdf(vurderingsskemaFile(workspace, 'r1', 500, da)!.bytes)).pages).toHaveLength(200);
  });

  it('prints in English with the English scale', async () => {
    const pdf = await readPdf(vurderingsskemaFile(workspace, 'r1', 1, en)!.bytes);
    const page = flat(pdf.pages[0]!);
    expect(page).toContain('Assessment form Where do we need a service check?');
    expect(page).toContain(
      'Trust Are you really at work when you work from home? 1 2 3 4 5 Not important at all Very important',
    );
    expect(page).toContain('Date: 24 November 2026');
  });

  it('makes nothing for an unknown round', () => {
    expect(vurderingsskemaFile(workspace, 'gone', 5, da)).toBeNull();
    expect(tallySheetFile(workspace, 'gone', da)).toBeNull();
  });
});

describe('the tally sheet, read back', () => {
  it('is one page laid out as the tally screen: a row per theme, columns 1–5 and the total', async () => {
    const file = tallySheetFile(workspace, 'r1', da)!;
    expect(file.fileName).toBe('optaelling-loen-oekonomi-2026-11-24.pdf');
    const pdf = await readPdf(file.bytes);
    expect(pdf.pages).toHaveLength(1);
    const page = flat(pdf.pages[0]!);
    expect(page).toContain('Optælling af vurderingsskemaer');
    expect(page).toContain('Afdeling/team: Løn & Økonomi');
    expect(page).toContain('Tema 1 2 3 4 5 I alt');
    expect(page).toContain('Sammenhængskraft Fleksibilitet Tilgængelighed Fordybelse Tillid Retfærdighed');
    expect(page).toContain('Antal skemaer talt op');
  });

  it('is English with English labels', async () => {
    const page = flat((await readPdf(tallySheetFile(workspace, 'r1', en)!.bytes)).pages[0]!);
    expect(page).toContain('Theme 1 2 3 4 5 Total');
    expect(page).toContain('Cohesion Flexibility Availability Deep work Trust Fairness');
  });
});
