import { toolkitDa } from '@/content/da/toolkit';
import { THEME_IDS } from '@/content/ids';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Meeting } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import { tableProcessSteps } from '@/domain/table-process';
import { diskFonts } from '../../../tests/pdf-fonts';
import { flat, readPdf } from '../../../tests/pdf-text';
import { loadPdfResources, tableSheetsFile } from './exports';

const da = await loadPdfResources('da', Promise.resolve(diskFonts));
const en = await loadPdfResources('en', Promise.resolve(diskFonts));
const createdAt = '2026-11-01T10:00:00.000Z';

function workspaceWith(meeting: Partial<Meeting>): Workspace {
  return {
    ...emptyWorkspace(),
    teams: [{ id: 't1', name: 'Løn & Økonomi', createdAt }],
    meetings: [
      {
        id: 'm1',
        teamId: 't1',
        runbookId: 'dialogmoede',
        themeIds: [],
        assessmentRoundId: null,
        date: '2026-12-01',
        startTime: '09:00',
        place: 'Ærø',
        tovholdere: 'Åse',
        stepMinutes: {},
        createdAt,
        ...meeting,
      } as Meeting,
    ],
  };
}

describe('the dialogmøde table sheets', () => {
  it.each([3, 6])('prints one A4 page for each of %s tables with its theme and steps 2–5', async (count) => {
    const themeIds = THEME_IDS.slice(0, count);
    const file = tableSheetsFile(workspaceWith({ themeIds: [...themeIds] }), 'm1', da);
    expect(file?.fileName).toMatch(/^ark-til-bordene-/);
    const pdf = await readPdf(file!.bytes);
    expect(pdf.pages).toHaveLength(count);
    expect(pdf.sizes[0]!.map(Math.round)).toEqual([595, 842]);
    themeIds.forEach((themeId, index) => {
      const page = flat(pdf.pages[index]!);
      expect(page).toContain(`Bord ${index + 1}: ${toolkitDa.themes[themeId].name}`);
      expect(page).toContain(`Side ${index + 1} af ${count}`);
      const steps = tableProcessSteps(themeId);
      expect(steps.map((step) => step.number)).toEqual([2, 3, 4, 5]);
      for (const step of steps) {
        const text = toolkitDa.runbooks[themeId].steps[step.id]!;
        expect(page).toContain(`${step.number}. ${text.title}`);
        // The toolkit's own questions, and the app's wording only with its label.
        for (const question of text.questions ?? []) expect(page).toContain(flat(question));
        const adaptations = text.adaptation ? [text.adaptation] : [];
        for (const adaptation of adaptations) {
          expect(page).toContain(flat(`Appens tilpasning til temaet (står ikke i værktøjet): ${adaptation}`));
        }
      }
      // No other table's theme on this page.
      for (const other of themeIds.filter((id) => id !== themeId)) {
        expect(page).not.toContain(`: ${toolkitDa.themes[other].name}`);
      }
    });
  });

  it('marks the step-4 adaptation in English too', async () => {
    const file = tableSheetsFile(workspaceWith({ themeIds: ['fordybelse'] }), 'm1', en);
    const page = flat((await readPdf(file!.bytes)).pages[0]!);
    expect(page).toContain('Table 1:');
    const step4 = tableProcessSteps('fordybelse').find((step) => step.number === 4)!;
    const text = en.toolkit.runbooks.fordybelse.steps[step4.id]!;
    for (const question of text.questions ?? []) expect(page).toContain(flat(question));
    expect(text.adaptation).toBeTruthy();
    expect(page).toContain('The app’s adaptation to this theme (not in the toolkit):');
  });

  it('offers nothing for a meeting on one theme, without themes, or unknown', () => {
    expect(
      tableSheetsFile(workspaceWith({ runbookId: 'fordybelse', themeIds: ['fordybelse'] }), 'm1', da),
    ).toBeNull();
    expect(tableSheetsFile(workspaceWith({ themeIds: [] }), 'm1', da)).toBeNull();
    expect(tableSheetsFile(workspaceWith({ themeIds: ['tillid'] }), 'nope', da)).toBeNull();
  });
});
