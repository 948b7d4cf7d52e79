import { describe, it, expect } from 'vitest';
import { withheldGroups, type GroupNode } from './suppression';

const K = 5;
const g = (key: string, parentKey: string | null, direct: number): GroupNode => ({ key, parentKey, direct });
const sorted = (s: Set<string>) => [...s].sort();

describe('complementary suppression (k = 5)', () => {
  it('a group of k−1 is withheld, k and k+1 are shown', () => {
    expect(sorted(withheldGroups([g('A', null, 4)], K))).toEqual(['A']);
    expect(sorted(withheldGroups([g('A', null, 5)], K))).toEqual([]);
    expect(sorted(withheldGroups([g('A', null, 6)], K))).toEqual([]);
  });

  it('children of k−1, k and k+1 under a parent whose hidden part is already ≥ k', () => {
    // P: direct 5, children A 5, B 6, C 4 → C withheld; hidden = 5 + 4 = 9 ≥ 5 → nothing more
    const nodes = [g('P', null, 5), g('A', 'P', 5), g('B', 'P', 6), g('C', 'P', 4)];
    expect(sorted(withheldGroups(nodes, K))).toEqual(['C']);
  });

  it('a lone withheld child makes its smallest shown sibling withheld too', () => {
    // P: direct 0, A 12, B 3 → B withheld (3 < 5); n(P) = 15, hidden 3 → withhold A (12) → hidden 15
    const nodes = [g('P', null, 0), g('A', 'P', 12), g('B', 'P', 3)];
    expect(sorted(withheldGroups(nodes, K))).toEqual(['A', 'B']);
  });

  it('direct answers on a parent count as hidden', () => {
    // P: direct 2, A 10, B 8 → hidden 2 → withhold B (smallest, 8) → hidden 10 ≥ 5, A shown
    const nodes = [g('P', null, 2), g('A', 'P', 10), g('B', 'P', 8)];
    expect(sorted(withheldGroups(nodes, K))).toEqual(['B']);
  });

  it('withholds the next smallest until hidden ≥ k', () => {
    // P: direct 0, A 4, B 5, C 6, D 7 → A withheld, hidden 4 → withhold B (5), hidden 9 → stop
    const nodes = [g('P', null, 0), g('D', 'P', 7), g('C', 'P', 6), g('B', 'P', 5), g('A', 'P', 4)];
    expect(sorted(withheldGroups(nodes, K))).toEqual(['A', 'B']);
  });

  it('a withheld child of n 0 hides nothing and forces no further suppression', () => {
    // A has no respondents: withheld (0 < 5) but hidden(P) = 0
    const nodes = [g('P', null, 0), g('A', 'P', 0), g('B', 'P', 7), g('C', 'P', 8)];
    expect(sorted(withheldGroups(nodes, K))).toEqual(['A']);
  });

  it('ties on the smallest n are broken by the lowest code (code-point order)', () => {
    // hidden 1 → two children of n 6: 'A' < 'B' → A withheld, hidden 7
    expect(sorted(withheldGroups([g('P', null, 1), g('B', 'P', 6), g('C', 'P', 9), g('A', 'P', 6)], K))).toEqual(['A']);
    // 'E10' < 'E2' in code-point order
    expect(sorted(withheldGroups([g('P', null, 1), g('E2', 'P', 6), g('E10', 'P', 6)], K))).toEqual(['E10']);
  });

  it('withholding a child withholds everything below it', () => {
    // A: grandchildren A1 6, A2 7 → n(A) 13, hidden(A) 0 → all shown so far
    // P: direct 2, A 13, B 20 → hidden 2 → withhold A (13) with A1, A2 → hidden 15
    const nodes = [g('P', null, 2), g('A', 'P', 0), g('A1', 'A', 6), g('A2', 'A', 7), g('B', 'P', 20)];
    expect(sorted(withheldGroups(nodes, K))).toEqual(['A', 'A1', 'A2']);
  });

  it('a group below k is withheld together with all its groups', () => {
    const nodes = [g('P', null, 0), g('A', 'P', 2), g('B', 'P', 1)];
    expect(sorted(withheldGroups(nodes, K))).toEqual(['A', 'B', 'P']);
  });

  it('suppression in a deeper level propagates as hidden to the level above', () => {
    // F: direct 0, E1 12, E2 3 → E1, E2 withheld, F (15) shown with hidden 15
    // K: direct 0, F 15, G 9 → hidden(K) = 0 → F and G shown
    const nodes = [g('K', null, 0), g('F', 'K', 0), g('E1', 'F', 12), g('E2', 'F', 3), g('G', 'K', 9)];
    expect(sorted(withheldGroups(nodes, K))).toEqual(['E1', 'E2']);
  });
});

// A tiny seeded generator (mulberry32) so the random trees are the same on every run.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTree(rand: () => number): GroupNode[] {
  const size = 1 + Math.floor(rand() * 40);
  const nodes: GroupNode[] = [];
  for (let i = 0; i < size; i++) {
    const parent = i === 0 || rand() < 0.1 ? null : (nodes[Math.floor(rand() * nodes.length)] as GroupNode).key;
    // many small groups (0..6) and some larger ones, so suppression is often needed
    const direct = rand() < 0.4 ? 0 : rand() < 0.7 ? Math.floor(rand() * 7) : Math.floor(rand() * 25);
    nodes.push(g(`U${i}`, parent, direct));
  }
  return nodes;
}

describe('complementary suppression on random trees', () => {
  for (const k of [3, 5]) {
    it(`k = ${k}: every shown group has n ≥ k and shown groups containing each other differ by 0 or ≥ k`, () => {
      const rand = mulberry32(20240611 + k);
      let shownPairs = 0;
      let withheldSeen = 0;
      for (let t = 0; t < 300; t++) {
        const nodes = randomTree(rand);
        const withheld = withheldGroups(nodes, k);
        const parentOf = new Map(nodes.map((x) => [x.key, x.parentKey]));
        // n(U) = Σ direct over U and everything below it, computed here from the parent links
        const n = new Map<string, number>(nodes.map((x) => [x.key, 0]));
        for (const x of nodes) {
          for (let a: string | null = x.key; a !== null; a = parentOf.get(a) ?? null) n.set(a, (n.get(a) ?? 0) + x.direct);
        }
        withheldSeen += withheld.size;
        for (const x of nodes) {
          const nx = n.get(x.key) ?? 0;
          if (nx < k) expect(withheld.has(x.key)).toBe(true);
          // withheld is closed downwards: a shown group never sits below a withheld one
          if (x.parentKey !== null && withheld.has(x.parentKey)) expect(withheld.has(x.key)).toBe(true);
          if (withheld.has(x.key)) continue;
          expect(nx).toBeGreaterThanOrEqual(k);
          // every shown ancestor
          for (let a = x.parentKey; a !== null; a = parentOf.get(a) ?? null) {
            if (withheld.has(a)) continue;
            const diff = (n.get(a) ?? 0) - nx;
            shownPairs++;
            expect(diff === 0 || diff >= k, `tree ${t}: ${a} (n ${n.get(a)}) contains ${x.key} (n ${nx})`).toBe(true);
          }
          // the part of a shown group that is not shown (direct + withheld children) is 0 or ≥ k
          const hidden =
            x.direct +
            nodes.filter((c) => c.parentKey === x.key && withheld.has(c.key)).reduce((s, c) => s + (n.get(c.key) ?? 0), 0);
          expect(hidden === 0 || hidden >= k, `tree ${t}: hidden(${x.key}) = ${hidden}`).toBe(true);
        }
      }
      // the generator really produced both cases
      expect(shownPairs).toBeGreaterThan(100);
      expect(withheldSeen).toBeGreaterThan(100);
    });
  }
});
