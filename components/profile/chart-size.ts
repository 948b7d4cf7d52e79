// Sizes the chart and its loader share: the loader keeps the chart's room while the chart
// library loads (a module of its own, so the loader does not pull the library in).

export const CHART_ROW_HEIGHT = 64;
export const CHART_AXIS_HEIGHT = 56;
const CHART_MARGINS = 16;
/** The legend above the chart. */
const LEGEND_HEIGHT = 40;

export function chartPlotHeight(rows: number): number {
  return CHART_AXIS_HEIGHT + CHART_MARGINS + rows * CHART_ROW_HEIGHT;
}

export function chartTotalHeight(rows: number): number {
  return LEGEND_HEIGHT + chartPlotHeight(rows);
}
