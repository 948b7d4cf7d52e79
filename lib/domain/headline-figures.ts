import { gapOf } from './scale';
import type { GapSums } from './gap-figures';

/** The two headline figures of a scope, over every requirement of every role in it. */
export interface HeadlineFigures {
  /** Person–requirement pairs with an effective level. */
  assessed: number;
  /** Share of the assessed pairs that meet the required level (0..1); null when none is assessed. */
  meetsShare: number | null;
  /** Mean gap in level steps over the assessed pairs; null when none is assessed. */
  meanGap: number | null;
}

/**
 * Pools the gap sums of a scope so that every assessed person and requirement weighs the same:
 * Σ meets ÷ Σ assessed and Σ gap ÷ Σ assessed. A mean of per-requirement shares would let a
 * requirement assessed for three people count as much as one assessed for three hundred.
 */
export function headlineFigures(sums: readonly GapSums[]): HeadlineFigures {
  let assessed = 0;
  let meets = 0;
  let gapSum = 0;
  for (const s of sums) {
    assessed += s.assessed;
    meets += s.meets;
    gapSum += s.gapSum;
  }
  return pooled(assessed, meets, gapSum);
}

/** People × requirements with this effective level where the role requires `requiredLevel`. */
export interface RequiredLevelCount {
  requiredLevel: number;
  level: number;
  count: number;
}

/**
 * The headline figures from a histogram by required level and level, for a view that has many
 * units and needs only their headlines (the start page): the same numbers as headlineFigures over
 * gapSumsByRole for those answers, since both only count pairs whose role has the requirement.
 */
export function headlineFromRequiredLevels(rows: readonly RequiredLevelCount[]): HeadlineFigures {
  let assessed = 0;
  let meets = 0;
  let gapSum = 0;
  for (const r of rows) {
    assessed += r.count;
    if (r.level >= r.requiredLevel) meets += r.count;
    gapSum += gapOf(r.requiredLevel, r.level) * r.count;
  }
  return pooled(assessed, meets, gapSum);
}

/** Σ meets ÷ Σ assessed and Σ gap ÷ Σ assessed; null, not zero, when nobody is assessed. */
function pooled(assessed: number, meets: number, gapSum: number): HeadlineFigures {
  return {
    assessed,
    meetsShare: assessed === 0 ? null : meets / assessed,
    meanGap: assessed === 0 ? null : gapSum / assessed,
  };
}
