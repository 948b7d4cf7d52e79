import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { invitationTokens } from '../schema';
import { clockNow } from '@/lib/clock/clock';

export async function insertInvitation(db: DbOrTx, i: { personId: number; roundId: number; tokenHash: string; expiresAt: Date; createdBy: string | null }): Promise<number> {
  const [row] = await db.insert(invitationTokens).values(i).returning({ id: invitationTokens.id });
  return (row as { id: number }).id;
}

export async function markInvitationRevoked(db: DbOrTx, id: number): Promise<boolean> {
  const rows = await db
    .update(invitationTokens)
    .set({ revokedAt: clockNow() })
    .where(and(eq(invitationTokens.id, id), isNull(invitationTokens.revokedAt)))
    .returning({ id: invitationTokens.id });
  return rows.length > 0;
}
