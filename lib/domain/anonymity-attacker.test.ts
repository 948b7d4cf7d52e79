import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitEffectFigures, type EffectCount } from './effect-figures';
import { subtreeCodes, type UnitNode } from './unit-tree';

// The anonymity attacker (issue 9): random organisation trees and effect answers; collect every
// unit's effect figures as any role can obtain them (the pages, exports, HTTP API and command line
// all take a unit's effect figures from unitEffectFigures, tests/db checks that they agree), then
// search for a group of fewer than k people whose answers follow by subtraction: a shown unit minus
// any set of disjoint shown units inside it. It must find none. The steering group's project
// figures have their own attacker (project-groups.test.ts).

interface Case { units: UnitNode[]; counts: EffectCount[]; k: number }

/** A tree of up to 12 units: each unit's parent is an earlier unit; answers of 0..7 people per unit. */
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 11 }),
    answers: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 7 }), { minLength: 12, maxLength: 12 }),
    k: fc.constantFrom(3, 5),
  })
  .map(({ parents, answers, k }) => {
    const units: UnitNode[] = [{ code: 'U00', parentCode: null }];
    parents.forEach((p, i) => units.push({ code: `U${String(i + 1).padStart(2, '0')}`, parentCode: (units[p % units.length] as UnitNode).code }));
    const counts: EffectCount[] = [];
    units.forEach((u, i) => {
      for (const value of answers[i] ?? []) counts.push({ unit: u.code, value, count: 1 });
    });
    return { units, counts, k };
  });

/** Distribution per value 1..5 of a unit's subtree, as shown (null when withheld). */
function shownGroups(c: Case): Map<string, number[]> {
  const shown = new Map<string, number[]>();
  for (const u of c.units) {
    const f = unitEffectFigures(c.units, c.counts, u.code, c.k);
    if (!f.suppressed && f.distribution) shown.set(u.code, f.distribution);
  }
  return shown;
}

/** Every set of pairwise disjoint shown units strictly inside `root` (subtrees are nested or disjoint). */
function disjointSets(c: Case, root: string, shown: ReadonlyMap<string, number[]>): string[][] {
  const inside = [...subtreeCodes(c.units, root)].filter((code) => code !== root && shown.has(code));
  const subtrees = new Map(inside.map((code) => [code, subtreeCodes(c.units, code)]));
  const out: string[][] = [];
  const grow = (start: number, chosen: string[]) => {
    out.push(chosen);
    for (let i = start; i < inside.length; i++) {
      const code = inside[i] as string;
      if (chosen.some((o) => subtrees.get(o)?.has(code) || subtrees.get(code)?.has(o))) continue;
      grow(i + 1, [...chosen, code]);
    }
  };
  grow(0, []);
  return out;
}

describe('anonymity attacker over effect figures', () => {
  it('finds no group of 1..k−1 people by subtracting shown figures, in any tree', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const shown = shownGroups(c);
        for (const [root, whole] of shown) {
          for (const set of disjointSets(c, root, shown)) {
            const rest = whole.map((n, i) => n - set.reduce((s, code) => s + ((shown.get(code) as number[])[i] ?? 0), 0));
            const people = rest.reduce((a, b) => a + b, 0);
            if (people > 0 && people < c.k) {
              throw new Error(`${root} minus ${set.join(', ') || 'nothing'} leaves ${people} people (k = ${c.k}): ${JSON.stringify(rest)}`);
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('would find one if a lone small child were only withheld itself (the check can fail)', () => {
    // R has 8 people of its own spread over A (6) and B (2): B alone withheld would leave R − A = 2.
    const units: UnitNode[] = [{ code: 'R', parentCode: null }, { code: 'A', parentCode: 'R' }, { code: 'B', parentCode: 'R' }];
    const counts: EffectCount[] = [{ unit: 'A', value: 4, count: 6 }, { unit: 'B', value: 2, count: 2 }];
    const honest = shownGroups({ units, counts, k: 5 });
    expect([...honest.keys()]).toEqual(['R']);
    // A naive rule that withholds only groups below k shows A beside R: R − A is B's 2 answers.
    const naive = new Map([...honest, ['A', [0, 0, 0, 6, 0]]]);
    const [set] = disjointSets({ units, counts, k: 5 }, 'R', naive).filter((s) => s.includes('A'));
    const rest = (naive.get('R') as number[]).map((n, i) => n - ((naive.get(set?.[0] as string) as number[])[i] ?? 0));
    expect(rest.reduce((a, b) => a + b, 0)).toBe(2);
  });
});
