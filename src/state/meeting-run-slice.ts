import type { StateCreator } from 'zustand';
import type { Meeting, MeetingRun } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import {
  addMinuteToRun,
  finishRun,
  nextSpeakerInRun,
  nextStep,
  pauseRunTimer,
  previousStep,
  reopenRun,
  runSteps,
  skipStep,
  startRun,
  startRunTimer,
  goToStep,
  type RunStep,
} from '@/domain/meeting-run';
import { isRunning } from '@/domain/timer';
import { clock } from '@/lib/clock';

export interface MeetingRunSlice {
  /** Begin running the meeting at its first step; a meeting already under way is left as it is. */
  startMeeting: (meetingId: string) => void;
  startTimer: (meetingId: string) => void;
  pauseTimer: (meetingId: string) => void;
  /** Start when stopped, pause when running (the Space key). */
  toggleTimer: (meetingId: string) => void;
  addMinute: (meetingId: string) => void;
  nextStep: (meetingId: string) => void;
  previousStep: (meetingId: string) => void;
  skipStep: (meetingId: string) => void;
  goToStep: (meetingId: string, index: number) => void;
  nextSpeaker: (meetingId: string) => void;
  setNote: (meetingId: string, stepId: string, text: string) => void;
  setSound: (meetingId: string, on: boolean) => void;
  finishMeeting: (meetingId: string) => void;
  reopenMeeting: (meetingId: string) => void;
}

type RunChange = (run: MeetingRun, steps: RunStep[], nowMs: number) => MeetingRun;

export const createMeetingRunSlice: StateCreator<Workspace & MeetingRunSlice, [], [], MeetingRunSlice> = (
  set,
) => {
  const updateMeeting = (meetingId: string, change: (meeting: Meeting) => Meeting) =>
    set((state) => ({
      meetings: state.meetings.map((meeting) => (meeting.id === meetingId ? change(meeting) : meeting)),
    }));
  // Every run action reads the clock once, here, so the domain stays a pure function of time.
  const updateRun = (meetingId: string, change: RunChange) =>
    updateMeeting(meetingId, (meeting) =>
      meeting.run ? { ...meeting, run: change(meeting.run, runSteps(meeting), clock.now()) } : meeting,
    );

  return {
    startMeeting: (meetingId) =>
      updateMeeting(meetingId, (meeting) =>
        meeting.run ? meeting : { ...meeting, run: startRun(runSteps(meeting), clock.now()) },
      ),
    startTimer: (meetingId) => updateRun(meetingId, (run, _steps, now) => startRunTimer(run, now)),
    pauseTimer: (meetingId) => updateRun(meetingId, (run, _steps, now) => pauseRunTimer(run, now)),
    toggleTimer: (meetingId) =>
      updateRun(meetingId, (run, _steps, now) =>
        isRunning(run.timer) ? pauseRunTimer(run, now) : startRunTimer(run, now),
      ),
    addMinute: (meetingId) => updateRun(meetingId, (run) => addMinuteToRun(run)),
    nextStep: (meetingId) => updateRun(meetingId, nextStep),
    previousStep: (meetingId) => updateRun(meetingId, previousStep),
    skipStep: (meetingId) => updateRun(meetingId, skipStep),
    goToStep: (meetingId, index) =>
      updateRun(meetingId, (run, steps, now) => goToStep(run, steps, index, now)),
    nextSpeaker: (meetingId) => updateRun(meetingId, (run, _steps, now) => nextSpeakerInRun(run, now)),
    setNote: (meetingId, stepId, text) =>
      updateMeeting(meetingId, (meeting) => ({ ...meeting, notes: { ...meeting.notes, [stepId]: text } })),
    setSound: (meetingId, on) => updateRun(meetingId, (run) => ({ ...run, sound: on })),
    finishMeeting: (meetingId) => updateRun(meetingId, finishRun),
    reopenMeeting: (meetingId) => updateRun(meetingId, reopenRun),
  };
};
