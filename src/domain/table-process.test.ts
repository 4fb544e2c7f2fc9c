import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '@/content/ids';
import { tableProcessSteps } from './table-process';

describe('tableProcessSteps', () => {
  it.each(THEME_IDS)(
    'gives the %s table steps 2 to 5 of its drejebog, ending with the proposal round',
    (id) => {
      const steps = tableProcessSteps(id);
      expect(steps.map((step) => step.number)).toEqual([2, 3, 4, 5]);
      expect(steps.map((step) => step.id)).toEqual([
        'reflection',
        'round',
        'proposalReflection',
        'proposalRound',
      ]);
    },
  );
});
