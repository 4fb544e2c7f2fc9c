import { describe, expect, it } from 'vitest';
import { loadToolkit } from '@/content/toolkit';
import type { Meeting } from '@/domain/entities/meeting';
import { parseAnyBoard } from '@/live/protocol';
import { dialogMeeting, runOnStep } from '../../tests/meeting-fixture';
import { meetingBoardOf } from './meeting-live-board';

const dialog = (stepIndex: number): Meeting =>
  dialogMeeting({
    run: runOnStep(stepIndex, 60_000),
    livePhones: true,
    updatedAt: '2026-11-20T10:00:00.000Z',
  });

describe("the dialogmøde tables on the phones' board", () => {
  it("carries each table's process (its drejebog's steps 2–5) during the group work only", async () => {
    const toolkit = await loadToolkit('da');
    const board = (stepIndex: number) =>
      meetingBoardOf({
        meeting: dialog(stepIndex),
        proposals: [],
        groups: [],
        toolkit,
        title: 'Dialogmøde',
        nowMs: 1,
      });

    const working = board(1);
    expect(working.step?.activity).toBe('groupWork');
    const fordybelse = working.tables[1]!;
    expect(fordybelse.themeId).toBe('fordybelse');
    expect(fordybelse.process?.map((step) => step.number)).toEqual([2, 3, 4, 5]);
    expect(fordybelse.process?.[0]).toMatchObject({ title: 'Individuel refleksion', duration: '5 minutter' });
    expect(fordybelse.process?.[0]?.questions).toEqual(
      toolkit.runbooks.fordybelse.steps.reflection?.questions,
    );
    expect(working.tables[0]!.process?.[0]?.questions).toEqual(
      toolkit.runbooks.tillid.steps.reflection?.questions,
    );
    // As a phone reads it back: the process survives the protocol's checks whole.
    const read = parseAnyBoard({ ...working, seq: 1 });
    expect(read?.kind === 'meeting' && read.tables).toEqual(working.tables);

    expect(board(0).tables.every((table) => table.process === undefined)).toBe(true);
    expect(board(2).tables.every((table) => table.process === undefined)).toBe(true);
    expect(board(2).tables.map((table) => table.themeId)).toEqual(['tillid', 'fordybelse']);
  });
});
