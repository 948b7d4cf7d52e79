import { MissingValue } from '@/components/missing-value';
import { auditDetailPairs } from '@/lib/format/audit-details';
import { formatDateTime } from '@/lib/format/date-time';

export interface AuditTableRow {
  id: number;
  /** ISO timestamp (UTC). */
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: Record<string, string | number | boolean | null>;
}

export function AuditTable({ events, caption }: { events: readonly AuditTableRow[]; caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="logg-tabell" tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption id="logg-tabell">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tid</th>
            <th scope="col">Vem</th>
            <th scope="col">Vad</th>
            <th scope="col">Gäller</th>
            <th scope="col">Detaljer</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const details = auditDetailPairs(e.details);
            return (
              <tr key={e.id}>
                <td className="nowrap">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                </td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td>{e.subject ?? <MissingValue />}</td>
                <td>
                  {details.length === 0 ? (
                    <MissingValue />
                  ) : (
                    <ul className="detail-list">
                      {details.map((d, i) => (
                        <li key={i}>
                          {d.key}: {d.value}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
