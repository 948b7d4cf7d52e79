import Link from 'next/link';

/** Which roles need a requirement, at what level and weight; each links to that role's table. */
export function RequirementRolesTable({ roles, name }: { roles: ReadonlyArray<{ code: string; name: string; requiredLevel: number; weight: number; href: string }>; name: string }) {
  if (roles.length === 0) {
    return (
      <div className="notice">
        <p>Ingen yrkesroll har det här kravet. Sätt en kravnivå för en roll i ramverkets tabell, så får medarbetarna frågor om kravet.</p>
      </div>
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Yrkesroller som har kravet {name}</caption>
        <thead>
          <tr>
            <th scope="col">Yrkesroll</th>
            <th scope="col">Kravnivå</th>
            <th scope="col">Vikt</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link href={r.href}>{r.name}</Link>
              </th>
              <td>{r.requiredLevel}</td>
              <td>{r.weight}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
