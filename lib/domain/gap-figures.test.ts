import { describe, it, expect } from 'vitest';
import { gapReport, type GapInput } from './gap-figures';
import type { LevelCount, PlacementCount, RoleRequirement } from './histograms';
import { subtreeCodes, type UnitNode } from './unit-tree';

const place = (unit: string, role: string, population: number, responded = population): PlacementCount => ({
  unit,
  role,
  population,
  responded,
});
const lvl = (unit: string, role: string, requirement: string, level: number, count: number): LevelCount => ({
  unit,
  role,
  requirement,
  level,
  count,
});
const req = (role: string, requirement: string, requiredLevel: number, weight = 1): RoleRequirement => ({
  role,
  requirement,
  requiredLevel,
  weight,
});

describe('gap report figures', () => {
  it('computes meanLevel, meanGap, meetsShare, gapVolume and coverage from a histogram', () => {
    const input: GapInput = {
      placements: [place('E1', 'usk', 5, 4)],
      // usk requires K1 at level 3; 4 assessed: one at 1, two at 3, one at 4; the 5th has no level
      levels: [lvl('E1', 'usk', 'K1', 1, 1), lvl('E1', 'usk', 'K1', 3, 2), lvl('E1', 'usk', 'K1', 4, 1)],
      roleRequirements: [req('usk', 'K1', 3)],
      scope: new Set(['E1']),
    };
    const [row, ...rest] = gapReport(input, 'role-requirement');
    expect(rest).toEqual([]);
    // levels 1,3,3,4 → meanLevel 11/4; gaps 2,0,0,0 (4 over 3 is 0) → volume 2, meanGap 2/4;
    // meets: 3 of 4; coverage 4/5
    expect(row).toEqual({
      role: 'usk',
      requirement: 'K1',
      expected: 5,
      assessed: 4,
      meanLevel: 2.75,
      meanGap: 0.5,
      meetsShare: 0.75,
      gapVolume: 2,
      coverage: 0.8,
    });
  });

  it('a level above the required one gives gap 0, never a negative gap', () => {
    const input: GapInput = {
      placements: [place('E1', 'usk', 2)],
      // required 2: one at 4 (gap max(0, −2) = 0), one at 0 (gap 2)
      levels: [lvl('E1', 'usk', 'K1', 4, 1), lvl('E1', 'usk', 'K1', 0, 1)],
      roleRequirements: [req('usk', 'K1', 2)],
      scope: new Set(['E1']),
    };
    const [row] = gapReport(input, 'requirement');
    // gapVolume 0 + 2 = 2 (a negative gap would make it 0); meanGap 2/2; meanLevel (4+0)/2; meets 1/2
    expect(row?.gapVolume).toBe(2);
    expect(row?.meanGap).toBe(1);
    expect(row?.meanLevel).toBe(2);
    expect(row?.meetsShare).toBe(0.5);
  });

  it('everyone above the requirement: meanGap 0 and gapVolume 0', () => {
    const input: GapInput = {
      placements: [place('E1', 'usk', 3)],
      levels: [lvl('E1', 'usk', 'K2', 4, 3)],
      roleRequirements: [req('usk', 'K2', 2)],
      scope: new Set(['E1']),
    };
    const [row] = gapReport(input, 'role-requirement');
    expect(row).toMatchObject({ meanGap: 0, gapVolume: 0, meetsShare: 1, meanLevel: 4, coverage: 1 });
  });

  it('n = 0: the row is listed with null means and gapVolume 0 while expected ≥ 1', () => {
    const input: GapInput = {
      placements: [place('E1', 'usk', 3, 0)],
      levels: [],
      roleRequirements: [req('usk', 'K1', 3)],
      scope: new Set(['E1']),
    };
    // missing answers lower coverage (0/3), never the level
    expect(gapReport(input, 'role-requirement')).toEqual([
      {
        role: 'usk',
        requirement: 'K1',
        expected: 3,
        assessed: 0,
        meanLevel: null,
        meanGap: null,
        meetsShare: null,
        gapVolume: 0,
        coverage: 0,
      },
    ]);
    expect(gapReport(input, 'requirement')).toEqual([
      {
        role: null,
        requirement: 'K1',
        expected: 3,
        assessed: 0,
        meanLevel: null,
        meanGap: null,
        meetsShare: null,
        gapVolume: 0,
        coverage: 0,
      },
    ]);
  });

  it('a requirement with expected 0 in the scope is not listed', () => {
    const input: GapInput = {
      // nobody with role ssk in E1; a usk placement with population 0 elsewhere in the scope
      placements: [place('E1', 'usk', 2), place('E2', 'ssk', 0), place('OUT', 'ssk', 4)],
      levels: [
        lvl('E1', 'usk', 'K1', 2, 2),
        // an answer on a requirement the person's role does not require is not counted
        lvl('E1', 'usk', 'K9', 1, 2),
        lvl('OUT', 'ssk', 'K9', 1, 4),
      ],
      roleRequirements: [req('usk', 'K1', 2), req('ssk', 'K9', 3)],
      scope: new Set(['E1', 'E2']),
    };
    const rows = gapReport(input, 'requirement');
    expect(rows.map((r) => r.requirement)).toEqual(['K1']);
    expect(gapReport(input, 'role-requirement').map((r) => [r.role, r.requirement])).toEqual([['usk', 'K1']]);
  });

  describe('people placed on a non-leaf unit', () => {
    //   K
    //   └ F1 (2 people placed directly, level 4)
    //      ├ E1 (3 people, level 1)
    //      └ E2 (nobody)
    const units: UnitNode[] = [
      { code: 'K', parentCode: null },
      { code: 'F1', parentCode: 'K' },
      { code: 'E1', parentCode: 'F1' },
      { code: 'E2', parentCode: 'F1' },
    ];
    const base = {
      placements: [place('F1', 'usk', 2), place('E1', 'usk', 3)],
      levels: [lvl('F1', 'usk', 'K1', 4, 2), lvl('E1', 'usk', 'K1', 1, 3)],
      roleRequirements: [req('usk', 'K1', 3)],
    };
    const rowFor = (root: string) => gapReport({ ...base, scope: subtreeCodes(units, root) }, 'requirement');

    it('count for the unit itself', () => {
      const [row] = rowFor('F1');
      // levels 4,4,1,1,1 → mean 11/5; gaps 0,0,2,2,2 → volume 6, meanGap 6/5; meets 2/5
      expect(row).toMatchObject({ expected: 5, assessed: 5, meanLevel: 2.2, meanGap: 1.2, meetsShare: 0.4, gapVolume: 6 });
    });

    it('count for its ancestors', () => {
      const [row] = rowFor('K');
      expect(row).toMatchObject({ expected: 5, assessed: 5, meanLevel: 2.2, gapVolume: 6 });
    });

    it('do not count for its children', () => {
      const [row] = rowFor('E1');
      // only the 3 in E1: level 1, gap 2 each
      expect(row).toMatchObject({ expected: 3, assessed: 3, meanLevel: 1, meanGap: 2, meetsShare: 0, gapVolume: 6 });
      expect(rowFor('E2')).toEqual([]);
    });
  });

  it('sorts rows by role code then requirement code in code-point order', () => {
    const roles = ['Å', 'a', 'Z'];
    const input: GapInput = {
      placements: roles.map((r) => place('E1', r, 1)),
      levels: [],
      roleRequirements: roles.flatMap((r) => [req(r, 'K2', 2), req(r, 'K10', 2)]),
      scope: new Set(['E1']),
    };
    // 'Z' (U+5A) < 'a' (U+61) < 'Å' (U+C5); 'K10' < 'K2'
    expect(gapReport(input, 'role-requirement').map((r) => `${r.role}/${r.requirement}`)).toEqual([
      'Z/K10',
      'Z/K2',
      'a/K10',
      'a/K2',
      'Å/K10',
      'Å/K2',
    ]);
    // grouped by requirement: one row each, expected 1 per role × 3 roles
    expect(gapReport(input, 'requirement').map((r) => [r.role, r.requirement, r.expected])).toEqual([
      [null, 'K10', 3],
      [null, 'K2', 3],
    ]);
  });

  describe('two roles with different required levels on the same requirement', () => {
    const input: GapInput = {
      placements: [place('E1', 'usk', 2), place('E1', 'vbi', 4)],
      // everyone assessed has level 2: usk requires 3 (gap 1, not met), vbi requires 2 (gap 0, met)
      levels: [lvl('E1', 'usk', 'K1', 2, 2), lvl('E1', 'vbi', 'K1', 2, 3)],
      roleRequirements: [req('usk', 'K1', 3), req('vbi', 'K1', 2)],
      scope: new Set(['E1']),
    };

    it("the requirement row measures each person against their own role's level", () => {
      const rows = gapReport(input, 'requirement');
      // expected 2 + 4 = 6, assessed 5; gaps 1+1+0+0+0 = 2 → meanGap 2/5; meets 3/5; coverage 5/6
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ role: null, requirement: 'K1', expected: 6, assessed: 5, meanLevel: 2, gapVolume: 2 });
      expect(rows[0]?.meanGap).toBeCloseTo(0.4, 12);
      expect(rows[0]?.meetsShare).toBeCloseTo(0.6, 12);
      expect(rows[0]?.coverage).toBeCloseTo(5 / 6, 12);
    });

    it('role-requirement rows split them', () => {
      const rows = gapReport(input, 'role-requirement');
      expect(rows.map((r) => [r.role, r.expected, r.assessed, r.gapVolume, r.meetsShare])).toEqual([
        ['usk', 2, 2, 2, 0],
        ['vbi', 4, 3, 0, 1],
      ]);
    });

    it('the role filter keeps only the chosen roles', () => {
      const rows = gapReport({ ...input, roles: new Set(['vbi']) }, 'requirement');
      // only vbi: expected 4, assessed 3, all at required 2 → gap 0, meets 3/3, coverage 3/4
      expect(rows).toEqual([
        {
          role: null,
          requirement: 'K1',
          expected: 4,
          assessed: 3,
          meanLevel: 2,
          meanGap: 0,
          meetsShare: 1,
          gapVolume: 0,
          coverage: 0.75,
        },
      ]);
      expect(gapReport({ ...input, roles: new Set(['vbi']) }, 'role-requirement').map((r) => r.role)).toEqual(['vbi']);
      expect(gapReport({ ...input, roles: new Set(['ssk']) }, 'requirement')).toEqual([]);
    });
  });
});
