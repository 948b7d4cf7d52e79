// Addresses that can only come from a mistyped or hostile link: a malformed %-escape in the path,
// or a NUL character (which no code, name or filter can hold, and which PostgreSQL refuses). proxy.ts
// answers them with a plain 400 before any page or route runs; db/text-guard.ts refuses NUL in
// whatever gets past a proxy.

import { plainPageResponse } from './plain-page';

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
  return plainPageResponse({ status: 400, title: 'Felaktig adress', message: MESSAGE, link: { href: '/', text: 'Till startsidan' } }, kind);
}
