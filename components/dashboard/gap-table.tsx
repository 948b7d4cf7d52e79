import { formatCount, formatDecimal, formatPercentPrecise, formatSteps } from '@/lib/format/number';
import { MissingValue } from '../missing-value';
import type { GapRow } from './types';
import { Withheld } from './withheld';

/**
 * One row per requirement, the same rows as `report gaps`. Each cell carries its exact figure
 * in data-value so a test can compare with the command line without parsing Swedish numbers.
 */
export function GapTable({ rows, nameOf }: { rows: readonly GapRow[]; nameOf: (code: string) => string }) {
  if (rows.length === 0) return <p className="muted">Inga krav i urvalet.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="gap-caption" tabIndex={0}>
      <table className="data-table data-table--wide" data-testid="gap-table">
        <caption id="gap-caption">Gap per krav</caption>
        <thead>
          <tr>
            <th scope="col">Krav</th>
            <th scope="col">Förväntade</th>
            <th scope="col">Bedömda</th>
            <th scope="col">Medelnivå</th>
            <th scope="col">Medelgap</th>
            <th scope="col">Når kraven</th>
            <th scope="col">Gapvolym</th>
            <th scope="col">Täckning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.requirement} data-requirement={r.requirement}>
              <th scope="row">{nameOf(r.requirement)}</th>
              {r.suppressed || r.expected === null || r.assessed === null || r.gapVolume === null || r.coverage === null ? (
                <td colSpan={7}>
                  <Withheld />
                </td>
              ) : (
                <>
              <td data-value={r.expected}>{formatCount(r.expected)}</td>
              <td data-value={r.assessed}>{formatCount(r.assessed)}</td>
              <td data-value={r.meanLevel ?? ''}>{r.meanLevel === null ? <MissingValue /> : formatDecimal(r.meanLevel)}</td>
              <td data-value={r.meanGap ?? ''}>{r.meanGap === null ? <MissingValue /> : formatSteps(r.meanGap)}</td>
              <td data-value={r.meetsShare ?? ''}>{r.meetsShare === null ? <MissingValue /> : formatPercentPrecise(r.meetsShare)}</td>
              <td data-value={r.gapVolume}>{formatCount(r.gapVolume)} steg</td>
              <td data-value={r.coverage}>{formatPercentPrecise(r.coverage)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
