import { describe, it, expect } from 'vitest';
import { trainingPriorities } from './priorities';
import type { GapInput } from './gap-figures';
import type { CourseLink, LevelCount, RoleRequirement } from './histograms';

const lvl = (role: string, requirement: string, level: number, count: number): LevelCount => ({
  unit: 'E1',
  role,
  requirement,
  level,
  count,
});
const req = (role: string, requirement: string, requiredLevel: number, weight: number): RoleRequirement => ({
  role,
  requirement,
  requiredLevel,
  weight,
});
const course = (code: string, requirement: string, targetLevel: number): CourseLink => ({
  course: code,
  requirement,
  targetLevel,
});

const input: GapInput = {
  placements: [
    { unit: 'E1', role: 'usk', population: 4, responded: 4 },
    { unit: 'E1', role: 'vbi', population: 2, responded: 2 },
  ],
  roleRequirements: [
    req('usk', 'K1', 3, 3),
    req('vbi', 'K1', 2, 1),
    req('usk', 'K2', 2, 1),
    req('usk', 'K10', 2, 2),
    req('usk', 'K6', 4, 1),
    req('usk', 'K5', 2, 1),
    req('usk', 'K4', 1, 1),
    // nobody in the scope has role ssk → not a row
    req('ssk', 'K7', 3, 3),
  ],
  levels: [
    // K1: usk 2×level 1 (gap 2, weight 3 → 12), 2×level 3 (gap 0); vbi 2×level 1 (gap 1, weight 1 → 2)
    lvl('usk', 'K1', 1, 2),
    lvl('usk', 'K1', 3, 2),
    lvl('vbi', 'K1', 1, 2),
    // K2: 2×level 0, required 2 → gap 2, weight 1 → 4; volume 4
    lvl('usk', 'K2', 0, 2),
    // K10: 2×level 1, required 2 → gap 1, weight 2 → 4; volume 2
    lvl('usk', 'K10', 1, 2),
    // K6: 2×level 0, required 4 → gap 4, weight 1 → 8; volume 8
    lvl('usk', 'K6', 0, 2),
    // K4: 4×level 2, required 1 → gap 0 → priority 0
    lvl('usk', 'K4', 2, 4),
    // K5: nobody assessed → priority 0, meanLevel null
  ],
  scope: new Set(['E1']),
};

const links: CourseLink[] = [
  // K1 meanLevel = (2·1 + 2·3 + 2·1) / 6 = 10/6 ≈ 1.67
  course('C-c', 'K1', 4),
  course('C-a', 'K1', 1),
  course('B1', 'K1', 2),
  // K4 meanLevel 2: target 2 is not strictly above, target 3 is
  course('K4-same', 'K4', 2),
  course('K4-above', 'K4', 3),
  // K5 meanLevel null: every linked course, whatever its target
  course('D1', 'K5', 1),
  course('A9', 'K5', 4),
  // K2 meanLevel 0
  course('E-intro', 'K2', 1),
  // linked to a requirement that is not a row
  course('X1', 'K7', 4),
];

describe('training priorities', () => {
  const rows = trainingPriorities(input, links);

  it('ranks by Σ weight × gap, highest first, ties by requirement code, priority 0 included', () => {
    // K1 14 > K6 8 > K10 4 = K2 4 ('K10' < 'K2') > K4 0 = K5 0
    expect(rows.map((r) => [r.requirement, r.priority])).toEqual([
      ['K1', 14],
      ['K6', 8],
      ['K10', 4],
      ['K2', 4],
      ['K4', 0],
      ['K5', 0],
    ]);
  });

  it('weights matter: gap volume alone would rank K6 above K1', () => {
    const byReq = new Map(rows.map((r) => [r.requirement, r]));
    // K1 volume 2·2 + 2·1 = 6; K6 volume 2·4 = 8
    expect(byReq.get('K1')?.gapVolume).toBe(6);
    expect(byReq.get('K6')?.gapVolume).toBe(8);
    expect(byReq.get('K1')?.assessed).toBe(6);
    expect(byReq.get('K1')?.meanLevel).toBeCloseTo(5 / 3, 12);
    expect(byReq.get('K5')?.assessed).toBe(0);
    expect(byReq.get('K5')?.meanLevel).toBeNull();
  });

  it('lists courses with target level strictly above meanLevel, sorted by code', () => {
    const courses = new Map(rows.map((r) => [r.requirement, r.courses]));
    // K1 mean ≈1.67: targets 4 and 2 qualify, 1 does not
    expect(courses.get('K1')).toEqual(['B1', 'C-c']);
    // K4 mean 2: only target 3
    expect(courses.get('K4')).toEqual(['K4-above']);
    // K5 mean null: all courses
    expect(courses.get('K5')).toEqual(['A9', 'D1']);
    // K2 mean 0: target 1 > 0
    expect(courses.get('K2')).toEqual(['E-intro']);
    expect(courses.get('K6')).toEqual([]);
  });
});
