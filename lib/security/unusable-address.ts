// Addresses that can only come from a mistyped or hostile link: a malformed %-escape, or a NUL
// character (which no code, name or filter can hold, and which PostgreSQL refuses). proxy.ts
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

/** True when the path or the query string of this address cannot be used. */
export function isUnusableAddress(pathname: string, search: string): boolean {
  for (const part of [...pathname.split('/'), ...search.replace(/^\?/, '').split(/[&=]/)]) {
    const decoded = decodes(part);
    if (decoded === null || decoded.includes('\u0000')) return true;
  }
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
