import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';

/**
 * A fingerprint of every table's content but the audit trail: equal fingerprints mean nothing was
 * changed. The audit trail is left out because it records reads, dry runs and refused attempts
 * by design (who looked at what); the tests of those entries check them themselves.
 */
export async function snapshot(db: Db): Promise<Record<string, string>> {
  // Every table the migrations made, so a table added later is never left out of the check.
  const tables = await queryRows<{ name: string }>(db, sql`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'audit_events' order by table_name`);
  const out: Record<string, string> = {};
  for (const { name: table } of tables) {
    const [row] = await queryRows<{ n: number; digest: string | null }>(db, sql.raw(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${table}" t`,
    ));
    out[table] = `${row?.n}:${row?.digest}`;
  }
  return out;
}
