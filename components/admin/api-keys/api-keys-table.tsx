import Link from 'next/link';

/** One key as the table shows it (lib/data api-keys listApiKeys). */
export interface ApiKeyRow {
  id: number;
  name: string;
  prefix: string;
  unitCode: string | null;
  unitName: string | null;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Every key: what it is for, what it may read, when it was made and last used, and "Spärra". */
export function ApiKeysTable({ keys, revokeHref }: { keys: readonly ApiKeyRow[]; revokeHref: (id: number) => string }) {
  if (keys.length === 0) return <p>Det finns inga API-nycklar ännu.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="nycklar-tabell" tabIndex={0}>
      <table>
        <caption id="nycklar-tabell">API-nycklar, {keys.length} st</caption>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">Börjar med</th>
            <th scope="col">Får läsa</th>
            <th scope="col">Skapad</th>
            <th scope="col">Senast använd</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.name}</th>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{k.unitCode ? `${k.unitName} (${k.unitCode}) och enheterna under` : 'Hela organisationen'}</td>
              <td>
                {k.createdAt} av {k.createdBy}
              </td>
              <td>{k.lastUsedAt ?? 'Aldrig'}</td>
              <td>
                {k.revokedAt ? (
                  `Spärrad ${k.revokedAt}`
                ) : (
                  <>
                    Fungerar{' '}
                    <Link href={revokeHref(k.id)} className="button button--secondary button--small">
                      Spärra<span className="visually-hidden"> {k.name}</span>
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
