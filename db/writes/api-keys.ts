import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { apiKeys } from '../schema';

export async function insertApiKey(
  db: DbOrTx,
  k: { name: string; prefix: string; keyHash: string; unitId: number | null; createdBy: string },
): Promise<number> {
  const [row] = await db.insert(apiKeys).values(k).returning({ id: apiKeys.id });
  return (row as { id: number }).id;
}

/** Revokes a working key; false when there is none with that id (or it was revoked already). */
export async function markApiKeyRevoked(db: DbOrTx, id: number): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** When a key was last used, to the minute: enough for an administrator to see which keys are alive. */
export async function touchApiKey(db: DbOrTx, id: number): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), sql`(${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} < now() - interval '1 minute')`));
}
