// What every request gets while the database cannot be reached (proxy.ts): 503 with a plain
// Swedish message and a hint to try again, never an error from deep inside the app.

const MESSAGE = 'Kompetenskartan kan inte nå sin databas just nu. Inget av det du har sparat är borta. Försök igen om en stund.';

/** The check db/client.ts leaves on globalThis; absent until the app has loaded its database code. */
export function databaseCheck(): (() => Promise<boolean>) | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.databaseAnswers')] as (() => Promise<boolean>) | undefined;
}

/** A page, an API call or a server action, answered while the database is away. */
export function unavailableResponse(kind: 'page' | 'api'): Response {
  const headers = { 'Retry-After': '30', 'Cache-Control': 'no-store' };
  if (kind === 'api') return Response.json({ error: MESSAGE }, { status: 503, headers });
  const html = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tillfälligt avbrott – Kompetenskartan</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; background: #fff">
<main>
<h1>Tillfälligt avbrott</h1>
<p>${MESSAGE}</p>
<p>Om du fyller i kartläggningen: dina svar finns kvar i webbläsaren och skickas när tjänsten fungerar igen. Stäng inte fliken.</p>
<p><a href="" style="color: #0b4f8a">Försök igen</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      // No script at all on this page; its only styles are inline.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}
