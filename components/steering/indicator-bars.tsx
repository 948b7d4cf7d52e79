import type { SteeringIndicator } from './types';

/** The right end of the bars: 100 % for shares, otherwise a little above the largest of target and values. */
function barMaximum(i: SteeringIndicator): number {
  if (i.scale === 'share') return 1;
  const values = [i.target, i.baseline.figure.value, i.current.figure.value].filter((v): v is number => v !== null && v > 0);
  return values.length === 0 ? 1 : Math.max(...values) * 1.1;
}

const width = (value: number, max: number) => `${Math.min(100, Math.max(0, (value / max) * 100)).toFixed(1)}%`;

/**
 * Baseline and follow-up as two bars against the target (a line). Only a picture of the
 * figures written beside it, so it is hidden from assistive technology.
 */
export function IndicatorBars({ indicator }: { indicator: SteeringIndicator }) {
  const max = barMaximum(indicator);
  const rows = [
    { label: 'Utgångsläge', figure: indicator.baseline.figure, modifier: 'baseline' },
    { label: 'Uppföljning', figure: indicator.current.figure, modifier: 'current' },
  ];
  if (rows.every((r) => r.figure.value === null)) return null;
  return (
    <div className="steering-bars" aria-hidden="true">
      {rows.map((r) => (
        <div key={r.modifier} className="steering-bars__row">
          <span className="steering-bars__label">{r.label}</span>
          <span className="steering-bars__track">
            {r.figure.value !== null && r.figure.value > 0 && (
              <span className={`steering-bars__bar steering-bars__bar--${r.modifier}`} style={{ width: width(r.figure.value, max) }} />
            )}
            {indicator.target !== null && <span className="steering-bars__target" style={{ left: width(indicator.target, max) }} />}
          </span>
        </div>
      ))}
      {indicator.target !== null && (
        <p className="steering-bars__legend">
          <span className="steering-bars__legend-line" /> mål
        </p>
      )}
    </div>
  );
}
