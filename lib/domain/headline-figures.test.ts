import { describe, expect, it } from 'vitest';
import type { GapSums } from './gap-figures';
import { gapSumsByRole } from './gap-figures';
import { headlineFigures } from './headline-figures';

function sums(partial: Partial<GapSums>): GapSums {
  return { role: 'USK', requirement: 'R1', expected: 0, assessed: 0, levelSum: 0, gapSum: 0, meets: 0, weightedGap: 0, ...partial };
}

describe('headlineFigures', () => {
  it('is null, not zero, when nobody is assessed', () => {
    expect(headlineFigures([])).toEqual({ assessed: 0, meetsShare: null, meanGap: null });
    expect(headlineFigures([sums({ expected: 4 })])).toEqual({ assessed: 0, meetsShare: null, meanGap: null });
  });

  it('pools over assessed pairs instead of averaging per-requirement figures', () => {
    const figures = headlineFigures([
      sums({ requirement: 'R1', expected: 10, assessed: 8, meets: 6, gapSum: 3 }),
      sums({ requirement: 'R2', expected: 3, assessed: 2, meets: 0, gapSum: 4 }),
    ]);
    expect(figures.assessed).toBe(10);
    expect(figures.meetsShare).toBeCloseTo(6 / 10);
    expect(figures.meanGap).toBeCloseTo(7 / 10);
  });

  it('agrees with the gap sums built from histograms', () => {
    // USK requires R1 at 3 and R2 at 2; four people placed on U1, three of them answered.
    const byRole = gapSumsByRole({
      placements: [{ unit: 'U1', role: 'USK', population: 4, responded: 3 }],
      levels: [
        { unit: 'U1', role: 'USK', requirement: 'R1', level: 1, count: 1 },
        { unit: 'U1', role: 'USK', requirement: 'R1', level: 3, count: 2 },
        { unit: 'U1', role: 'USK', requirement: 'R2', level: 4, count: 3 },
      ],
      roleRequirements: [
        { role: 'USK', requirement: 'R1', requiredLevel: 3, weight: 1 },
        { role: 'USK', requirement: 'R2', requiredLevel: 2, weight: 1 },
      ],
      scope: new Set(['U1']),
    });
    const figures = headlineFigures(byRole);
    expect(figures.assessed).toBe(6);
    expect(figures.meetsShare).toBeCloseTo(5 / 6);
    expect(figures.meanGap).toBeCloseTo(2 / 6);
  });
});
