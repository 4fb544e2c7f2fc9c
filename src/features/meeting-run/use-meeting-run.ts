import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import { RUNBOOKS, type RunbookStep } from '@/content/structure';
import type { StepText } from '@/content/types';
import type { Meeting } from '@/domain/entities/meeting';
import { runSteps, type RunStep } from '@/domain/meeting-run';
import { isRunning } from '@/domain/timer';
import { useWorkspace } from '@/state/workspace-store';
import { useNow } from './use-now';

export interface CurrentStep {
  index: number;
  structure: RunbookStep;
  timing: RunStep;
  text: StepText;
}

/** The meeting, its timed steps, the step on screen and a render clock that ticks while time runs. */
export function useMeetingRun(meetingId: string) {
  const meeting: Meeting | undefined = useWorkspace((s) => s.meetings.find((m) => m.id === meetingId));
  const toolkit = useToolkit();
  const steps = useMemo(() => (meeting ? runSteps(meeting) : []), [meeting]);
  const run = meeting?.run ?? null;
  const running = run !== null && run.finishedAt === null && isRunning(run.timer);
  const now = useNow(running);

  let current: CurrentStep | null = null;
  if (meeting && run) {
    const index = Math.min(run.stepIndex, steps.length - 1);
    const structure = RUNBOOKS[meeting.runbookId].steps[index];
    const timing = steps[index];
    const text = structure ? toolkit.runbooks[meeting.runbookId].steps[structure.id] : undefined;
    if (structure && timing && text) current = { index, structure, timing, text };
  }
  return { meeting, run, steps, current, now, running, toolkit };
}

/** "Tillid" or "Dialogmøde med flere temaer: Tillid, Fordybelse" (without the themes: "Dialogmøde med flere temaer"). */
export function useMeetingName(meeting: Meeting | undefined, { withThemes = true } = {}): string {
  const { t } = useTranslation();
  if (!meeting) return '';
  const themes = withThemes ? meeting.themeIds.map((id) => t(`themeNames.${id}`)).join(', ') : '';
  if (meeting.runbookId !== 'dialogmoede') return t(`themeNames.${meeting.runbookId}`);
  return themes ? `${t('themeNames.dialogmoede')}: ${themes}` : t('themeNames.dialogmoede');
}
