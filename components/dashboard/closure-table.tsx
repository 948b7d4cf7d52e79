import { formatCount, formatSteps } from '@/lib/format/number';
import { MissingValue } from '../missing-value';
import type { GapClosure } from './types';

const signedSteps = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** The gap of the same people in the previous round and in this one, per requirement. */
export function ClosureTable({ rows, nameOf, previousName }: { rows: readonly GapClosure[]; nameOf: (code: string) => string; previousName: string | null }) {
  if (!previousName) return <p className="muted">Det finns ingen tidigare omgång att jämföra med.</p>;
  if (rows.length === 0) return <p className="muted">Ingen har bedömts på samma krav i båda omgångarna.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="closure-caption" tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption id="closure-caption">Medelgap för samma personer i {previousName} och nu</caption>
        <thead>
          <tr>
            <th scope="col">Krav</th>
            <th scope="col">Personer</th>
            <th scope="col">Medelgap då</th>
            <th scope="col">Medelgap nu</th>
            <th scope="col">Minskning</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.requirement} data-requirement={r.requirement}>
              <th scope="row">{nameOf(r.requirement)}</th>
              <td>{formatCount(r.n)}</td>
              <td>{r.meanGapBaseline === null ? <MissingValue /> : formatSteps(r.meanGapBaseline)}</td>
              <td>{r.meanGapFollowUp === null ? <MissingValue /> : formatSteps(r.meanGapFollowUp)}</td>
              <td>{r.closure === null ? <MissingValue /> : `${signedSteps.format(r.closure)} steg`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
