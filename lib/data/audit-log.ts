import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import type { Viewer } from '@/lib/auth/viewer';
import { requireAdmin } from './authorise';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: Record<string, string | number | boolean | null>;
}

/** The newest audit events first, a page at a time. Administrators only. */
export async function listAuditEvents(viewer: Viewer, args: { before?: number; limit?: number } = {}): Promise<AuditRow[]> {
  requireAdmin(viewer);
  const limit = Math.min(Math.max(args.limit ?? 100, 1), 500);
  const db = await getDb();
  return queryRows<AuditRow>(db, sql`
    select a.id::int as id, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at, a.actor, a.action,
      case when p.id is null then null else p.name || ' (' || p.employee_id || ')' end as subject, a.details
    from audit_events a left join people p on p.id = a.subject_person_id
    where ${args.before ? sql`a.id < ${args.before}` : sql`true`}
    order by a.id desc limit ${limit}`);
}
