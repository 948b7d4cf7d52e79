/** A cookie as the headless browser takes it (Playwright's `addCookies` shape). */
export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'Lax';
}

/**
 * The cookies of an incoming request (its `Cookie` header), set for `origin` so the headless
 * browser asks the app as the same signed-in viewer. Names with the `__Secure-` or `__Host-`
 * prefix (Auth.js uses them over https) must be Secure; Chromium sends Secure cookies over
 * plain http to a loopback address, so the session reaches the internal origin either way.
 * A pair that is not a valid cookie is dropped rather than failing the whole request.
 */
export function sessionCookies(cookieHeader: string | null, origin: string): BrowserCookie[] {
  if (!cookieHeader) return [];
  const { hostname } = new URL(origin);
  const cookies: BrowserCookie[] = [];
  for (const pair of cookieHeader.split(';')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    // RFC 6265 token and cookie-octets; anything else Chromium refuses.
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) || !/^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/.test(value)) continue;
    const prefixed = name.startsWith('__Secure-') || name.startsWith('__Host-');
    cookies.push({ name, value, domain: hostname, path: '/', secure: prefixed, httpOnly: true, sameSite: 'Lax' });
  }
  return cookies;
}
