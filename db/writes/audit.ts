import { auditEvents } from '../schema';
import type { DbOrTx } from '../client';

export interface AuditEntry {
  actorUserId: number | null;
  actor: string;
  action: string;
  subjectPersonId?: number | null;
  /** Codes and counts only: never an answer value. */
  details?: Record<string, string | number | boolean | null>;
}

export async function writeAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: entry.actorUserId,
    actor: entry.actor,
    action: entry.action,
    subjectPersonId: entry.subjectPersonId ?? null,
    details: entry.details ?? {},
  });
}
