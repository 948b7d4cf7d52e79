import { SCALE } from '@/lib/domain/scale';
import { formatCount } from '@/lib/format/number';
import type { LevelDistribution } from './types';
import { Withheld } from './withheld';

/** How many people are at each level of the scale, per requirement. */
export function DistributionTable({ rows, nameOf }: { rows: readonly LevelDistribution[]; nameOf: (code: string) => string }) {
  if (rows.length === 0) return <p className="muted">Inga bedömningar i urvalet.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="distribution-caption" tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption id="distribution-caption">Antal personer per nivå och krav</caption>
        <thead>
          <tr>
            <th scope="col">Krav</th>
            {SCALE.map((s) => (
              <th key={s.level} scope="col">
                {s.level} {s.name}
              </th>
            ))}
            <th scope="col">Bedömda</th>
            <th scope="col">Kravnivå</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.requirement} data-requirement={r.requirement}>
              <th scope="row">{nameOf(r.requirement)}</th>
              {r.counts === null || r.assessed === null ? (
                <td colSpan={SCALE.length + 1}>
                  <Withheld />
                </td>
              ) : (
                <>
                  {SCALE.map((s) => (
                    <td key={s.level}>{formatCount(r.counts?.[s.level] ?? 0)}</td>
                  ))}
                  <td>{formatCount(r.assessed)}</td>
                </>
              )}
              <td>{r.requiredLevels.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
