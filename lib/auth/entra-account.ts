import 'server-only';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { userByEmail, userById, type UserRecord } from '@/db/queries/users';
import { writeAudit } from '@/db/writes/audit';

/** The claims of an Entra ID (OpenID Connect) ID token that say who signed in. */
export interface EntraClaims {
  /** Entra's object id of the account: stable for the account's life. */
  oid?: unknown;
  /** The tenant (the organisation's directory). */
  tid?: unknown;
  sub?: unknown;
  iss?: unknown;
  email?: unknown;
  preferred_username?: unknown;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * The user a work-account sign-in is, or undefined (DOMAIN.md; issue 16). Later sign-ins match on
 * the account's object id and tenant id, bound at the first one; e-mail, which a user may be able
 * to change in the directory, is used only for that first sign-in, and only for a user no account
 * is bound to yet. Without `oid`/`tid` (another OpenID provider) the subject and the issuer stand in.
 */
export async function entraUser(db: DbOrTx, claims: EntraClaims): Promise<UserRecord | undefined> {
  const objectId = text(claims.oid) ?? text(claims.sub);
  const tenantId = text(claims.tid) ?? text(claims.iss);
  if (!objectId || !tenantId) return undefined;
  const [bound] = await queryRows<{ id: number }>(db, sql`
    select id from users where entra_tenant_id = ${tenantId} and entra_object_id = ${objectId}`);
  if (bound) return userById(db, bound.id);

  const email = text(claims.email) ?? text(claims.preferred_username);
  const byEmail = email ? await userByEmail(db, email) : undefined;
  if (!byEmail || byEmail.disabled) return undefined;
  // Bind only a user with no account yet: an address taken over by another account gets nowhere.
  const [claimed] = await queryRows<{ id: number }>(db, sql`
    update users set entra_object_id = ${objectId}, entra_tenant_id = ${tenantId}
    where id = ${byEmail.id} and entra_object_id is null returning id`);
  if (!claimed) return undefined;
  await writeAudit(db, {
    actorUserId: byEmail.id,
    actor: byEmail.email,
    action: 'kopplade arbetskonto vid första inloggningen',
    details: { tenantId, objectId },
  });
  return byEmail;
}
