import Link from 'next/link';
import { MissingValue } from '@/components/missing-value';
import { formatDate } from '@/lib/format/date';

export interface PeopleTableRow {
  employeeId: string;
  name: string;
  unitName: string;
  roleName: string;
  endDate: string | null;
  pseudonymised: boolean;
  /** When the person's data is removed automatically (the retention time), if it is. */
  dueFrom?: string | null;
  due?: boolean;
}

/** People with a link each to what is stored about them. `showDue` adds when they are removed automatically. */
export function PeopleTable({
  id,
  caption,
  rows,
  hrefOf,
  showDue = false,
}: {
  id: string;
  caption: string;
  rows: readonly PeopleTableRow[];
  hrefOf: (employeeId: string) => string;
  showDue?: boolean;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">Anställningsnummer</th>
            <th scope="col">Enhet</th>
            <th scope="col">Yrkesroll</th>
            <th scope="col">Anställningen slutade</th>
            {showDue && <th scope="col">Tas bort automatiskt</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.employeeId}>
              <th scope="row">
                <Link href={hrefOf(p.employeeId)}>{p.name}</Link>
                {p.pseudonymised && <span className="muted"> (uppgifterna är borttagna)</span>}
              </th>
              <td>{p.employeeId}</td>
              <td>{p.unitName}</td>
              <td>{p.roleName}</td>
              <td className="nowrap">{p.endDate ? formatDate(p.endDate) : <MissingValue />}</td>
              {showDue && (
                <td>{p.due ? 'Vid nästa gallring' : p.dueFrom ? `Från ${formatDate(p.dueFrom)}` : <MissingValue />}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
