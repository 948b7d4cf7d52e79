import Link from 'next/link';
import { formatCount, formatPercent } from '@/lib/format/number';
import { HEAT_LEGEND, heatColours } from './heat-scale';
import type { GapRow, Named, Requirement } from './types';
import { Withheld } from './withheld';

export interface HeatmapRow {
  /** The row's header: a role or a unit. */
  head: Named;
  cells: readonly GapRow[];
  /** Where the row's cells lead: the same dashboard narrowed to this role, or this unit's own dashboard. */
  href: string;
}

export interface HeatmapProps {
  id: string;
  caption: string;
  /** The header of the first column, e.g. "Roll" or "Enhet". */
  rowLabel: string;
  rows: readonly HeatmapRow[];
  requirements: readonly Requirement[];
  empty: string;
  /** Read out for a cell where nobody in the row has the requirement, e.g. "ingen i rollen har kravet". */
  noneLabel: string;
}

/** Rows × requirements: the share meeting each requirement, with the number assessed; each cell drills down. */
export function Heatmap({ id, caption, rowLabel, rows, requirements, empty, noneLabel }: HeatmapProps) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="data-table dashboard-heatmap">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowLabel}</th>
              {requirements.map((r) => (
                <th key={r.code} scope="col">
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ head, cells, href }) => {
              const byRequirement = new Map(cells.map((c) => [c.requirement, c]));
              return (
                <tr key={head.code}>
                  <th scope="row">
                    <Link href={href}>{head.name}</Link>
                  </th>
                  {requirements.map((r) => (
                    <HeatCell key={r.code} cell={byRequirement.get(r.code)} href={href} label={`${head.name}, ${r.name}`} none={noneLabel} />
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

function HeatCell({ cell, href, label, none }: { cell: GapRow | undefined; href: string; label: string; none: string }) {
  if (cell?.suppressed) {
    return (
      <td className="dashboard-heatmap__empty">
        <Withheld />
      </td>
    );
  }
  if (!cell || cell.expected === 0 || cell.assessed === null) {
    return (
      <td className="dashboard-heatmap__empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{none}</span>
      </td>
    );
  }
  if (cell.assessed === 0 || cell.meetsShare === null) {
    return <td className="dashboard-heatmap__empty">ej bedömd</td>;
  }
  const colours = heatColours(cell.meetsShare);
  return (
    <td className="dashboard-heatmap__cell" style={colours} data-value={String(cell.meetsShare)}>
      <Link href={href} className="dashboard-heatmap__link" style={{ color: colours.color }}>
        <span className="dashboard-heatmap__share">{formatPercent(cell.meetsShare)}</span>{' '}
        <span className="dashboard-heatmap__n">n {formatCount(cell.assessed)}</span>
        <span className="visually-hidden"> – visa {label}</span>
      </Link>
    </td>
  );
}
