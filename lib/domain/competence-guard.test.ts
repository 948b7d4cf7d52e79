import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competenceGuard, type AssessedCount } from './competence-guard';
import type { UnitNode } from './unit-tree';

// K ─┬─ A
//    └─ B ── B1
const UNITS: UnitNode[] = [
  { code: 'K', parentCode: null },
  { code: 'A', parentCode: 'K' },
  { code: 'B', parentCode: 'K' },
  { code: 'B1', parentCode: 'B' },
];

/** Subtree counts from own counts per unit: what the rollups hold. */
function subtree(own: Array<[unit: string, role: string, requirement: string, n: number]>): AssessedCount[] {
  const parent = new Map(UNITS.map((u) => [u.code, u.parentCode]));
  const out: AssessedCount[] = [];
  for (const [unit, role, requirement, n] of own) {
    for (let u: string | null | undefined = unit; u; u = parent.get(u)) out.push({ unit: u, role, requirement, n });
  }
  return out;
}

describe('the k rule on competence figures', () => {
  it('withholds a unit under k and, by complement, its smallest shown sibling', () => {
    const g = competenceGuard(UNITS, subtree([['A', 'usk', 'R1', 6], ['B1', 'usk', 'R1', 2]]), 5);
    expect(g.requirementShown('B', 'R1')).toBe(false);
    expect(g.requirementShown('B1', 'R1')).toBe(false);
    // K − A would give B's two people: A goes too, K (8 people) stays.
    expect(g.requirementShown('A', 'R1')).toBe(false);
    expect(g.requirementShown('K', 'R1')).toBe(true);
  });

  it('shows siblings that are both large enough, and a requirement nobody holds as withheld', () => {
    const g = competenceGuard(UNITS, subtree([['A', 'usk', 'R1', 6], ['B1', 'usk', 'R1', 5]]), 5);
    expect(['K', 'A', 'B', 'B1'].map((u) => g.requirementShown(u, 'R1'))).toEqual([true, true, true, true]);
    expect(g.requirementShown('A', 'R2')).toBe(false);
  });

  it('shows a group filtered to a role only with at least k people and a rest of none or at least k', () => {
    const g = competenceGuard(UNITS, subtree([['A', 'usk', 'R1', 7], ['A', 'ssk', 'R1', 3]]), 5);
    expect(g.requirementShown('A', 'R1')).toBe(true);
    expect(g.requirementShown('A', 'R1', 'usk')).toBe(false); // the rest, 3, would be A − 7
    expect(g.requirementShown('A', 'R1', 'ssk')).toBe(false);
    const alone = competenceGuard(UNITS, subtree([['A', 'usk', 'R1', 7]]), 5);
    expect(alone.requirementShown('A', 'R1', 'usk')).toBe(true); // nobody left out
    const even = competenceGuard(UNITS, subtree([['A', 'usk', 'R1', 5], ['A', 'ssk', 'R1', 5]]), 5);
    expect(even.requirementShown('A', 'R1', 'ssk')).toBe(true);
  });

  it('shows a filter exactly where the split by role shows it, so a filter and the split never subtract', () => {
    // chef 3, ssk 1, usk 3, k = 3: "at least k in, at least k out" would show the chefs (rest 4)
    // beside the split that shows usk, and A − usk − chefs gives the one ssk.
    const g = competenceGuard(UNITS, subtree([['A', 'chef', 'R1', 3], ['A', 'ssk', 'R1', 1], ['A', 'usk', 'R1', 3]]), 3);
    expect([...g.rolesShown('A', 'R1')]).toEqual(['usk']);
    expect(g.requirementShown('A', 'R1', 'chef')).toBe(false);
    expect(g.requirementShown('A', 'R1', 'usk')).toBe(true);
  });

  it('splits a shown unit by role with the same rule as child units', () => {
    const uneven = competenceGuard(UNITS, subtree([['A', 'usk', 'R1', 7], ['A', 'ssk', 'R1', 3]]), 5);
    expect([...uneven.rolesShown('A', 'R1')]).toEqual([]);
    const three = competenceGuard(UNITS, subtree([['A', 'usk', 'R1', 7], ['A', 'ssk', 'R1', 5], ['A', 'chef', 'R1', 1]]), 5);
    // The chef alone is hidden; with the smaller other role (5) the hidden part reaches k.
    expect([...three.rolesShown('A', 'R1')]).toEqual(['usk']);
  });

  it('pools requirements by the largest n of any one, never by the sum of pairs', () => {
    // Two people, each assessed on three requirements: 6 pairs, but 2 people.
    const g = competenceGuard(UNITS, subtree([['A', 'usk', 'R1', 2], ['A', 'usk', 'R2', 2], ['A', 'usk', 'R3', 2], ['B1', 'usk', 'R1', 9]]), 5);
    expect(g.headlineShown('A')).toBe(false);
    expect(g.headlineShown('K')).toBe(true);
    // B would be K minus A's two: withheld by complement, as on the per-requirement rows.
    expect(g.headlineShown('B')).toBe(false);
    // Filtered to the role of all eleven: nobody left out, shown.
    expect(g.headlineShown('K', { role: 'usk' })).toBe(true);
    // Pooled over R2 and R3 only (an area), K holds the same two people as A: withheld.
    expect(g.headlineShown('K', { requirements: new Set(['R2', 'R3']) })).toBe(false);
  });
});

// The anonymity attacker of issue 16 on competence figures: random trees and assessed people per
// unit and role; collect every group the rule shows to a staff member, a steering group or an API
// key (a unit, a unit split by role, a unit filtered to one role) and subtract shown groups inside
// a shown group. No group of 1..k−1 people may come out.
describe('anonymity attacker over competence figures', () => {
  const ROLES = ['chef', 'ssk', 'usk'];
  const caseArb = fc
    .record({
      parents: fc.array(fc.nat(), { minLength: 1, maxLength: 9 }),
      people: fc.array(fc.array(fc.nat({ max: 7 }), { minLength: 3, maxLength: 3 }), { minLength: 10, maxLength: 10 }),
      k: fc.constantFrom(3, 5),
    })
    .map(({ parents, people, k }) => {
      const units: UnitNode[] = [{ code: 'U00', parentCode: null }];
      parents.forEach((p, i) => units.push({ code: `U${String(i + 1).padStart(2, '0')}`, parentCode: (units[p % units.length] as UnitNode).code }));
      const own: Array<[string, string, string, number]> = [];
      units.forEach((u, i) => ROLES.forEach((role, j) => own.push([u.code, role, 'R1', people[i]?.[j] ?? 0])));
      return { units, own, k };
    });

  it('finds no group of 1..k−1 people by subtracting shown groups, in any tree, split or filter', () => {
    fc.assert(
      fc.property(caseArb, ({ units, own, k }) => {
        const parent = new Map(units.map((u) => [u.code, u.parentCode]));
        const counts: AssessedCount[] = [];
        for (const [unit, role, requirement, n] of own) for (let u: string | null | undefined = unit; u; u = parent.get(u)) counts.push({ unit: u, role, requirement, n });
        const g = competenceGuard(units, counts, k);
        const n = (unit: string, role?: string) => counts.filter((c) => c.unit === unit && (!role || c.role === role)).reduce((a, c) => a + c.n, 0);
        const shown = units.filter((u) => g.requirementShown(u.code, 'R1')).map((u) => u.code);
        const inside = (a: string, b: string) => {
          for (let u: string | null | undefined = parent.get(b); u; u = parent.get(u)) if (u === a) return true;
          return false;
        };
        const check = (what: string, people: number) => {
          if (people > 0 && people < k) throw new Error(`${what} leaves ${people} people (k = ${k})`);
        };
        for (const root of shown) {
          // Disjoint shown units inside root, every subset (trees here are small).
          const below = shown.filter((c) => inside(root, c));
          const grow = (start: number, chosen: string[]) => {
            check(`${root} − {${chosen.join(', ')}}`, n(root) - chosen.reduce((a, c) => a + n(c), 0));
            for (let i = start; i < below.length; i++) {
              const c = below[i] as string;
              if (chosen.some((o) => inside(o, c) || inside(c, o))) continue;
              grow(i + 1, [...chosen, c]);
            }
          };
          grow(0, []);
          // The root split by role, and filtered to one role: both are parts of the root.
          const parts = [...new Set([...g.rolesShown(root, 'R1'), ...ROLES.filter((r) => g.requirementShown(root, 'R1', r))])];
          for (const r of ROLES) if (g.requirementShown(root, 'R1', r)) check(`${root} filtered to ${r}`, n(root, r));
          for (let mask = 0; mask < 1 << parts.length; mask++) {
            const chosen = parts.filter((_, i) => mask & (1 << i));
            check(`${root} − roles {${chosen.join(', ')}}`, n(root) - chosen.reduce((a, r) => a + n(root, r), 0));
            for (const r of chosen) check(`${root}: ${r}`, n(root, r));
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
