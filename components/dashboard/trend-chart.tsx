'use client';

import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';

export interface TrendChartProps {
  /** One point per round, oldest first; shares 0..1 or null when not computable. */
  points: ReadonlyArray<{ name: string; rate: number | null; meetsShare: number | null }>;
}

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

/**
 * Two lines over the rounds. Told apart by dash pattern and marker as well as colour (Okabe–Ito
 * blue and vermillion), so the chart reads for colour-blind viewers and in greyscale.
 */
export default function TrendChart({ points }: TrendChartProps) {
  return (
    <LineChart
      className="dashboard-chart__plot"
      style={{ height: 260 }}
      responsive
      data={points.map((p) => ({ ...p }))}
      accessibilityLayer={false}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid vertical={false} />
      <XAxis dataKey="name" label={{ value: 'Omgång', position: 'insideBottom', offset: -4 }} height={48} />
      <YAxis domain={[0, 1]} tickFormatter={(v: number) => percent.format(v)} label={{ value: 'Andel', angle: -90, position: 'insideLeft' }} />
      <Legend verticalAlign="top" />
      <Line dataKey="meetsShare" name="Når kraven" stroke="#0072b2" strokeWidth={3} dot={{ r: 5 }} isAnimationActive={false} connectNulls />
      <Line dataKey="rate" name="Svarsfrekvens" stroke="#d55e00" strokeWidth={3} strokeDasharray="6 4" dot={{ r: 5, strokeDasharray: '' }} isAnimationActive={false} connectNulls />
    </LineChart>
  );
}
