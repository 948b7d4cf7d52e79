import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { handleReportRequest } from '@/lib/api/v1-report';
import { SYSTEM_VIEWER, type Viewer } from '@/lib/auth/viewer';
import { createApiKey, listApiKeys, revokeApiKey, viewerFromApiKey } from '@/lib/data/api-keys';
import { NotFoundError } from '@/lib/data/errors';
import { getPersonProfile } from '@/lib/data/person-profile';
import { getReminderList } from '@/lib/data/reminders';
import { listAdminRounds } from '@/lib/data/rounds-admin';
import { getStaffMatrix } from '@/lib/data/staff-matrix';
import { getSurvey } from '@/lib/data/survey';
import { differences, runCli } from '../support/run-cli';
import { SAMPLE_DIR, SAMPLE_EXPECTED } from '../support/sample';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { listAuditEvents } from '@/lib/data/audit-log';

const REPORTS = SAMPLE_EXPECTED.filter((e) => e.args[0] === 'report');

/** The API address for a command line's arguments: `report gaps --round R26 …` → /api/v1/reports/gaps?round=R26&… */
function apiPath(args: readonly string[]): string {
  const q = new URLSearchParams();
  for (let i = 2; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json') continue;
    q.set(a.replace(/^--/, ''), args[++i] as string);
  }
  return `/api/v1/reports/${args[1]}?${q}`;
}

async function get(path: string, key: string | null): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = key ? { Authorization: `Bearer ${key}` } : {};
  const res = await handleReportRequest(new Request(`http://localhost${path}`, { headers }), path.split('?')[0]!.split('/').pop()!);
  return { status: res.status, body: await res.json(), headers: res.headers };
}

describe.each(TEST_DRIVERS)('the HTTP API on $name', (driver) => {
  let handle: DbHandle;
  let orgKey: string;
  let aldKey: string;
  let aldKeyId: number;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    const imported = await runCli(['import', SAMPLE_DIR, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    orgKey = (await createApiKey(SYSTEM_VIEWER, { name: 'Power BI, HR', unit: null })).key;
    const ald = await createApiKey(SYSTEM_VIEWER, { name: 'Äldreomsorgens rapporter', unit: 'EXE-VO-ALD' });
    aldKey = ald.key;
    aldKeyId = ald.id;
  });
  afterAll(async () => {
    await handle.close();
  });

  it.each(REPORTS.map((e) => [apiPath(e.args), e] as const))('%s answers as the command line, with the expected figures, and the k rule on competence rows', async (path, entry) => {
    const cli = await runCli(entry.args);
    expect(cli.code, cli.stderr).toBe(0);
    const api = await get(path, orgKey);
    expect(api.status).toBe(200);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    const full = JSON.parse(cli.stdout) as { rows?: Array<Record<string, unknown>> };
    if (!full.rows) {
      expect(api.body).toEqual(full);
      expect(differences(api.body, entry.expect)).toEqual([]);
      return;
    }
    // The command line runs with full access; a key gets each row as it is, or withheld (issue 16).
    const rows = (api.body as { rows: Array<Record<string, unknown>> }).rows;
    expect(rows.map((r) => [r.role ?? null, r.requirement]).sort()).toEqual(full.rows.map((r) => [r.role ?? null, r.requirement]).sort());
    for (const row of rows) {
      const same = full.rows.find((r) => r.requirement === row.requirement && (r.role ?? null) === (row.role ?? null));
      if (row.suppressed) {
        expect(Object.entries(row).filter(([key, v]) => !['role', 'requirement', 'suppressed', 'courses'].includes(key) && v !== null)).toEqual([]);
      } else {
        expect(row).toEqual(same);
        expect(row.assessed as number).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('withholds competence rows of fewer than k people from a key, which the command line shows', async () => {
    const path = '/api/v1/reports/gaps?round=R26&unit=EXE-VO-ALD&by=role-requirement';
    const rows = ((await get(path, orgKey)).body as { rows: Array<{ assessed: number | null; suppressed?: true }> }).rows;
    const cli = JSON.parse((await runCli(['report', 'gaps', '--round', 'R26', '--unit', 'EXE-VO-ALD', '--by', 'role-requirement', '--json'])).stdout) as { rows: Array<{ assessed: number }> };
    expect(cli.rows.some((r) => r.assessed > 0 && r.assessed < 5)).toBe(true);
    expect(rows.filter((r) => r.suppressed).length).toBeGreaterThan(0);
    expect(rows.every((r) => r.suppressed || (r.assessed ?? 0) >= 5)).toBe(true);
  });

  it('applies the k rule: a group under k is withheld, with every figure null', async () => {
    const api = await get('/api/v1/reports/effect?round=R26&unit=EXE-VO-ALD-04&question=strengthened', orgKey);
    expect(api.status).toBe(200);
    expect(api.body).toMatchObject({ suppressed: true, n: null, mean: null, shareAgree: null, distribution: null });
  });

  it('writes every read to the audit log: which key, which report, which parameters', async () => {
    const api = await get('/api/v1/reports/response?round=R26&unit=EXE-VO-ALD-01', aldKey);
    expect(api.status).toBe(200);
    const [last] = await listAuditEvents(SYSTEM_VIEWER, { limit: 1 });
    expect(last).toMatchObject({
      actor: 'API-nyckel (Äldreomsorgens rapporter)',
      action: 'läste rapport via API',
      details: { keyId: aldKeyId, report: 'response', round: 'R26', unit: 'EXE-VO-ALD-01', by: 'requirement' },
    });
    // A refused read (out of the key's scope) answers 404 and is not a read.
    expect((await get('/api/v1/reports/response?round=R26&unit=EXE-SOC', aldKey)).status).toBe(404);
    expect((await listAuditEvents(SYSTEM_VIEWER, { limit: 1 }))[0]?.id).toBe(last?.id);
  });

  it('lets a key scoped to a unit read that unit and everything below it, and nothing else', async () => {
    for (const unit of ['EXE-VO-ALD', 'EXE-VO-ALD-01', 'EXE-VO-ALD-04']) {
      const cli = await runCli(['report', 'response', '--round', 'R26', '--unit', unit, '--json']);
      const api = await get(`/api/v1/reports/response?round=R26&unit=${unit}`, aldKey);
      expect(api.status, unit).toBe(200);
      expect(api.body).toEqual(JSON.parse(cli.stdout));
    }
    // Above it, beside it, elsewhere: the same 404 as for a unit that does not exist.
    const unknown = await get('/api/v1/reports/response?round=R26&unit=FINNS-INTE', aldKey);
    expect(unknown.status).toBe(404);
    for (const unit of ['EXE', 'EXE-VO', 'EXE-VO-FUN-01', 'EXE-SO-IFO']) {
      const api = await get(`/api/v1/reports/gaps?round=R26&unit=${unit}`, aldKey);
      expect(api.status, unit).toBe(404);
      expect(api.body).toEqual({ error: `Enheten ${unit} finns inte` });
      expect(JSON.stringify(api.body)).not.toMatch(/meanGap|population/);
    }
    expect(unknown.body).toEqual({ error: 'Enheten FINNS-INTE finns inte' });
  });

  it('never lets a key read an individual, a list of names or the administration', async () => {
    const viewer = (await viewerFromApiKey(`Bearer ${orgKey}`)) as Viewer;
    expect(viewer).toMatchObject({ kind: 'apiKey', unitCode: null });
    const [person] = await queryRows<{ employee_id: string }>(handle.db, sql`select employee_id from people order by employee_id limit 1`);
    const refused = [
      () => getPersonProfile(viewer, { employeeId: person!.employee_id }),
      () => getStaffMatrix(viewer, { unit: 'EXE-VO-ALD-01' }),
      () => getReminderList(viewer, { unit: 'EXE-VO-ALD-01' }),
      () => listAdminRounds(viewer),
      () => listApiKeys(viewer),
      () => createApiKey(viewer, { name: 'egen', unit: null }),
      () => getSurvey(viewer, {}),
    ];
    for (const call of refused) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers 401 to no key, a malformed or unknown key, and a revoked key from its next request on', async () => {
    const path = '/api/v1/reports/response?round=R26&unit=EXE-VO-ALD';
    expect((await get(path, null)).status).toBe(401);
    const none = await handleReportRequest(new Request(`http://localhost${path}`), 'response');
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await get(path, 'inte-en-nyckel')).status).toBe(401);
    expect((await get(path, `kk_${'A'.repeat(43)}`)).status).toBe(401);
    expect((await get(path, aldKey)).status).toBe(200);
    await revokeApiKey(SYSTEM_VIEWER, { id: aldKeyId });
    const revoked = await get(path, aldKey);
    expect(revoked.status).toBe(401);
    expect(JSON.stringify(revoked.body)).not.toMatch(/population/);
    // Revoking twice says the key does not exist (any more); the organisation's key still works.
    await expect(revokeApiKey(SYSTEM_VIEWER, { id: aldKeyId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await get(path, orgKey)).status).toBe(200);
  });

  it('answers 400 with the reason for missing or bad parameters and 404 for an unknown report', async () => {
    expect(await get('/api/v1/reports/gaps?unit=EXE', orgKey)).toMatchObject({ status: 400, body: { error: 'round: saknas' } });
    expect(await get('/api/v1/reports/gaps?round=R26&unit=EXE&by=unit', orgKey)).toMatchObject({ status: 400 });
    expect(await get('/api/v1/reports/uptake?unit=EXE&from=2026-02-30&to=2026-06-30', orgKey)).toMatchObject({ status: 400, body: { error: 'from: datumet finns inte' } });
    expect(await get('/api/v1/reports/response?round=FINNS-INTE&unit=EXE', orgKey)).toMatchObject({ status: 404, body: { error: 'Omgången FINNS-INTE finns inte' } });
    expect((await get('/api/v1/reports/people?round=R26&unit=EXE', orgKey)).status).toBe(404);
  });

  it('stores only the hash, lists keys for administrators with scope and last use, and audits creating and revoking', async () => {
    const keys = await listApiKeys(SYSTEM_VIEWER);
    expect(keys.map((k) => [k.name, k.unitCode, k.revokedAt !== null])).toEqual([
      ['Power BI, HR', null, false],
      ['Äldreomsorgens rapporter', 'EXE-VO-ALD', true],
    ]);
    expect(keys[0]!.lastUsedAt).not.toBeNull();
    expect(keys[0]!.prefix).toBe(orgKey.slice(0, 10));
    const stored = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from api_keys where key_hash = ${orgKey} or key_hash like ${'%' + orgKey.slice(10) + '%'}`);
    expect(stored[0]!.n).toBe(0);
    const audit = await queryRows<{ action: string }>(handle.db, sql`select action from audit_events where action like '%API-nyckel' order by id`);
    expect(audit.map((a) => a.action)).toEqual(['skapade API-nyckel', 'skapade API-nyckel', 'spärrade API-nyckel']);
    await expect(createApiKey(SYSTEM_VIEWER, { name: ' ', unit: null })).rejects.toThrow(/Skriv vad nyckeln ska användas till/);
    await expect(createApiKey(SYSTEM_VIEWER, { name: 'x', unit: 'FINNS-INTE' })).rejects.toThrow(/Enheten FINNS-INTE finns inte/);
  });
});
