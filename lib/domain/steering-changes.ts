import { changeWeight } from './indicator-values';
import type { GroupFigure, IndicatorScale } from './indicators';

interface IndicatorFigures {
  code: string;
  name: string;
  scale: IndicatorScale;
  target: number | null;
  current: { figure: GroupFigure };
}

export interface IndicatorChange {
  indicator: string;
  name: string;
  scale: IndicatorScale;
  before: number;
  now: number;
  delta: number;
}

/**
 * What changed most between an earlier view (the last meeting's snapshot) and now: indicators
 * whose current figure is shown in both and differs, largest change first (changeWeight), at
 * most five. Withheld figures never take part, so no change reveals a small group.
 */
export function changesBetween(before: readonly IndicatorFigures[], now: readonly IndicatorFigures[]): IndicatorChange[] {
  const earlier = new Map(before.map((i) => [i.code, i]));
  const out: Array<IndicatorChange & { weight: number }> = [];
  for (const i of now) {
    const b = earlier.get(i.code)?.current.figure;
    const n = i.current.figure;
    if (!b || b.withheld || n.withheld || b.value === null || n.value === null || b.value === n.value) continue;
    const delta = n.value - b.value;
    out.push({ indicator: i.code, name: i.name, scale: i.scale, before: b.value, now: n.value, delta, weight: changeWeight(delta, i.scale, i.target) });
  }
  return out
    .sort((a, b) => b.weight - a.weight || a.indicator.localeCompare(b.indicator))
    .slice(0, 5)
    .map(({ weight, ...c }) => (void weight, c));
}
