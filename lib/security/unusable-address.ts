// Addresses that can only come from a mistyped or hostile link: a malformed %-escape in the path,
// or a NUL character (which no code, name or filter can hold, and which PostgreSQL refuses). proxy.ts
// answers them with a plain 400 before any page or route runs; db/text-guard.ts refuses NUL in
// whatever gets past a proxy.

const MESSAGE = 'Adressen går inte att använda. Kontrollera länken, eller gå till startsidan.';

function decodes(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * True when the path or the query string of this address cannot be used: a NUL anywhere, or a
 * broken escape in the path (route handlers decode their segments; a query string is read with
 * URLSearchParams, which leaves a broken escape as it is and does no harm).
 */
export function isUnusableAddress(pathname: string, search: string): boolean {
  for (const segment of pathname.split('/')) {
    const decoded = decodes(segment);
    if (decoded === null || decoded.includes('\u0000')) return true;
  }
  for (const [name, value] of new URLSearchParams(search)) if (name.includes('\u0000') || value.includes('\u0000')) return true;
  return false;
}

export function unusableAddressResponse(kind: 'page' | 'api'): Response {
  const headers = { 'Cache-Control': 'no-store' };
  if (kind === 'api') return Response.json({ error: MESSAGE }, { status: 400, headers });
  const html = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Felaktig adress – Kompetenskartan</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; background: #fff">
<main>
<h1>Felaktig adress</h1>
<p>${MESSAGE}</p>
<p><a href="/" style="color: #0b4f8a">Till startsidan</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 400,
    headers: {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}
