import { describe, it, expect } from 'vitest';
import { SCALE, gapOf } from './scale';

describe('scale', () => {
  it('has the five levels 0..4 with the names of DOMAIN.md', () => {
    expect(SCALE.map((s) => [s.level, s.name])).toEqual([
      [0, 'Inte ännu'],
      [1, 'Fakta'],
      [2, 'Förståelse'],
      [3, 'Färdighet'],
      [4, 'Förtrogenhet'],
    ]);
  });

  it('gap = required − level, never below 0', () => {
    expect(gapOf(3, 1)).toBe(2); // 3 − 1
    expect(gapOf(4, 0)).toBe(4); // 4 − 0
    expect(gapOf(2, 2)).toBe(0); // meets
    expect(gapOf(2, 4)).toBe(0); // max(0, 2 − 4)
  });
});
