import 'server-only';
import { createHmac } from 'node:crypto';
import { getDb } from '@/db/client';
import type { InvitationRecord } from '@/db/queries/users';
import { writeAudit } from '@/db/writes/audit';
import { authSecret } from './secret';

/**
 * The browsers a personal link has been used in (DOMAIN.md "Who may see what"): HR made the link
 * and may have seen it, so the first use of a link in a browser is written to the audit log with
 * who made the link. A browser remembers the links it has used in one cookie of markers, each an
 * HMAC of the link's id under the server's secret, so a marker can be neither read nor made up.
 */
export const LINK_COOKIE = 'kk_lankar';
const KEEP = 20;
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: 'lax'; secure: boolean; path: string; maxAge: number }): unknown;
}

export function linkMarker(invitationId: number, secret = authSecret()): string {
  return createHmac('sha256', secret).update(`kk-link:${invitationId}`).digest('base64url').slice(0, 22);
}

/** The markers in a cookie value; anything malformed is ignored. */
export function markersIn(value: string | undefined): string[] {
  return (value ?? '').split('.').filter((m) => /^[A-Za-z0-9_-]{22}$/.test(m));
}

/** The cookie value with this marker last, keeping the most recent few. */
export function withMarker(value: string | undefined, marker: string): string {
  return [...markersIn(value).filter((m) => m !== marker), marker].slice(-KEEP).join('.');
}

/**
 * Called when a valid link signs in. Audits its first use in this browser and marks the browser.
 * Without a cookie jar (no request to answer) the use counts as new: better one entry too many.
 */
export async function noteLinkUse(invitation: InvitationRecord, jar: CookieJar | null, secure: boolean): Promise<{ newBrowser: boolean }> {
  const marker = linkMarker(invitation.id);
  const current = jar?.get(LINK_COOKIE)?.value;
  if (markersIn(current).includes(marker)) return { newBrowser: false };
  await writeAudit(await getDb(), {
    actorUserId: null,
    actor: `inbjudningslänk (${invitation.name})`,
    action: 'personlig länk öppnades i en ny webbläsare',
    subjectPersonId: invitation.personId,
    details: { round: invitation.roundCode, invitationId: invitation.id, linkMadeBy: invitation.createdBy ?? 'okänt (länken gjordes innan det sparades)' },
  });
  try {
    jar?.set(LINK_COOKIE, withMarker(current, marker), { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: YEAR_SECONDS });
  } catch {
    // A context that cannot set cookies: the next use in this browser is audited again.
  }
  return { newBrowser: true };
}
