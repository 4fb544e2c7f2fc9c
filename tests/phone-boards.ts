import type { LiveStep, MeetingBoardState, StopOpBoardState } from '@/live/protocol';

/** The room in the phone page's tests: its id, its key and the address a QR code gives. */
export const SID = 'AAECAwQFBgcICQoLDA0ODw';
export const KEY = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';
export const HASH = `#r=${SID}&k=${KEY}`;

/** The meeting's step 2, individual reflection, with no clock running. */
export const liveStep = (patch: Partial<LiveStep> = {}): LiveStep => ({
  index: 1,
  count: 6,
  id: 'reflection',
  title: 'Individuel refleksion',
  activity: 'reflection',
  timer: null,
  questions: [],
  speaker: null,
  ...patch,
});

/** A meeting on tillid on its reflection step, taking no proposals and holding no vote. */
export const meetingBoard = (patch: Partial<MeetingBoardState> = {}): MeetingBoardState => ({
  seq: 1,
  kind: 'meeting',
  meetingId: 'meeting-1',
  title: 'Tillid',
  sentAt: 100_000,
  step: liveStep(),
  finished: false,
  tables: [],
  proposals: { open: false, themes: ['tillid'] },
  vote: null,
  ...patch,
});

/** The week-2 stop op of "Fast mødedag om tirsdagen", open for answers. */
export const stopOpBoard = (patch: Partial<StopOpBoardState> = {}): StopOpBoardState => ({
  seq: 1,
  kind: 'stopOp',
  experimentId: 'exp-1',
  week: 2,
  themeId: 'tillid',
  title: 'Fast mødedag om tirsdagen',
  phase: 'open',
  ...patch,
});
