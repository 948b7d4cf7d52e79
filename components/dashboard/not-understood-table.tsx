import { formatCount } from '@/lib/format/number';

/** How many answered "Jag förstår inte frågan", per requirement: questions worth rewriting. */
export function NotUnderstoodTable({ rows, nameOf }: { rows: ReadonlyArray<{ requirement: string; count: number }>; nameOf: (code: string) => string }) {
  const shown = rows.filter((r) => r.count > 0);
  if (shown.length === 0) return <p className="muted">Ingen har svarat ”Jag förstår inte frågan” i urvalet.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="not-understood-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="not-understood-caption">Svar ”Jag förstår inte frågan” per krav</caption>
        <thead>
          <tr>
            <th scope="col">Krav</th>
            <th scope="col">Antal svar</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.requirement} data-requirement={r.requirement}>
              <th scope="row">{nameOf(r.requirement)}</th>
              <td>{formatCount(r.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
