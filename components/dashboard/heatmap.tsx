import { formatCount, formatPercent } from '@/lib/format/number';
import { HEAT_LEGEND, heatColours } from './heat-scale';
import type { GapRow, Named, Requirement } from './types';

export interface HeatmapProps {
  rows: ReadonlyArray<{ role: Named; cells: readonly GapRow[] }>;
  requirements: readonly Requirement[];
}

/** Roles × requirements: the share meeting each requirement, with the number assessed. */
export function Heatmap({ rows, requirements }: HeatmapProps) {
  if (rows.length === 0) return <p className="muted">Inga roller med krav i urvalet.</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
        <table className="data-table dashboard-heatmap">
          <caption id="heatmap-caption">Andel som når kraven, per roll och krav (n = antal bedömda)</caption>
          <thead>
            <tr>
              <th scope="col">Roll</th>
              {requirements.map((r) => (
                <th key={r.code} scope="col">
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ role, cells }) => {
              const byRequirement = new Map(cells.map((c) => [c.requirement, c]));
              return (
                <tr key={role.code}>
                  <th scope="row">{role.name}</th>
                  {requirements.map((r) => (
                    <HeatCell key={r.code} cell={byRequirement.get(r.code)} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="dashboard-legend" aria-label="Färgskala">
        {HEAT_LEGEND.map((s) => (
          <li key={s.label}>
            <span className="dashboard-legend__swatch" style={{ background: s.background }} aria-hidden="true" /> {s.label}
          </li>
        ))}
      </ul>
    </>
  );
}

function HeatCell({ cell }: { cell: GapRow | undefined }) {
  if (!cell || cell.expected === 0) {
    return (
      <td className="dashboard-heatmap__empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">ingen i rollen har kravet</span>
      </td>
    );
  }
  if (cell.assessed === 0 || cell.meetsShare === null) {
    return <td className="dashboard-heatmap__empty">ej bedömd</td>;
  }
  return (
    <td className="dashboard-heatmap__cell" style={heatColours(cell.meetsShare)} data-value={String(cell.meetsShare)}>
      <span className="dashboard-heatmap__share">{formatPercent(cell.meetsShare)}</span>{' '}
      <span className="dashboard-heatmap__n">n {formatCount(cell.assessed)}</span>
    </td>
  );
}
