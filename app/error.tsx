'use client';

// Never shows the error's text: in production it is generic anyway, and in development it
// may hold SQL or paths. The server has logged it; the digest finds it in that log.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  return (
    <div className="notice notice--error" role="alert">
      <h1>Något gick fel</h1>
      <p>Något gick fel när sidan skulle visas. Försök igen om en liten stund.</p>
      <p>Om felet finns kvar, kontakta den som förvaltar Kompetenskartan{digest ? ' och uppge felkoden nedan' : ''}.</p>
      {digest && (
        <p>
          Felkod: <code>{digest}</code>
        </p>
      )}
      <button type="button" className="button" onClick={() => retry()}>
        Försök igen
      </button>
    </div>
  );
}
