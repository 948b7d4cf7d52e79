import { MissingValue } from '@/components/missing-value';
import { formatCount } from '@/lib/format/number';

export interface ImportProblemRow {
  file: string;
  line: number;
  column: string | null;
  reason: string;
}

/**
 * Every rejected row as file, line (as a spreadsheet numbers it, the header is line 1),
 * column and reason. Very long lists are cut on the page; the download holds them all.
 */
export function ImportProblemsTable({ problems, shown, downloadHref }: { problems: readonly ImportProblemRow[]; shown: number; downloadHref: string }) {
  const visible = problems.slice(0, shown);
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="import-problem" tabIndex={0}>
        <table className="data-table data-table--wide">
          <caption id="import-problem">
            {problems.length === 1 ? 'Ett problem i filerna' : `${formatCount(problems.length)} problem i filerna`}, i filernas ordning
          </caption>
          <thead>
            <tr>
              <th scope="col">Fil</th>
              <th scope="col">Rad</th>
              <th scope="col">Kolumn</th>
              <th scope="col">Vad som är fel</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((p, i) => (
              <tr key={i}>
                <td>{p.file}</td>
                <td>{p.line > 0 ? formatCount(p.line) : 'hela filen'}</td>
                <td>{p.column ?? <MissingValue />}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length < problems.length && (
        <p>
          Sidan visar de första {formatCount(visible.length)} av {formatCount(problems.length)} problemen.
        </p>
      )}
      <p>
        <a href={downloadHref} download>
          Ladda ner alla problem som CSV-fil
        </a>{' '}
        (öppnas i Excel).
      </p>
    </>
  );
}
