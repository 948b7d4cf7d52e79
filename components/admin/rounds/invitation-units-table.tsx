import Link from 'next/link';
import { formatCount } from '@/lib/format/number';
import './rounds.css';

export interface InvitationUnitRow {
  code: string;
  name: string;
  depth: number;
  invited: number;
  answered: number;
  withLink: number;
  /** The letters page for this unit; null when no letters can be made (a closed round). */
  lettersHref: string | null;
}

/** The invitation list per unit, each counted with everything below it, in tree order. */
export function InvitationUnitsTable({ rows, roundName }: { rows: readonly InvitationUnitRow[]; roundName: string }) {
  const top = Math.min(...rows.map((r) => r.depth));
  return (
    <div className="table-scroll" role="region" aria-labelledby="inbjudna-tabell" tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption id="inbjudna-tabell">Inbjudna till {roundName} per enhet, med enheterna under</caption>
        <thead>
          <tr>
            <th scope="col">Enhet</th>
            <th scope="col">Inbjudna</th>
            <th scope="col">Har svarat</th>
            <th scope="col">Har en länk som fungerar</th>
            <th scope="col">Brev</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row" className={`tree-cell--depth-${Math.min(5, r.depth - top)}`}>
                {r.name}
                <span className="cell-note">{r.code}</span>
              </th>
              <td>{formatCount(r.invited)}</td>
              <td>{formatCount(r.answered)}</td>
              <td>{formatCount(r.withLink)}</td>
              <td>
                {r.lettersHref ? (
                  <Link href={r.lettersHref}>
                    Skriv brev<span className="visually-hidden"> till {r.name}</span>
                  </Link>
                ) : (
                  <span className="muted">Stängd</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
