'use client';

import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';

export interface DistributionChartRow {
  name: string;
  /** People at level 0..4. */
  counts: number[];
}

export interface DistributionChartProps {
  rows: readonly DistributionChartRow[];
  levels: ReadonlyArray<{ level: number; name: string }>;
}

// The heatmap's Blues scale, lightest for level 0; a dark outline keeps the light steps visible.
const COLOURS = ['#eff3ff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

/** Stacked bars, each requirement's people split by level (shares of 100 %). Drawn in the browser only. */
export default function DistributionChart({ rows, levels }: DistributionChartProps) {
  const data = rows.map((r) => Object.fromEntries([['name', r.name], ...levels.map((l) => [`l${l.level}`, r.counts[l.level] ?? 0])]));
  return (
    <BarChart
      className="dashboard-chart__plot"
      style={{ height: 40 + rows.length * 32 + 60 }}
      responsive
      data={data}
      layout="vertical"
      stackOffset="expand"
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid horizontal={false} />
      <XAxis type="number" tickFormatter={(v: number) => percent.format(v)} />
      <YAxis type="category" dataKey="name" width={180} interval={0} />
      <Legend />
      {levels.map((l) => (
        <Bar key={l.level} dataKey={`l${l.level}`} name={`${l.level} ${l.name}`} stackId="levels" fill={COLOURS[l.level] ?? '#888888'} stroke="#1a1a1a" strokeWidth={0.5} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
