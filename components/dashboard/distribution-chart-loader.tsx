'use client';

import dynamic from 'next/dynamic';
import type { DistributionChartProps } from './distribution-chart';

// recharts is loaded only here, in the browser, and only on pages that draw this chart.
const DistributionChart = dynamic(() => import('./distribution-chart'), {
  ssr: false,
  loading: () => <p className="muted">Ritar diagrammet …</p>,
});

/** The chart is for the eye; the table below it holds the same figures for everyone. */
export function DistributionChartFigure(props: DistributionChartProps) {
  if (props.rows.length === 0) return null;
  return (
    <figure className="dashboard-chart">
      <div aria-hidden="true">
        <DistributionChart {...props} />
      </div>
      <figcaption className="muted">Andel personer per nivå och krav. Samma uppgifter finns i tabellen nedan.</figcaption>
    </figure>
  );
}
