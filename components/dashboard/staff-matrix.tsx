import Link from 'next/link';
import { SCALE } from '@/lib/domain/scale';
import { ExportLinks } from './export-links';

export interface StaffMatrixData {
  unit: { code: string; name: string };
  round: { code: string; name: string };
  requirements: ReadonlyArray<{ code: string; name: string }>;
  people: ReadonlyArray<{
    employeeId: string;
    name: string;
    roleName: string;
    unitName: string;
    answered: boolean;
    cells: Readonly<Record<string, { level: number | null; required: number; validated: boolean }>>;
    below: number;
  }>;
}

export type StaffSort = 'namn' | 'under' | 'ej-svarat';

const SORTS: ReadonlyArray<{ value: StaffSort; label: string }> = [
  { value: 'namn', label: 'namn' },
  { value: 'under', label: 'flest krav under nivån' },
  { value: 'ej-svarat', label: 'inte svarat först' },
];

function sorted(people: StaffMatrixData['people'], sort: StaffSort) {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');
  const list = [...people];
  if (sort === 'under') return list.sort((a, b) => b.below - a.below || byName(a, b));
  if (sort === 'ej-svarat') return list.sort((a, b) => Number(a.answered) - Number(b.answered) || byName(a, b));
  return list.sort(byName);
}

/** People × requirements for a chef: level against required level, as text, never colour alone. */
export function StaffMatrix({ data, sort, sortHref }: { data: StaffMatrixData; sort: StaffSort; sortHref: (s: StaffSort) => string }) {
  const notAnswered = data.people.filter((p) => !p.answered).length;
  return (
    <>
      <p>
        {data.people.length} medarbetare, {notAnswered} har inte svarat i {data.round.name}. Varje öppning av tabellen
        sparas i loggen.
      </p>
      <p>
        Sortera efter:{' '}
        {SORTS.map((s, i) => (
          <span key={s.value}>
            {i > 0 && ' · '}
            {s.value === sort ? <strong aria-current="true">{s.label}</strong> : <Link href={sortHref(s.value)}>{s.label}</Link>}
          </span>
        ))}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="matris-caption" tabIndex={0}>
        <table className="data-table data-table--wide">
          <caption id="matris-caption">Medarbetarnas nivå mot kravnivån per krav</caption>
          <thead>
            <tr>
              <th scope="col">Medarbetare</th>
              <th scope="col">Svarat</th>
              {data.requirements.map((r) => (
                <th scope="col" key={r.code}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted(data.people, sort).map((p) => (
              <tr key={p.employeeId} data-employee={p.employeeId}>
                <th scope="row">
                  <Link href={`/personer/${encodeURIComponent(p.employeeId)}?omgang=${encodeURIComponent(data.round.code)}`}>{p.name}</Link>
                  <span className="muted"> · {p.roleName}</span>
                </th>
                <td>{p.answered ? 'Ja' : 'Nej'}</td>
                {data.requirements.map((r) => {
                  const c = p.cells[r.code];
                  if (!c) return <td key={r.code}><span aria-label="kravet gäller inte rollen">–</span></td>;
                  if (c.level === null) return <td key={r.code}>ej bedömd</td>;
                  const meets = c.level >= c.required;
                  return (
                    <td key={r.code} title={SCALE[c.level]?.name}>
                      {c.level} av {c.required} {meets ? '✓' : '↓'}
                      <span className="visually-hidden">{meets ? ' når kravet' : ' under kravet'}</span>
                      {c.validated && <span className="muted"> (bekräftad)</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.people.length > 0 && (
        <ExportLinks
          href={`/enheter/${encodeURIComponent(data.unit.code)}/export`}
          query={new URLSearchParams({ omgang: data.round.code }).toString()}
          table="medarbetare"
          label="Medarbetarnas nivåer"
        />
      )}
    </>
  );
}
