import 'server-only';
import { getDb } from '@/db/client';
import { activeApiKeyByHash, apiKeyList, type ApiKeyRecord } from '@/db/queries/api-keys';
import { allUnits } from '@/db/queries/reference-data';
import { writeAudit } from '@/db/writes/audit';
import { insertApiKey, markApiKeyRevoked, touchApiKey } from '@/db/writes/api-keys';
import { apiKeyFromAuthorization, newApiKey } from '@/lib/auth/api-key-token';
import { hashToken } from '@/lib/auth/tokens';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { apiKeyInputSchema } from '@/lib/validation/api-keys';
import { requireAdmin } from './authorise';
import { InvalidInputError, NotFoundError } from './errors';

export type { ApiKeyRecord };

/** Every API key with its scope and when it was last used (administrators). */
export async function listApiKeys(viewer: Viewer): Promise<ApiKeyRecord[]> {
  requireAdmin(viewer);
  return apiKeyList(await getDb());
}

/**
 * A new key for the HTTP API, scoped to one unit (and everything below it) or to the whole
 * organisation. The key is returned once, to be copied into the BI tool; only its hash is kept.
 */
export async function createApiKey(viewer: Viewer, input: { name: string; unit: string | null }): Promise<{ id: number; key: string; prefix: string }> {
  requireAdmin(viewer);
  const parsed = apiKeyInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]?.message ?? 'Kontrollera uppgifterna.');
  const db = await getDb();
  let unitId: number | null = null;
  if (parsed.data.unit) {
    const unit = (await allUnits(db)).find((u) => u.code === parsed.data.unit);
    if (!unit) throw new InvalidInputError(`Enheten ${parsed.data.unit} finns inte.`);
    unitId = unit.id;
  }
  const { key, keyHash, prefix } = newApiKey();
  const id = await insertApiKey(db, { name: parsed.data.name, prefix, keyHash, unitId, createdBy: actorLabel(viewer) });
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'skapade API-nyckel',
    details: { apiKeyId: id, name: parsed.data.name, unit: parsed.data.unit ?? 'hela organisationen' },
  });
  return { id, key, prefix };
}

/** Revoking takes effect at the key's next request: every request looks the key up again. */
export async function revokeApiKey(viewer: Viewer, args: { id: number }): Promise<void> {
  requireAdmin(viewer);
  const db = await getDb();
  if (!(await markApiKeyRevoked(db, args.id))) throw new NotFoundError('API-nyckeln', String(args.id));
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'spärrade API-nyckel',
    details: { apiKeyId: args.id },
  });
}

/**
 * The viewer behind an `Authorization` header of the HTTP API: null for a missing, malformed,
 * unknown or revoked key (the API answers 401 to all four alike).
 */
export async function viewerFromApiKey(authorization: string | null): Promise<Viewer | null> {
  const key = apiKeyFromAuthorization(authorization);
  if (!key) return null;
  const db = await getDb();
  const record = await activeApiKeyByHash(db, hashToken(key));
  if (!record) return null;
  await touchApiKey(db, record.id);
  return { kind: 'apiKey', keyId: record.id, name: record.name, unitCode: record.unitCode };
}

/**
 * An HTTP API read, written to the audit log: which key read which report with which parameters
 * (codes and dates only: a report holds aggregates, never a person). The key's own `lastUsedAt`
 * only says that it was used.
 */
export async function recordApiRead(viewer: Viewer, read: { report: string; parameters: Record<string, string | undefined> }): Promise<void> {
  if (viewer.kind !== 'apiKey') return;
  const parameters = Object.fromEntries(Object.entries(read.parameters).filter((e): e is [string, string] => e[1] !== undefined));
  await writeAudit(await getDb(), {
    actorUserId: null,
    actor: actorLabel(viewer),
    action: 'läste rapport via API',
    details: { keyId: viewer.keyId, report: read.report, ...parameters },
  });
}
