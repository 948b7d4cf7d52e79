import type { GroupFigure } from './indicators';
import { withheldGroups } from './suppression';
import { compareCodes, subtreeCodes, type UnitNode } from './unit-tree';

/**
 * What one unit contributes to a figure, counted for the unit itself (not below it):
 * `n` people, and a numerator and denominator whose ratio is the figure (for a count, `num`
 * is the count and `den` is 1 wherever anyone is counted).
 */
export interface UnitTally {
  n: number;
  num: number;
  den: number;
}

export type FigureOf = (t: UnitTally) => number | null;

/** A share or a mean: num ÷ den, null when nothing is counted. */
export const ratio: FigureOf = (t) => (t.den === 0 ? null : t.num / t.den);
/** A count: num. */
export const count: FigureOf = (t) => t.num;

export interface ProjectFigures {
  /** The whole project: every scope unit (each with everything below it) together. */
  total: GroupFigure;
  /** Each scope root on its own, in code order. */
  spread: Array<{ unit: string; figure: GroupFigure }>;
}

const add = (a: UnitTally, b: UnitTally): UnitTally => ({ n: a.n + b.n, num: a.num + b.num, den: a.den + b.den });
const ZERO: UnitTally = { n: 0, num: 0, den: 0 };

/**
 * A project's figure in total and per scope root, with the minimum group size and complementary
 * suppression (DOMAIN.md) applied so that nothing of fewer than k people is shown or derived:
 *
 * 1. Each root is a real unit, withheld exactly when the whole-tree suppression withholds it, so
 *    it shows what a unit report shows for it and adds nothing to what can be derived.
 * 2. The total is shown only when every root is shown. It is then the pooled sum of shown
 *    figures and reveals nothing new. With a withheld root it would: total − the shown roots
 *    gives the withheld ones, and a root withheld as the complement of a small sibling would
 *    give that sibling away beside the unit reports.
 */
export function projectFigures(units: readonly UnitNode[], roots: readonly string[], tallies: ReadonlyMap<string, UnitTally>, k: number, figureOf: FigureOf): ProjectFigures {
  const withheld = withheldGroups(units.map((u) => ({ key: u.code, parentKey: u.parentCode, direct: tallies.get(u.code)?.n ?? 0 })), k);
  const sorted = [...new Set(roots)].sort(compareCodes);
  const rootSum = new Map(
    sorted.map((r) => {
      let t = ZERO;
      for (const c of subtreeCodes(units, r)) t = add(t, tallies.get(c) ?? ZERO);
      return [r, t] as const;
    }),
  );
  const total = [...rootSum.values()].reduce(add, ZERO);
  const totalShown = sorted.length > 0 && sorted.every((r) => !withheld.has(r)) && total.n >= k;
  const figure = (t: UnitTally, shown: boolean): GroupFigure => (shown ? { withheld: false, value: figureOf(t), n: t.n } : { withheld: true, value: null, n: null });
  return {
    total: figure(total, totalShown),
    spread: sorted.map((r) => ({ unit: r, figure: figure(rootSum.get(r) ?? ZERO, !withheld.has(r)) })),
  };
}

/**
 * A split of one group into parts (e.g. participants by gender), with the same rule: a part
 * under k is withheld, and so many more (smallest first) that the withheld parts hold 0 or at
 * least k people. Nothing is shown of a whole that is itself withheld.
 */
export function splitFigures(parts: ReadonlyArray<{ key: string; tally: UnitTally }>, k: number, figureOf: FigureOf, wholeShown: boolean): Array<{ key: string; figure: GroupFigure }> {
  const shown = new Set(wholeShown ? parts.filter((p) => p.tally.n >= k).map((p) => p.key) : []);
  const nOf = new Map(parts.map((p) => [p.key, p.tally.n]));
  let hidden = parts.filter((p) => !shown.has(p.key)).reduce((a, p) => a + p.tally.n, 0);
  while (wholeShown && hidden > 0 && hidden < k) {
    const smallest = [...shown].sort((a, b) => (nOf.get(a) ?? 0) - (nOf.get(b) ?? 0) || compareCodes(a, b))[0];
    if (smallest === undefined) break;
    shown.delete(smallest);
    hidden += nOf.get(smallest) ?? 0;
  }
  return parts.map((p) => ({
    key: p.key,
    figure: shown.has(p.key) ? { withheld: false, value: figureOf(p.tally), n: p.tally.n } : { withheld: true, value: null, n: null },
  }));
}
