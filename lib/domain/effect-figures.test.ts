import { describe, it, expect } from 'vitest';
import { effectFiguresOf, unitEffectFigures, withheldFigures, withheldUnits, type EffectCount } from './effect-figures';
import type { UnitNode } from './unit-tree';

const K = 5;
const u = (code: string, parentCode: string | null): UnitNode => ({ code, parentCode });
/** `count` answers of value `value` counted for `unit`. */
const e = (unit: string, value: number, count: number): EffectCount => ({ unit, value, count });
const withheld = (k: number) => ({ k, suppressed: true, n: null, mean: null, shareAgree: null, distribution: null });

describe('effect figures', () => {
  it('distribution per value 1..5, shareAgree = share of 4 and 5, mean', () => {
    const counts = [e('E1', 4, 2), e('E1', 1, 1), e('E1', 2, 2), e('E1', 5, 2), e('E1', 3, 1), e('E1', 4, 1)];
    const f = unitEffectFigures([u('E1', null)], counts, 'E1', K);
    // values: 1×1, 2×2, 3×1, 4×3, 5×2 → n 9; sum 1+4+3+12+10 = 30 → mean 30/9; agree (3+2)/9
    expect(f.suppressed).toBe(false);
    expect(f.k).toBe(5);
    expect(f.n).toBe(9);
    expect(f.distribution).toEqual([1, 2, 1, 3, 2]);
    expect(f.mean).toBeCloseTo(10 / 3, 12);
    expect(f.shareAgree).toBeCloseTo(5 / 9, 12);
  });

  it('effectFiguresOf with no answers: n 0 and null mean and share', () => {
    expect(effectFiguresOf([], K)).toEqual({
      k: 5,
      suppressed: false,
      n: 0,
      mean: null,
      shareAgree: null,
      distribution: [0, 0, 0, 0, 0],
    });
  });

  it('n = k−1 is withheld with every figure null; n = k and k+1 are shown', () => {
    const units = [u('A', null), u('B', null), u('C', null)];
    const counts = [e('A', 5, 4), e('B', 5, 5), e('C', 4, 3), e('C', 2, 3)];
    expect(unitEffectFigures(units, counts, 'A', K)).toEqual(withheld(5));
    expect(unitEffectFigures(units, counts, 'B', K)).toEqual({
      k: 5,
      suppressed: false,
      n: 5,
      mean: 5,
      shareAgree: 1,
      distribution: [0, 0, 0, 0, 5],
    });
    // C: 3×4 + 3×2 → n 6, mean 18/6, agree 3/6
    expect(unitEffectFigures(units, counts, 'C', K)).toEqual({
      k: 5,
      suppressed: false,
      n: 6,
      mean: 3,
      shareAgree: 0.5,
      distribution: [0, 3, 0, 3, 0],
    });
  });

  it('k is per installation: with k = 3, a group of 3 is shown and a group of 2 withheld', () => {
    const units = [u('A', null), u('B', null)];
    const counts = [e('A', 4, 3), e('B', 4, 2)];
    expect(unitEffectFigures(units, counts, 'A', 3)).toMatchObject({ suppressed: false, n: 3, k: 3 });
    expect(unitEffectFigures(units, counts, 'B', 3)).toEqual(withheld(3));
  });

  describe('a lone withheld child (children 12 and 3, parent direct 0)', () => {
    const units = [u('P', null), u('A', 'P'), u('B', 'P')];
    const counts = [e('A', 4, 8), e('A', 2, 4), e('B', 5, 3)];

    it('withholds both children: 3 could otherwise be found as 15 − 12', () => {
      expect([...withheldUnits(units, counts, K)].sort()).toEqual(['A', 'B']);
      expect(unitEffectFigures(units, counts, 'A', K)).toEqual(withheld(5));
      expect(unitEffectFigures(units, counts, 'B', K)).toEqual(withheld(5));
    });

    it('shows the parent with n 15 over its whole subtree', () => {
      // 8×4 + 4×2 + 3×5 = 32 + 8 + 15 = 55 → mean 55/15; agree (8 + 3)/15
      const f = unitEffectFigures(units, counts, 'P', K);
      expect(f.suppressed).toBe(false);
      expect(f.n).toBe(15);
      expect(f.distribution).toEqual([0, 4, 0, 8, 3]);
      expect(f.mean).toBeCloseTo(11 / 3, 12);
      expect(f.shareAgree).toBeCloseTo(11 / 15, 12);
    });
  });

  it('direct answers on a parent: smallest child withheld, the other shown', () => {
    // P direct 2, A 10, B 8 → hidden 2 → B withheld → hidden 10
    const units = [u('P', null), u('A', 'P'), u('B', 'P')];
    const counts = [e('P', 3, 2), e('A', 4, 10), e('B', 1, 8)];
    expect(unitEffectFigures(units, counts, 'B', K)).toEqual(withheld(5));
    expect(unitEffectFigures(units, counts, 'A', K)).toMatchObject({ suppressed: false, n: 10, mean: 4, shareAgree: 1 });
    // P: 2×3 + 10×4 + 8×1 = 54 over 20
    expect(unitEffectFigures(units, counts, 'P', K)).toMatchObject({
      suppressed: false,
      n: 20,
      mean: 2.7,
      shareAgree: 0.5,
      distribution: [8, 0, 2, 10, 0],
    });
  });

  it('a withheld unit stays withheld in a single-unit query, and so does everything below it', () => {
    // K: F (A1 6 + A2 7 = 13), G 20, K direct 2 → hidden(K) 2 → F (13) withheld with A1, A2
    const units = [u('K', null), u('F', 'K'), u('A1', 'F'), u('A2', 'F'), u('G', 'K')];
    const counts = [e('K', 3, 2), e('A1', 4, 6), e('A2', 4, 7), e('G', 5, 20)];
    for (const unit of ['F', 'A1', 'A2']) expect(unitEffectFigures(units, counts, unit, K)).toEqual(withheld(5));
    expect(unitEffectFigures(units, counts, 'G', K)).toMatchObject({ suppressed: false, n: 20 });
    expect(unitEffectFigures(units, counts, 'K', K)).toMatchObject({ suppressed: false, n: 35 });
  });

  it('withheldFigures says withheld and carries no figure', () => {
    expect(withheldFigures(5)).toEqual(withheld(5));
  });
});
