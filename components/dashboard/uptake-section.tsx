import { formatDate } from '@/lib/format/date';
import { formatMonth } from '@/lib/format/month';
import { formatCount, formatPercent } from '@/lib/format/number';
import type { DigitalUptake } from './types';

/** Share of the staff who completed a digital course in the twelve months, and completions by month. */
export function UptakeSection({ uptake }: { uptake: (DigitalUptake & { from: string; to: string }) | null }) {
  if (!uptake || uptake.population === 0) return <p className="muted">Ingen personal att räkna för perioden.</p>;
  return (
    <>
      <p>
        <strong>{uptake.share === null ? '–' : formatPercent(uptake.share)}</strong> ({formatCount(uptake.completedDigital)} av {formatCount(uptake.population)}) har gått
        minst en digital kurs mellan {formatDate(uptake.from)} och {formatDate(uptake.to)}.
      </p>
      {uptake.byMonth.length === 0 ? (
        <p className="muted">Inga genomförda digitala kurser under perioden.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="uptake-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="uptake-caption">Genomförda digitala kurser per månad</caption>
            <thead>
              <tr>
                <th scope="col">Månad</th>
                <th scope="col">Genomförda kurser</th>
              </tr>
            </thead>
            <tbody>
              {uptake.byMonth.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td>{formatCount(m.completions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
