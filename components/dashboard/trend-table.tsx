import { formatCount, formatPercent, formatSteps } from '@/lib/format/number';
import { MissingValue } from '../missing-value';
import type { TrendPoint } from './types';
import { Withheld } from './withheld';

/** The headline figures of every round so far, oldest first: the trend in numbers. */
export function TrendTable({ rows }: { rows: readonly TrendPoint[] }) {
  if (rows.length < 2) return <p className="muted">Det finns bara en omgång med svar. Utvecklingen syns när nästa omgång har svar.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="trend-caption" tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption id="trend-caption">Nyckeltal per omgång, äldst först</caption>
        <thead>
          <tr>
            <th scope="col">Omgång</th>
            <th scope="col">Svarsfrekvens</th>
            <th scope="col">Når kraven</th>
            <th scope="col">Medelgap</th>
            <th scope="col">Gapvolym</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ round, headline: h }) => (
            <tr key={round.code} data-round={round.code}>
              <th scope="row">{round.name}</th>
              <td data-value={h.rate ?? ''}>
                {h.rate === null ? <MissingValue /> : formatPercent(h.rate)}{' '}
                <span className="muted">
                  ({formatCount(h.responded)} av {formatCount(h.population)})
                </span>
              </td>
              <td data-value={h.meetsShare ?? ''}>{h.suppressed ? <Withheld /> : h.meetsShare === null ? <MissingValue /> : formatPercent(h.meetsShare)}</td>
              <td data-value={h.meanGap ?? ''}>{h.suppressed ? <Withheld /> : h.meanGap === null ? <MissingValue /> : formatSteps(h.meanGap)}</td>
              <td data-value={h.gapVolume ?? ''}>{h.gapVolume === null ? <Withheld /> : `${formatCount(h.gapVolume)} steg`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
