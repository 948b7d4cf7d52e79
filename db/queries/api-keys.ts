import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { queryRows } from '../client';

export interface ApiKeyRecord {
  id: number;
  name: string;
  prefix: string;
  unitCode: string | null;
  unitName: string | null;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const columns = sql`
  k.id, k.name, k.prefix, u.code as "unitCode", u.name as "unitName", k.created_by as "createdBy",
  to_char(k.created_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') as "createdAt",
  to_char(k.revoked_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') as "revokedAt",
  to_char(k.last_used_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') as "lastUsedAt"`;

/** Every key, newest first, working keys before revoked ones. */
export function apiKeyList(db: DbOrTx): Promise<ApiKeyRecord[]> {
  return queryRows<ApiKeyRecord>(db, sql`
    select ${columns} from api_keys k left join units u on u.id = k.unit_id
    order by (k.revoked_at is not null), k.created_at desc, k.id desc`);
}

/** A key that still works, found by the hash of what the caller sent. */
export async function activeApiKeyByHash(db: DbOrTx, keyHash: string): Promise<ApiKeyRecord | null> {
  const [row] = await queryRows<ApiKeyRecord>(db, sql`
    select ${columns} from api_keys k left join units u on u.id = k.unit_id
    where k.key_hash = ${keyHash} and k.revoked_at is null`);
  return row ?? null;
}
