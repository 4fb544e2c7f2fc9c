import type { StateCreator } from 'zustand';
import { THEME_IDS, type ThemeId } from '@/content/ids';
import type {
  AssessmentResponse,
  AssessmentRound,
  LivePhase,
  RunbookChoice,
  ScoreCounts,
} from '@/domain/entities/assessment';
import type { Workspace } from '@/domain/entities/workspace';
import { isValidCounts } from '@/domain/scores';
import { nowIso } from '@/lib/clock';
import { createId } from '@/lib/id';

export interface NewResponse {
  name?: string;
  scores: AssessmentResponse['scores'];
  source?: AssessmentResponse['source'];
  /** For an imported row: how it is known again (see `AssessmentResponse.importRef`). */
  importKey?: string;
}

export interface AssessmentsSlice {
  /** Start a dated scoring round for a team; returns its id. */
  addRound: (teamId: string, date: string, label?: string) => string;
  updateRound: (id: string, changes: Partial<Pick<AssessmentRound, 'date' | 'label'>>) => void;
  /** Remove a round and return a function that puts it back where it was. */
  deleteRound: (id: string) => () => void;
  /** Add one participant's answer; returns its id. */
  addResponse: (roundId: string, response: NewResponse) => string;
  updateResponse: (
    roundId: string,
    responseId: string,
    changes: Partial<Pick<AssessmentResponse, 'name' | 'scores'>>,
  ) => void;
  /** Remove an answer and return a function that puts it back where it was. */
  deleteResponse: (roundId: string, responseId: string) => () => void;
  /** Add imported answers in one step; returns how many were added. */
  importResponses: (roundId: string, responses: readonly NewResponse[]) => number;
  /** Set one theme's tallied counts; invalid counts are refused (returns false). */
  setTally: (roundId: string, themeId: ThemeId, counts: readonly number[]) => boolean;
  /** The facilitator's own choice; null follows the recommendation. */
  setChoice: (roundId: string, choice: RunbookChoice | null) => void;
  /** Open, close or reveal the round on the phones; null stops collecting from phones. */
  setLivePhase: (roundId: string, phase: LivePhase | null) => void;
  /**
   * Save a phone's ballot as the round's anonymous response for that phone: a changed ballot replaces
   * the phone's earlier answer, so nothing is counted twice. Only while the round is open; an empty
   * ballot changes nothing.
   */
  saveLiveBallot: (roundId: string, pid: string, scores: AssessmentResponse['scores']) => LiveBallotResult;
}

export type LiveBallotResult = 'added' | 'updated' | 'unchanged' | 'ignored';

/** The response id of a phone's answer: derived from its random ballot id, which names no person. */
export const liveResponseId = (pid: string) => `live-${pid}`;

const sameScores = (a: AssessmentResponse['scores'], b: AssessmentResponse['scores']) =>
  THEME_IDS.every((id) => a[id] === b[id]);

function makeResponse({ name = '', scores, source = 'sheet' }: NewResponse): AssessmentResponse {
  return { id: createId(), name: name.trim(), scores, source, createdAt: nowIso() };
}

/** Imported answers carry no name: the file's name and e-mail columns are never read. */
function makeImported({ scores, importKey }: NewResponse, batch: string): AssessmentResponse {
  const response = makeResponse({ scores, source: 'import' });
  return importKey ? { ...response, importRef: { batch, key: importKey.slice(0, 120) } } : response;
}

export const createAssessmentsSlice: StateCreator<Workspace & AssessmentsSlice, [], [], AssessmentsSlice> = (
  set,
) => {
  const updateOne = (id: string, update: (round: AssessmentRound) => AssessmentRound) =>
    set((state) => ({
      assessments: state.assessments.map((round) => (round.id === id ? update(round) : round)),
    }));

  return {
    addRound: (teamId, date, label = '') => {
      const round: AssessmentRound = {
        id: createId(),
        teamId,
        date,
        label: label.trim(),
        responses: [],
        tally: {},
        choice: null,
        createdAt: nowIso(),
      };
      set((state) => ({ assessments: [...state.assessments, round] }));
      return round.id;
    },
    updateRound: (id, changes) =>
      updateOne(id, (round) => ({ ...round, ...changes, label: (changes.label ?? round.label).trim() })),
    deleteRound: (id) => {
      let removed: { round: AssessmentRound; index: number } | null = null;
      set((state) => {
        const index = state.assessments.findIndex((round) => round.id === id);
        const round = state.assessments[index];
        if (!round) return {};
        removed = { round, index };
        return { assessments: state.assessments.filter((r) => r.id !== id) };
      });
      return () =>
        set((state) => {
          if (!removed || state.assessments.some((r) => r.id === id)) return {};
          const next = [...state.assessments];
          next.splice(removed.index, 0, removed.round);
          return { assessments: next };
        });
    },
    addResponse: (roundId, response) => {
      const made = makeResponse(response);
      updateOne(roundId, (round) => ({ ...round, responses: [...round.responses, made] }));
      return made.id;
    },
    updateResponse: (roundId, responseId, changes) =>
      updateOne(roundId, (round) => ({
        ...round,
        responses: round.responses.map((r) =>
          r.id === responseId ? { ...r, ...changes, name: (changes.name ?? r.name).slice(0, 200) } : r,
        ),
      })),
    deleteResponse: (roundId, responseId) => {
      let removed: { response: AssessmentResponse; index: number } | null = null;
      updateOne(roundId, (round) => {
        const index = round.responses.findIndex((r) => r.id === responseId);
        const response = round.responses[index];
        if (!response) return round;
        removed = { response, index };
        return { ...round, responses: round.responses.filter((r) => r.id !== responseId) };
      });
      return () =>
        updateOne(roundId, (round) => {
          if (!removed || round.responses.some((r) => r.id === responseId)) return round;
          const responses = [...round.responses];
          responses.splice(removed.index, 0, removed.response);
          return { ...round, responses };
        });
    },
    importResponses: (roundId, responses) => {
      const batch = createId();
      const made = responses.map((response) => makeImported(response, batch));
      updateOne(roundId, (round) => ({ ...round, responses: [...round.responses, ...made] }));
      return made.length;
    },
    setTally: (roundId, themeId, counts) => {
      if (!isValidCounts(counts)) return false;
      const tallied: ScoreCounts = [...counts] as ScoreCounts;
      updateOne(roundId, (round) => ({ ...round, tally: { ...round.tally, [themeId]: tallied } }));
      return true;
    },
    setChoice: (roundId, choice) => updateOne(roundId, (round) => ({ ...round, choice })),
    setLivePhase: (roundId, phase) =>
      updateOne(roundId, ({ livePhase: _stopped, ...round }) =>
        phase ? { ...round, livePhase: phase } : round,
      ),
    saveLiveBallot: (roundId, pid, scores) => {
      let result: LiveBallotResult = 'ignored';
      const id = liveResponseId(pid);
      updateOne(roundId, (round) => {
        if (round.livePhase !== 'open' || Object.keys(scores).length === 0) return round;
        const earlier = round.responses.find((response) => response.id === id);
        if (earlier && sameScores(earlier.scores, scores)) {
          result = 'unchanged';
          return round;
        }
        result = earlier ? 'updated' : 'added';
        const response: AssessmentResponse = earlier
          ? { ...earlier, scores }
          : { id, name: '', scores, source: 'live', createdAt: nowIso() };
        return {
          ...round,
          responses: earlier
            ? round.responses.map((r) => (r.id === id ? response : r))
            : [...round.responses, response],
        };
      });
      return result;
    },
  };
};
