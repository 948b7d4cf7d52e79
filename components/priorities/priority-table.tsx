import { MissingValue } from '@/components/missing-value';
import { Withheld } from '@/components/dashboard/withheld';
import { formatCount } from '@/lib/format/number';

export interface PriorityTableRow {
  requirement: string;
  name: string;
  area: string | null;
  /** Null where the k rule withholds the row (`suppressed`). */
  priority: number | null;
  gapVolume: number | null;
  assessed: number | null;
  below: number | null;
  courses: ReadonlyArray<{ code: string; name: string; format: string; hours: number | null }>;
  hoursEstimate: number | null;
  topUnits: ReadonlyArray<{ code: string; name: string; priority: number }>;
  suppressed?: true;
}

const FORMAT: Record<string, string> = { digital: 'digital', fysisk: 'på plats', blandad: 'blandad' };

/** The ranking as a table: the order is the priority, highest first. */
export function PriorityTable({ rows, caption }: { rows: readonly PriorityTableRow[]; caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Plats</th>
            <th scope="col">Krav</th>
            <th scope="col">Prioritet</th>
            <th scope="col">Gapvolym (steg)</th>
            <th scope="col">Under kravet</th>
            <th scope="col">Störst i</th>
            <th scope="col">Utbildningar</th>
            <th scope="col">Uppskattade timmar</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.requirement} data-requirement={r.requirement}>
              <td>{r.suppressed ? <MissingValue /> : i + 1}</td>
              <th scope="row">
                {r.name}
                {r.area && <span className="muted"> · {r.area}</span>}
              </th>
              {r.suppressed || r.priority === null || r.gapVolume === null || r.below === null || r.assessed === null ? (
                <td colSpan={4}>
                  <Withheld />
                </td>
              ) : (
                <>
                  <td data-value={r.priority}>{formatCount(r.priority)}</td>
                  <td data-value={r.gapVolume}>{formatCount(r.gapVolume)}</td>
                  <td data-value={r.below}>
                    {formatCount(r.below)} av {formatCount(r.assessed)}
                  </td>
                  <td>{r.topUnits.length === 0 ? <MissingValue /> : r.topUnits.map((u) => u.name).join(', ')}</td>
                </>
              )}
              <td>
                {r.courses.length === 0 ? (
                  'Ingen kurs kopplad'
                ) : (
                  <ul className="compact-list">
                    {r.courses.map((c) => (
                      <li key={c.code}>
                        {c.name} ({FORMAT[c.format] ?? c.format}
                        {c.hours !== null ? `, ${formatCount(c.hours)} h` : ''})
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-value={r.hoursEstimate ?? ''}>{r.hoursEstimate === null ? <MissingValue /> : `${formatCount(r.hoursEstimate)} h`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
