import type { ThemeId } from '@/content/ids';
import { RUNBOOKS, type RunbookStep } from '@/content/structure';

/** "Brug procesforslaget (pkt. 2-5) fra drejebøgerne under hvert tema til gruppernes drøftelse." */
const FIRST_TABLE_STEP = 2;
const LAST_TABLE_STEP = 5;

/** The steps a dialogmøde table runs for its theme: steps 2–5 of that theme's drejebog, in order. */
export function tableProcessSteps(themeId: ThemeId): RunbookStep[] {
  return RUNBOOKS[themeId].steps.filter(
    (step) => step.number >= FIRST_TABLE_STEP && step.number <= LAST_TABLE_STEP,
  );
}
