import { describe, expect, it } from 'vitest';
import { count, projectFigures, ratio, splitFigures, type UnitTally } from './project-groups';
import { withheldGroups } from './suppression';
import { subtreeCodes, type UnitNode } from './unit-tree';

const K = 5;
const t = (n: number, num = n, den = n): UnitTally => ({ n, num, den });

// R ─ A ─ A1, A2
//   └ B ─ B1
//   └ C (not in the project)
const UNITS: UnitNode[] = [
  { code: 'R', parentCode: null },
  { code: 'A', parentCode: 'R' },
  { code: 'A1', parentCode: 'A' },
  { code: 'A2', parentCode: 'A' },
  { code: 'B', parentCode: 'R' },
  { code: 'B1', parentCode: 'B' },
  { code: 'C', parentCode: 'R' },
];

describe('projectFigures', () => {
  it('shows the total and each root when every group is large enough', () => {
    const f = projectFigures(UNITS, ['A', 'B'], new Map([['A1', t(10, 4)], ['A2', t(10, 6)], ['B1', t(8, 2)], ['C', t(20)]]), K, ratio);
    expect(f.total).toEqual({ withheld: false, value: 12 / 28, n: 28 });
    expect(f.spread).toEqual([
      { unit: 'A', figure: { withheld: false, value: 10 / 20, n: 20 } },
      { unit: 'B', figure: { withheld: false, value: 2 / 8, n: 8 } },
    ]);
  });

  it('withholds a root as unit reports do, and then the total, which would give it away', () => {
    // A1 has 3 people: a unit report withholds it and, as its complement, A2. Only A1 is a root.
    const f = projectFigures(UNITS, ['A1', 'C'], new Map([['A1', t(3)], ['A2', t(10)], ['B1', t(8)], ['C', t(20)]]), K, count);
    expect(f.spread).toEqual([
      { unit: 'A1', figure: { withheld: true, value: null, n: null } },
      { unit: 'C', figure: { withheld: false, value: 20, n: 20 } },
    ]);
    // Total − C would be A1's 3 people.
    expect(f.total.withheld).toBe(true);
  });

  it('withholds the total when a root is withheld as the complement of a small sibling outside the project', () => {
    // C has 2 people; R's unit report withholds B (8) with it. Total − A would give B, and R − A − B gives C.
    const f = projectFigures(UNITS, ['A', 'B'], new Map([['A1', t(10)], ['A2', t(10)], ['B1', t(8)], ['C', t(2)], ['R', t(0)]]), K, count);
    expect(f.total.withheld).toBe(true);
    expect(f.spread.map((s) => [s.unit, s.figure.withheld])).toEqual([['A', false], ['B', true]]);
  });

  it('lets no group of 1..k−1 people be derived by subtracting shown groups, over random trees (with every unit report)', () => {
    // A small seeded generator: the same 1,000 cases on every run.
    let seed = 42;
    const next = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % (max + 1);
    };
    for (let run = 0; run < 1000; run++) {
      const tallies = new Map(UNITS.map((u) => [u.code, t(next(12))]));
      const picked = ['A', 'B', 'C', 'A1', 'B1'].filter(() => next(1) === 1);
      // Roots must not contain one another.
      const roots = picked.filter((r) => !picked.some((o) => o !== r && subtreeCodes(UNITS, o).has(r)));
      const f = projectFigures(UNITS, roots, tallies, K, count);
      const unitReport = withheldGroups(UNITS.map((u) => ({ key: u.code, parentKey: u.parentCode, direct: tallies.get(u.code)?.n ?? 0 })), K);
      const size = (codes: Iterable<string>) => [...codes].reduce((a, c) => a + (tallies.get(c)?.n ?? 0), 0);
      // Every shown group with its members: the project total, its roots, and every unit report.
      const shown: Array<{ members: Set<string>; n: number }> = [];
      const projectMembers = new Set(roots.flatMap((r) => [...subtreeCodes(UNITS, r)]));
      if (!f.total.withheld) shown.push({ members: projectMembers, n: f.total.n ?? -1 });
      for (const s of f.spread) if (!s.figure.withheld) shown.push({ members: subtreeCodes(UNITS, s.unit), n: s.figure.n ?? -1 });
      for (const u of UNITS) if (!unitReport.has(u.code)) shown.push({ members: subtreeCodes(UNITS, u.code), n: size(subtreeCodes(UNITS, u.code)) });
      for (const g of shown) {
        expect(g.n).toBe(size(g.members));
        expect(g.n).toBeGreaterThanOrEqual(K);
      }
      // Any shown group minus any set of disjoint shown groups inside it: 0 or at least k people.
      const distinct = shown.filter((g, i) => shown.findIndex((h) => h.members.size === g.members.size && [...g.members].every((m) => h.members.has(m))) === i);
      for (const a of distinct) {
        const inside = distinct.filter((b) => b !== a && [...b.members].every((m) => a.members.has(m)));
        const walk = (from: number, used: Set<string>, n: number) => {
          const rest = a.n - n;
          if (n > 0) expect(rest === 0 || rest >= K, `run ${run}: ${rest} people derivable`).toBe(true);
          for (let i = from; i < inside.length; i++) {
            const b = inside[i] as (typeof inside)[number];
            if ([...b.members].some((m) => used.has(m))) continue;
            walk(i + 1, new Set([...used, ...b.members]), n + b.n);
          }
        };
        walk(0, new Set(), 0);
      }
    }
  });
});

describe('splitFigures', () => {
  it('withholds parts under k and so many more that the withheld parts hold at least k', () => {
    const parts = [{ key: 'kvinna', tally: t(40) }, { key: 'man', tally: t(9) }, { key: 'annat', tally: t(2) }];
    const s = splitFigures(parts, K, count, true);
    // annat (2) alone could be found as total − kvinna − man: man goes too.
    expect(s.map((p) => [p.key, p.figure.withheld])).toEqual([['kvinna', false], ['man', true], ['annat', true]]);
  });
  it('shows nothing of a withheld whole', () => {
    expect(splitFigures([{ key: 'kvinna', tally: t(40) }], K, count, false)[0]?.figure.withheld).toBe(true);
  });
});
