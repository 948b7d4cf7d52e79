import { describe, expect, it } from 'vitest';
import { levelDistribution } from './level-distribution';

describe('level distribution per requirement', () => {
  it('counts people per level for roles that require the requirement, within the scope and role filter', () => {
    const levels = [
      { unit: 'A', role: 'USK', requirement: 'K1', level: 2, count: 3 },
      { unit: 'A', role: 'VBI', requirement: 'K1', level: 4, count: 1 },
      { unit: 'A', role: 'SSK', requirement: 'K1', level: 1, count: 5 }, // SSK does not require K1
      { unit: 'B', role: 'USK', requirement: 'K1', level: 0, count: 9 }, // outside the scope
    ];
    const rr = [
      { role: 'USK', requirement: 'K1', requiredLevel: 3, weight: 1 },
      { role: 'VBI', requirement: 'K1', requiredLevel: 2, weight: 1 },
    ];
    expect(levelDistribution(levels, rr, new Set(['A']))).toEqual([{ requirement: 'K1', counts: [0, 0, 3, 0, 1], assessed: 4, requiredLevels: [2, 3] }]);
    expect(levelDistribution(levels, rr, new Set(['A']), new Set(['VBI']))).toEqual([{ requirement: 'K1', counts: [0, 0, 0, 0, 1], assessed: 1, requiredLevels: [2] }]);
  });
});
