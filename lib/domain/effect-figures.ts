import { EFFECT_VALUES } from './enums';
import { withheldGroups } from './suppression';
import { subtreeCodes, type UnitNode } from './unit-tree';

/** Answers to one question in one round counted for a unit (the unit stored on the answer). */
export interface EffectCount {
  unit: string;
  value: number;
  count: number;
}

export interface EffectFigures {
  k: number;
  suppressed: boolean;
  n: number | null;
  mean: number | null;
  shareAgree: number | null;
  /** Count per value 1..5. */
  distribution: number[] | null;
  /** Set only for a round that has not closed: its figures do not exist yet. */
  notYet?: true;
  /** With notYet: the first day the figures exist (the day after the round closes). */
  figuresFrom?: string;
}

/** Which units are withheld for one round and question, over the whole tree. */
export function withheldUnits(units: readonly UnitNode[], counts: readonly EffectCount[], k: number): Set<string> {
  const direct = new Map<string, number>();
  for (const c of counts) direct.set(c.unit, (direct.get(c.unit) ?? 0) + c.count);
  return withheldGroups(
    units.map((u) => ({ key: u.code, parentKey: u.parentCode, direct: direct.get(u.code) ?? 0 })),
    k,
  );
}

/** Figures of a set of answers, with no suppression: callers decide what may be shown. */
export function effectFiguresOf(counts: readonly EffectCount[], k: number): EffectFigures {
  const distribution = EFFECT_VALUES.map(() => 0);
  let n = 0;
  let sum = 0;
  for (const c of counts) {
    const i = EFFECT_VALUES.indexOf(c.value as (typeof EFFECT_VALUES)[number]);
    if (i < 0) continue;
    distribution[i] = (distribution[i] ?? 0) + c.count;
    n += c.count;
    sum += c.value * c.count;
  }
  const agree = (distribution[3] ?? 0) + (distribution[4] ?? 0);
  return { k, suppressed: false, n, mean: n === 0 ? null : sum / n, shareAgree: n === 0 ? null : agree / n, distribution };
}

/**
 * A round that has not closed: no n, mean, share or distribution, only the day the figures come
 * (DOMAIN.md, closed rounds only). Not "suppressed": nothing is withheld, nothing exists yet.
 */
export function notYetFigures(k: number, figuresFrom: string): EffectFigures {
  return { k, suppressed: false, n: null, mean: null, shareAgree: null, distribution: null, notYet: true, figuresFrom };
}

export function withheldFigures(k: number): EffectFigures {
  return { k, suppressed: true, n: null, mean: null, shareAgree: null, distribution: null };
}

/**
 * The effect figures of a unit and everything below it, withheld when the unit is withheld
 * anywhere in the tree, so a single-unit query answers as a whole-tree report does.
 */
export function unitEffectFigures(units: readonly UnitNode[], counts: readonly EffectCount[], unit: string, k: number): EffectFigures {
  if (withheldUnits(units, counts, k).has(unit)) return withheldFigures(k);
  const scope = subtreeCodes(units, unit);
  return effectFiguresOf(counts.filter((c) => scope.has(c.unit)), k);
}
