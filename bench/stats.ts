// Timing helpers for the benchmarks: run a measurement repeatedly and summarise it.

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), p99Ms: percentile(sorted, 99) };
}

/**
 * Times `fn` after `warmup` untimed runs: at most `runs` times and, after the first three, no longer
 * than `budgetMs` in all (a plain GROUP BY at national scale takes seconds a time).
 */
export async function timeIt(fn: () => Promise<unknown>, options: { runs: number; warmup?: number; budgetMs?: number }): Promise<Timing> {
  for (let i = 0; i < (options.warmup ?? 2); i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
    if (samples.length >= 3 && performance.now() - started > (options.budgetMs ?? 30_000)) break;
  }
  return summarise(samples);
}

export const ms = (n: number): string => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
