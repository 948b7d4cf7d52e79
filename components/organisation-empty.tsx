/** What to do next when there is nothing to show yet. */
export function OrganisationEmpty({ missing }: { missing: 'units' | 'round' | 'nothing-yet' | 'access' }) {
  if (missing === 'access') {
    return (
      <div className="notice">
        <p>Du har inte behörighet att se några enheter ännu.</p>
        <p>Om du behöver se din enhet eller ditt projekt, kontakta din administratör.</p>
      </div>
    );
  }
  if (missing === 'nothing-yet') {
    return (
      <div className="notice">
        <p>Det finns inga siffror att visa ännu. De visas här när organisationen och en kartläggningsomgång har lästs in.</p>
      </div>
    );
  }
  return (
    <div className="notice">
      {missing === 'units' ? (
        <p>Det finns inga enheter ännu. Läs in organisationen med kommandot</p>
      ) : (
        <p>Det finns ingen kartläggningsomgång ännu. Läs in en omgång med kommandot</p>
      )}
      <pre>
        <code>npm run cli -- import &lt;mapp-eller-fil&gt;</code>
      </pre>
      <p>Du kan läsa in en mapp med CSV-filer, en zip-fil eller en Excel-fil (.xlsx).</p>
    </div>
  );
}
