import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { NewMeeting } from './meetings-slice';
import { useWorkspace } from './workspace-store';

const plan: NewMeeting = {
  teamId: 't1',
  runbookId: 'tillid',
  themeIds: ['tillid'],
  date: '2026-11-24',
  startTime: '09:00',
  availableMinutes: 90,
  participants: 12,
  groups: 1,
  tovholdere: 'Anna',
  place: '',
  decisionMode: 'A',
};

describe('meetings slice', () => {
  beforeEach(() => useWorkspace.setState(emptyWorkspace()));

  it('creates a meeting with an empty checklist, no notes and no run', () => {
    const id = useWorkspace.getState().createMeeting(plan);
    expect(useWorkspace.getState().meetings).toEqual([
      expect.objectContaining({ ...plan, id, stepMinutes: {}, checklist: {}, notes: {}, run: null }),
    ]);
  });

  it('updates plan fields, step edits and the checklist', () => {
    const { createMeeting, updateMeeting, setStepMinutes, setChecklistItem } = useWorkspace.getState();
    const id = createMeeting(plan);
    updateMeeting(id, { participants: 20, place: 'Kantinen' });
    setStepMinutes(id, 'welcome', 10);
    setStepMinutes(id, 'round', 30);
    setStepMinutes(id, 'welcome', null);
    setChecklistItem(id, 0, true);
    expect(useWorkspace.getState().meetings[0]).toMatchObject({
      participants: 20,
      place: 'Kantinen',
      stepMinutes: { round: 30 },
      checklist: { '0': true },
    });
  });

  it('duplicates the plan on a new date without the checklist, notes or run', () => {
    const { createMeeting, setChecklistItem, duplicateMeeting } = useWorkspace.getState();
    const id = createMeeting({ ...plan, stepMinutes: { welcome: 8 } });
    setChecklistItem(id, 0, true);
    const copyId = duplicateMeeting(id, '2027-01-05');
    const copy = useWorkspace.getState().meetings.find((m) => m.id === copyId);
    expect(copy).toMatchObject({ ...plan, date: '2027-01-05', stepMinutes: { welcome: 8 }, checklist: {} });
    expect(copyId).not.toBe(id);
    expect(duplicateMeeting('missing', '2027-01-05')).toBeNull();
  });

  it('deletes a meeting and restores it at its old place', () => {
    const { createMeeting, deleteMeeting, restoreMeeting } = useWorkspace.getState();
    const ids = [createMeeting(plan), createMeeting(plan), createMeeting(plan)];
    const removed = deleteMeeting(ids[1] ?? '');
    expect(useWorkspace.getState().meetings.map((m) => m.id)).toEqual([ids[0], ids[2]]);
    if (!removed) throw new Error('nothing removed');
    restoreMeeting(removed.meeting, removed.index);
    restoreMeeting(removed.meeting, removed.index);
    expect(useWorkspace.getState().meetings.map((m) => m.id)).toEqual(ids);
  });
});
