import { indicatorStatus, WITHHELD, type GroupFigure, type IndicatorKind, type IndicatorScale, type IndicatorStatus } from './indicators';
import { statusReason } from './indicator-values';
import { dayAfter } from './round-status';

/** The label of an effect figure whose round has not closed: when the figures come. */
export function effectNotYetLabel(round: { name: string; closesOn: string }): string {
  return `${round.name}: siffrorna kommer ${dayAfter(round.closesOn)}, när omgången har stängt`;
}

const NOT_MEASURED: GroupFigure = { withheld: false, value: null, n: null };

interface Side {
  round: { code: string; name: string } | null;
  label: string;
  figure: GroupFigure;
}

/** What the rules below need of a stored indicator (SteeringIndicator in lib/data). */
export interface StoredIndicator {
  code: string;
  kind: IndicatorKind;
  scale: IndicatorScale;
  target: number | null;
  baseline: Side;
  current: Side;
  status: IndicatorStatus;
  statusReason: string;
  spread: Array<{ unit: { code: string; name: string }; figure: GroupFigure }>;
  split: Array<{ label: string; figure: GroupFigure }> | null;
}

export interface StoredView<I extends StoredIndicator> {
  k: number;
  elapsed: number;
  indicators: I[];
  changes: Array<{ indicator: string }>;
}

const isEffect = (kind: IndicatorKind) => kind === 'strengthened' || kind === 'effect_question';
const small = (f: GroupFigure, k: number) => !f.withheld && f.n !== null && f.n < k;
const withhold = (f: GroupFigure): GroupFigure => (f.withheld || f.n === null ? f : WITHHELD);

/**
 * A frozen snapshot as it may be shown today (DOMAIN.md "Effect measures"):
 *
 * - It holds effect figures of closed rounds only. A snapshot frozen while a round was open
 *   (before this rule, or by a bug) shows no figure for that round: beside the final figures it
 *   would give away the answers given between the freezing and the close.
 * - When the k in force now is higher than the k at freezing, every figure of fewer than the
 *   new k people is withheld, together with the rest of its group (total, spread, split), since
 *   the stored figures no longer say which complement would give it away.
 *
 * `closesOn` gives each round's last day by code (a round no longer there counts as open);
 * `frozenOn` is the Swedish day the snapshot was frozen.
 */
export function snapshotAsShownNow<I extends StoredIndicator, V extends StoredView<I>>(
  view: V,
  args: { k: number; closesOn: ReadonlyMap<string, string>; frozenOn: string },
): V {
  const k = Math.max(view.k, args.k);
  const changed = new Set<string>();
  const indicators = view.indicators.map((ind) => {
    let { baseline, current, spread, split } = ind;
    if (isEffect(ind.kind)) {
      const open = (side: Side) => {
        if (!side.round) return false;
        const closes = args.closesOn.get(side.round.code);
        return closes === undefined || !(closes < args.frozenOn);
      };
      const notYet = (side: Side): Side => {
        const closes = side.round ? args.closesOn.get(side.round.code) : undefined;
        const label = side.round && closes ? effectNotYetLabel({ name: side.round.name, closesOn: closes }) : 'Siffrorna fanns inte när bilden frystes';
        return { ...side, label, figure: NOT_MEASURED };
      };
      if (open(baseline)) baseline = notYet(baseline);
      if (open(current)) {
        current = notYet(current);
        spread = spread.map((s) => ({ ...s, figure: NOT_MEASURED }));
      }
    }
    if (k > view.k) {
      if (small(baseline.figure, k)) baseline = { ...baseline, figure: WITHHELD };
      const group = [current.figure, ...spread.map((s) => s.figure), ...(split ?? []).map((s) => s.figure)];
      if (group.some((f) => small(f, k))) {
        current = { ...current, figure: withhold(current.figure) };
        spread = spread.map((s) => ({ ...s, figure: withhold(s.figure) }));
        split = split ? split.map((s) => ({ ...s, figure: withhold(s.figure) })) : null;
      }
    }
    if (baseline === ind.baseline && current === ind.current && spread === ind.spread && split === ind.split) return ind;
    changed.add(ind.code);
    const baselineValue = ind.kind === 'gap_closure' || ind.kind === 'participants' ? 0 : baseline.figure.value;
    const status = indicatorStatus({ baseline: baselineValue, current: current.figure.value, target: ind.target, elapsed: view.elapsed });
    const reason = statusReason({ status, scale: ind.scale, baseline: baselineValue, current: current.figure.value, currentWithheld: current.figure.withheld, target: ind.target, elapsed: view.elapsed });
    return { ...ind, baseline, current, spread, split, status, statusReason: reason };
  });
  return { ...view, k, indicators, changes: view.changes.filter((c) => !changed.has(c.indicator)) };
}
