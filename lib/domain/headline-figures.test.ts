import { describe, expect, it } from 'vitest';
import type { GapSums } from './gap-figures';
import { gapSumsByRole } from './gap-figures';
import fc from 'fast-check';
import { headlineFigures, headlineFromRequiredLevels } from './headline-figures';

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

describe('headlineFromRequiredLevels', () => {
  it('is null, not zero, when nobody is assessed', () => {
    expect(headlineFromRequiredLevels([])).toEqual({ assessed: 0, meetsShare: null, meanGap: null });
  });

  it('equals the headline over gap sums for any histograms, answers outside the role left out by both', () => {
    const roles = ['USK', 'SSK', 'VBT'];
    const requirements = ['R1', 'R2', 'R3', 'R4'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ role: fc.constantFrom(...roles), requirement: fc.constantFrom(...requirements), requiredLevel: fc.integer({ min: 0, max: 4 }), weight: fc.integer({ min: 1, max: 3 }) }), { maxLength: 12 }),
        fc.array(fc.record({ role: fc.constantFrom(...roles), requirement: fc.constantFrom(...requirements), level: fc.integer({ min: 0, max: 4 }), count: fc.integer({ min: 1, max: 40 }) }), { maxLength: 30 }),
        (declared, answers) => {
          // One required level per role and requirement, as the table's key allows.
          const roleRequirements = [...new Map(declared.map((d) => [`${d.role} ${d.requirement}`, d])).values()];
          const levels = answers.map((a) => ({ unit: 'U', ...a }));
          // Placed people for every role with answers (answers come from placed people).
          const placements = roles.map((role) => ({ unit: 'U', role, population: 50, responded: 40 }));
          const expected = headlineFigures(gapSumsByRole({ placements, levels, roleRequirements, scope: new Set(['U']) }));
          const required = new Map(roleRequirements.map((rr) => [`${rr.role} ${rr.requirement}`, rr.requiredLevel]));
          const histogram = levels.flatMap((l) => {
            const requiredLevel = required.get(`${l.role} ${l.requirement}`);
            return requiredLevel === undefined ? [] : [{ requiredLevel, level: l.level, count: l.count }];
          });
          const actual = headlineFromRequiredLevels(histogram);
          expect(actual.assessed).toBe(expected.assessed);
          if (expected.meetsShare === null) expect(actual.meetsShare).toBeNull();
          else expect(actual.meetsShare).toBeCloseTo(expected.meetsShare, 12);
          if (expected.meanGap === null) expect(actual.meanGap).toBeNull();
          else expect(actual.meanGap).toBeCloseTo(expected.meanGap, 12);
        },
      ),
      { numRuns: 500 },
    );
  });
});
