import { useMemo, useState } from 'react';
import { DIALOGMOEDE } from '@/content/ids';
import { buildAgenda, suggestedGroups, type Agenda } from '@/domain/agenda';
import { adviseAgenda, type AdvicePatch, type AgendaAdvice } from '@/domain/agenda-advice';
import {
  meetingThemes,
  parsePlanDraft,
  PLAN_LIMITS,
  type MeetingPlanDraft,
  type MeetingPlanValues,
  type PlanError,
  type PlanField,
} from '@/domain/meeting-plan';
import { parseWholeNumber } from '@/domain/whole-number';

/** Values the agenda falls back on while a field holds text that is not (yet) valid. */
export type AgendaFallback = Pick<
  MeetingPlanValues,
  'participants' | 'groups' | 'startTime' | 'availableMinutes'
>;

export interface PlanEditor {
  draft: MeetingPlanDraft;
  values: Partial<MeetingPlanValues>;
  errors: Partial<Record<PlanField, PlanError>>;
  /** Errors of fields the user has changed, or all after `revealErrors`. */
  visibleErrors: Partial<Record<PlanField, PlanError>>;
  agenda: Agenda;
  advice: AgendaAdvice[];
  availableMinutes: number;
  suggestedGroups: number;
  /** Apply a change; returns the new draft and its parsed values, for screens that save as typed. */
  change: (patch: Partial<MeetingPlanDraft>) => {
    draft: MeetingPlanDraft;
    values: Partial<MeetingPlanValues>;
  };
  /** The draft changes an advice asks for (its step edits are the screen's to store). */
  draftPatchOf: (patch: AdvicePatch) => Partial<MeetingPlanDraft>;
  revealErrors: () => void;
}

function groupsSuggestion(draft: MeetingPlanDraft, fallbackParticipants: number): number {
  const { min, max } = PLAN_LIMITS.participants;
  const participants = parseWholeNumber(draft.participants, min, max) ?? fallbackParticipants;
  return suggestedGroups(participants, Math.max(1, meetingThemes(draft).length));
}

/**
 * The planner's working state: what is typed, what is valid, and the agenda and advice it gives.
 * The dialogmøde's tables follow the toolkit's suggestion until the user sets them by hand.
 */
export function usePlanEditor(
  initial: MeetingPlanDraft,
  fallback: AgendaFallback,
  stepMinutes: Readonly<Record<string, number>>,
  groupsSetByHand = false,
): PlanEditor {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<PlanField>>(new Set());
  const [revealed, setRevealed] = useState(false);
  const [manualGroups, setManualGroups] = useState(groupsSetByHand);

  const { values, errors } = useMemo(() => parsePlanDraft(draft), [draft]);
  const available = values.availableMinutes ?? fallback.availableMinutes;
  const input = {
    runbookId: draft.runbookId,
    participants: values.participants ?? fallback.participants,
    groups: values.groups ?? fallback.groups,
    decisionMode: draft.decisionMode,
    startTime: values.startTime ?? fallback.startTime,
    stepMinutes,
    availableMinutes: available,
  };
  const agenda = buildAgenda(input);
  const advice = adviseAgenda({ ...input, themeCount: meetingThemes(draft).length });

  const visibleErrors = revealed
    ? errors
    : Object.fromEntries(Object.entries(errors).filter(([field]) => touched.has(field as PlanField)));

  function change(patch: Partial<MeetingPlanDraft>) {
    let next = { ...draft, ...patch };
    const byHand = manualGroups || 'groups' in patch;
    if ('groups' in patch)
      setManualGroups(patch.groups !== String(groupsSuggestion(next, fallback.participants)));
    else if (!byHand && next.runbookId === DIALOGMOEDE) {
      next = { ...next, groups: String(groupsSuggestion(next, fallback.participants)) };
    }
    setDraft(next);
    setTouched((old) => new Set([...old, ...(Object.keys(patch) as PlanField[])]));
    return { draft: next, values: parsePlanDraft(next).values };
  }

  function draftPatchOf(patch: AdvicePatch): Partial<MeetingPlanDraft> {
    const result: Partial<MeetingPlanDraft> = {};
    if (patch.decisionMode) result.decisionMode = patch.decisionMode;
    if (patch.groups !== undefined) result.groups = String(patch.groups);
    if (patch.availableMinutes !== undefined) result.availableMinutes = String(patch.availableMinutes);
    return result;
  }

  return {
    draft,
    values,
    errors,
    visibleErrors,
    agenda,
    advice,
    availableMinutes: available,
    suggestedGroups: groupsSuggestion(draft, fallback.participants),
    change,
    draftPatchOf,
    revealErrors: () => setRevealed(true),
  };
}
