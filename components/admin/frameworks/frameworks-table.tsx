import Link from 'next/link';

export interface FrameworkRow {
  id: number;
  name: string;
  requirements: number;
  roles: number;
  href: string;
}

/** Every framework with its number of requirements and of roles that need any of them. */
export function FrameworksTable({ frameworks }: { frameworks: readonly FrameworkRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Kravramverk</caption>
        <thead>
          <tr>
            <th scope="col">Ramverk</th>
            <th scope="col">Krav</th>
            <th scope="col">Yrkesroller med krav</th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <Link href={f.href}>{f.name}</Link>
              </th>
              <td>{f.requirements}</td>
              <td>{f.roles}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
