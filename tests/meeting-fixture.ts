import type { Meeting, MeetingRun } from '@/domain/entities/meeting';

/**
 * Team t1's meeting on tillid (its drejebog), 23 November 2026 at 09:00, 90 minutes for three
 * participants in one group, decision B, not yet run: the one the meeting's live tests share.
 */
export function tillidMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    teamId: 't1',
    runbookId: 'tillid',
    themeIds: ['tillid'],
    assessmentRoundId: null,
    date: '2026-11-23',
    startTime: '09:00',
    place: '',
    availableMinutes: 90,
    participants: 3,
    groups: 1,
    tovholdere: '',
    decisionMode: 'B',
    stepMinutes: {},
    checklist: {},
    notes: {},
    run: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/**
 * Team t1's dialogmøde on tillid and fordybelse the same morning: 150 minutes for twelve participants
 * at two tables, decision A, not yet run.
 */
export function dialogMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return tillidMeeting({
    id: 'm2',
    runbookId: 'dialogmoede',
    themeIds: ['tillid', 'fordybelse'],
    availableMinutes: 150,
    participants: 12,
    groups: 2,
    decisionMode: 'A',
    ...overrides,
  });
}

/**
 * A run standing on step `stepIndex` (counted from 0) with its countdown of `durationMs` not yet started
 * and nothing logged: what the room and the phones are shown of that step.
 */
export function runOnStep(stepIndex: number, durationMs: number): MeetingRun {
  return {
    stepIndex,
    timer: { durationMs, startedAt: null, elapsedMs: 0 },
    speakers: null,
    log: [],
    startedAt: 0,
    finishedAt: null,
    stepTimers: {},
    sound: false,
  };
}
