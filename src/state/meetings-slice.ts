import type { StateCreator } from 'zustand';
import type { Meeting } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import type { MeetingPlanValues } from '@/domain/meeting-plan';
import { nowIso } from '@/lib/clock';
import { createId } from '@/lib/id';

export interface NewMeeting extends MeetingPlanValues {
  assessmentRoundId?: string | null;
  stepMinutes?: Record<string, number>;
}

export interface MeetingsSlice {
  /** Add a planned meeting; returns its id. */
  createMeeting: (plan: NewMeeting) => string;
  /** Change plan fields of a meeting; unknown ids are ignored. */
  updateMeeting: (id: string, changes: Partial<MeetingPlanValues>) => void;
  /** Set a step's length in minutes, or drop the edit with null so the toolkit's length applies. */
  setStepMinutes: (id: string, stepId: string, minutes: number | null) => void;
  /** Replace all step edits at once (taking an advice). */
  replaceStepMinutes: (id: string, stepMinutes: Record<string, number>) => void;
  /** Tick or untick a "før mødet" item by its index. */
  setChecklistItem: (id: string, index: number, done: boolean) => void;
  /** Copy a meeting's plan to a new, unstarted meeting on the given date; returns the new id. */
  duplicateMeeting: (id: string, date: string) => string | null;
  /** Remove a meeting and return it with its position, so an undo can put it back. */
  deleteMeeting: (id: string) => { meeting: Meeting; index: number } | null;
  /** Put a deleted meeting back where it was. */
  restoreMeeting: (meeting: Meeting, index: number) => void;
}

function patchMeeting(state: Workspace, id: string, patch: (meeting: Meeting) => Meeting) {
  return { meetings: state.meetings.map((m) => (m.id === id ? patch(m) : m)) };
}

export const createMeetingsSlice: StateCreator<Workspace & MeetingsSlice, [], [], MeetingsSlice> = (
  set,
  get,
) => ({
  createMeeting: ({ assessmentRoundId = null, stepMinutes = {}, ...plan }) => {
    const meeting: Meeting = {
      ...plan,
      id: createId(),
      assessmentRoundId,
      stepMinutes,
      checklist: {},
      notes: {},
      run: null,
      createdAt: nowIso(),
    };
    set((state) => ({ meetings: [...state.meetings, meeting] }));
    return meeting.id;
  },
  updateMeeting: (id, changes) => set((state) => patchMeeting(state, id, (m) => ({ ...m, ...changes }))),
  setStepMinutes: (id, stepId, minutes) =>
    set((state) =>
      patchMeeting(state, id, (m) => {
        const { [stepId]: _dropped, ...rest } = m.stepMinutes;
        return { ...m, stepMinutes: minutes === null ? rest : { ...rest, [stepId]: minutes } };
      }),
    ),
  replaceStepMinutes: (id, stepMinutes) =>
    set((state) => patchMeeting(state, id, (m) => ({ ...m, stepMinutes: { ...stepMinutes } }))),
  setChecklistItem: (id, index, done) =>
    set((state) =>
      patchMeeting(state, id, (m) => ({ ...m, checklist: { ...m.checklist, [String(index)]: done } })),
    ),
  duplicateMeeting: (id, date) => {
    const source = get().meetings.find((m) => m.id === id);
    if (!source) return null;
    const copy: Meeting = {
      ...source,
      id: createId(),
      date,
      themeIds: [...source.themeIds],
      stepMinutes: { ...source.stepMinutes },
      checklist: {},
      notes: {},
      run: null,
      createdAt: nowIso(),
    };
    set((state) => ({ meetings: [...state.meetings, copy] }));
    return copy.id;
  },
  deleteMeeting: (id) => {
    const index = get().meetings.findIndex((m) => m.id === id);
    const meeting = get().meetings[index];
    if (!meeting) return null;
    set((state) => ({ meetings: state.meetings.filter((m) => m.id !== id) }));
    return { meeting, index };
  },
  restoreMeeting: (meeting, index) =>
    set((state) => {
      if (state.meetings.some((m) => m.id === meeting.id)) return {};
      const meetings = [...state.meetings];
      meetings.splice(Math.min(index, meetings.length), 0, meeting);
      return { meetings };
    }),
});
