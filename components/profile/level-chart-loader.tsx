'use client';

import dynamic from 'next/dynamic';
import { chartTotalHeight } from './chart-size';
import type { LevelChartRow } from './level-chart';
import styles from './profile.module.css';

// The chart library is fetched only on pages that draw a chart, after the page itself: the
// table beside it already carries every figure, so nothing waits for it.
const LevelChart = dynamic(() => import('./level-chart').then((m) => m.LevelChart), {
  ssr: false,
  loading: () => <div className={styles.placeholder} aria-hidden="true" />,
});

export function LevelChartLoader(props: { rows: readonly LevelChartRow[]; own: boolean; labelledBy: string; describedBy: string }) {
  // Keeps the chart's room while it loads (legend and axes included), so the page does not jump.
  return (
    <div className={styles.chartSlot} style={{ minHeight: chartTotalHeight(props.rows.length) }}>
      <LevelChart {...props} />
    </div>
  );
}
