import Link from 'next/link';
import { formatDateRange } from '@/lib/format/date';
import { formatCount } from '@/lib/format/number';

export interface RoundsTableRow {
  code: string;
  name: string;
  opensOn: string;
  closesOn: string;
  statusLabel: string;
  kindLabel: string;
  /** "Hela organisationen" or the units' names. */
  forUnits: string;
  invited: number;
  answered: number;
  href: string;
}

/** Every round, newest first, each linking to its own page. */
export function RoundsTable({ rounds }: { rounds: readonly RoundsTableRow[] }) {
  if (rounds.length === 0) return <p>Det finns ingen omgång ännu. Skapa den första med knappen ovanför.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="omgangar-tabell" tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption id="omgangar-tabell">Omgångar, {rounds.length} st, den senaste först</caption>
        <thead>
          <tr>
            <th scope="col">Omgång</th>
            <th scope="col">Svarstid</th>
            <th scope="col">Status</th>
            <th scope="col">Gäller</th>
            <th scope="col">Inbjudna</th>
            <th scope="col">Har svarat</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link href={r.href}>{r.name}</Link>
                <span className="cell-note">
                  {r.code} · {r.kindLabel}
                </span>
              </th>
              <td>{formatDateRange(r.opensOn, r.closesOn)}</td>
              <td>{r.statusLabel}</td>
              <td>{r.forUnits}</td>
              <td>{r.invited === 0 ? <span className="muted">Ingen lista</span> : formatCount(r.invited)}</td>
              <td>{formatCount(r.answered)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
