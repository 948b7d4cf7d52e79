'use client';

import dynamic from 'next/dynamic';
import type { TrendChartProps } from './trend-chart';

// recharts is loaded only in the browser, and only on the pages that draw this chart.
const TrendChart = dynamic(() => import('./trend-chart'), {
  ssr: false,
  loading: () => <p className="muted">Ritar diagrammet …</p>,
});

/** The chart is for the eye; the table next to it holds the same figures for everyone. */
export function TrendChartFigure(props: TrendChartProps) {
  if (props.points.length < 2) return null;
  return (
    <figure className="dashboard-chart">
      <div aria-hidden="true">
        <TrendChart {...props} />
      </div>
      <figcaption className="muted">Andel som når kraven och svarsfrekvens per omgång. Samma uppgifter finns i tabellen nedan.</figcaption>
    </figure>
  );
}
