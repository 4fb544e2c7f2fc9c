import { describe, expect, it } from 'vitest';
import { experimentSchema } from './experiment';

const stored = {
  id: 'e1',
  teamId: 't1',
  hvad: 'Stille formiddag',
  startDate: '2026-11-02',
  createdAt: '2026-11-01T10:00:00.000Z',
};

describe('experimentSchema', () => {
  it('reads an experiment stored before periods existed, as one period with no earlier ones', () => {
    expect(experimentSchema.parse(stored).earlierPeriods).toBeUndefined();
  });

  it('reads an earlier period with its check-ins and its extend decision', () => {
    const period = {
      startDate: '2026-09-07',
      checkIns: [
        {
          week: 2,
          date: '2026-09-21',
          learned: 'a',
          continueWith: 'b',
          adjust: 'c',
          recordedAt: '2026-09-21T10:00:00.000Z',
        },
      ],
      decision: { outcome: 'extend', reason: 'Mere tid', date: '2026-10-19' },
    };
    const parsed = experimentSchema.parse({ ...stored, earlierPeriods: [period] });
    expect(parsed.earlierPeriods?.[0]?.checkIns[0]?.score).toBeNull();
    expect(parsed.earlierPeriods?.[0]?.decision.outcome).toBe('extend');
    expect(() =>
      experimentSchema.parse({ ...stored, earlierPeriods: [{ startDate: '2026-09-07' }] }),
    ).toThrow();
  });
});
