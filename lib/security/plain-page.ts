// The answer proxy.ts gives before any page runs (database away, unusable address): a short
// Swedish page with no script and only inline styles, or the same sentence as JSON for the API.

export interface PlainPage {
  status: number;
  title: string;
  /** The sentence that says what happened; also the API's `error`. */
  message: string;
  /** Further paragraphs, plain text. */
  more?: readonly string[];
  link: { href: string; text: string };
  headers?: Record<string, string>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] as string);

export function plainPageResponse(page: PlainPage, kind: 'page' | 'api'): Response {
  const headers = { 'Cache-Control': 'no-store', ...page.headers };
  if (kind === 'api') return Response.json({ error: page.message }, { status: page.status, headers });
  const paragraphs = [page.message, ...(page.more ?? [])].map((p) => `<p>${escape(p)}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(page.title)} – Kompetenskartan</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; background: #fff">
<main>
<h1>${escape(page.title)}</h1>
${paragraphs}
<p><a href="${escape(page.link.href)}" style="color: #0b4f8a">${escape(page.link.text)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: page.status,
    headers: {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      // No script at all on this page; its only styles are inline.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}
