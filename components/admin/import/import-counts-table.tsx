import { formatCount } from '@/lib/format/number';
import { importTableLabel } from '@/lib/format/import-table';

export interface ImportCountRow {
  table: string;
  file: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** Rows per table and what becomes of them: new, changed, already stored as they are. */
export function ImportCountsTable({ id, caption, rows }: { id: string; caption: string; rows: readonly ImportCountRow[] }) {
  const sum = (key: 'rows' | 'created' | 'updated' | 'unchanged') => rows.reduce((n, r) => n + r[key], 0);
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tabell</th>
            <th scope="col">Fil</th>
            <th scope="col">Rader</th>
            <th scope="col">Nya</th>
            <th scope="col">Ändrade</th>
            <th scope="col">Oförändrade</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.table}>
              <th scope="row">{importTableLabel(r.table)}</th>
              <td>{r.file}</td>
              <td>{formatCount(r.rows)}</td>
              <td>{formatCount(r.created)}</td>
              <td>{formatCount(r.updated)}</td>
              <td>{formatCount(r.unchanged)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totalt</th>
            <td />
            <td>{formatCount(sum('rows'))}</td>
            <td>{formatCount(sum('created'))}</td>
            <td>{formatCount(sum('updated'))}</td>
            <td>{formatCount(sum('unchanged'))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
