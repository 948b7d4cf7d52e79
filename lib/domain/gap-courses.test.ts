import { describe, expect, it } from 'vitest';
import { coursesForLargestGaps, type LinkedCourse, type PersonGap } from './gap-courses';

const req = (requirement: string, level: number | null, gap: number | null, weight = 1): PersonGap => ({ requirement, level, gap, weight });
const link = (course: string, requirement: string, targetLevel: number): LinkedCourse => ({ course, requirement, targetLevel });

describe('coursesForLargestGaps', () => {
  it('takes only requirements with a gap of at least one step, largest gap first', () => {
    const out = coursesForLargestGaps([req('A', 3, 0), req('B', 2, 1), req('C', 0, 3), req('D', null, null)], []);
    expect(out.map((o) => o.requirement.requirement)).toEqual(['C', 'B']);
  });

  it('breaks ties in gap by the heavier weight, then by code in code-point order', () => {
    const out = coursesForLargestGaps([req('b', 2, 1, 1), req('Z', 2, 1, 1), req('M', 2, 1, 3), req('A', 2, 1, 2)], [], 4);
    // 'Z' (U+005A) sorts before 'b' (U+0062): code-point order, not Swedish collation.
    expect(out.map((o) => o.requirement.requirement)).toEqual(['M', 'A', 'Z', 'b']);
  });

  it('keeps at most three requirements by default', () => {
    const out = coursesForLargestGaps([req('A', 2, 1), req('B', 2, 1), req('C', 2, 1), req('D', 0, 4)], []);
    expect(out.map((o) => o.requirement.requirement)).toEqual(['D', 'A', 'B']);
    expect(coursesForLargestGaps([req('A', 2, 1)], [], 0)).toEqual([]);
  });

  it("lists the requirement's courses whose target level is above the person's level, by code", () => {
    const links = [link('X2', 'A', 3), link('X1', 'A', 4), link('LOW', 'A', 2), link('SAME', 'A', 1), link('OTHER', 'B', 4)];
    const [first] = coursesForLargestGaps([req('A', 2, 2)], links);
    expect(first?.courses.map((c) => c.course)).toEqual(['X1', 'X2']);
  });

  it('keeps a requirement with a gap but no course, with an empty list', () => {
    const out = coursesForLargestGaps([req('A', 1, 2)], [link('C1', 'A', 1)]);
    expect(out).toEqual([{ requirement: req('A', 1, 2), courses: [] }]);
  });

  it("passes the caller's own fields through untouched", () => {
    const rich = { ...req('A', 0, 3), name: 'Hygien' };
    const course = { ...link('K', 'A', 3), url: 'https://example.se/k' };
    const [first] = coursesForLargestGaps([rich], [course]);
    expect(first?.requirement.name).toBe('Hygien');
    expect(first?.courses[0]?.url).toBe('https://example.se/k');
  });
});
