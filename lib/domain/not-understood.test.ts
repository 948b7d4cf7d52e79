import { describe, expect, it } from 'vitest';
import { notUnderstoodByRequirement } from './not-understood';

describe('"jag förstår inte frågan" per requirement', () => {
  it('sums the units of the scope and ranks the requirements that confuse most people first', () => {
    const counts = [
      { unit: 'A', requirement: 'K2', count: 2 },
      { unit: 'B', requirement: 'K2', count: 1 },
      { unit: 'A', requirement: 'K1', count: 3 },
      { unit: 'C', requirement: 'K9', count: 9 }, // outside the scope
    ];
    // K1: 3; K2: 2 + 1 = 3 → tie broken by code; K9 not in scope.
    expect(notUnderstoodByRequirement(counts, new Set(['A', 'B']))).toEqual([
      { requirement: 'K1', count: 3 },
      { requirement: 'K2', count: 3 },
    ]);
  });
});
