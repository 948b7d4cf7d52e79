// Issue 16 (7): work-account users were matched on e-mail, which a user may be able to change in
// the directory. Now the first sign-in binds the account's object id and tenant id, and later
// sign-ins match on those only.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { entraUser } from '@/lib/auth/entra-account';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

const TENANT = '72f988bf-0000-0000-0000-000000000001';
const HR = 'johan.ek@exempelby.example';
const STAFF = 'mariam.jaber@exempelby.example';

describe.each(TEST_DRIVERS)('work-account sign-in by object id and tenant, on $name', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('binds the account at the first sign-in by e-mail, then follows the account, not the address', async () => {
    const first = await entraUser(handle.db, { oid: 'oid-mariam', tid: TENANT, email: STAFF });
    expect(first?.email).toBe(STAFF);
    const [row] = await queryRows<{ oid: string; tid: string }>(handle.db, sql`select entra_object_id as oid, entra_tenant_id as tid from users where email = ${STAFF}`);
    expect(row).toEqual({ oid: 'oid-mariam', tid: TENANT });

    // Mariam changes her directory e-mail to HR's: she is still Mariam, never HR.
    expect((await entraUser(handle.db, { oid: 'oid-mariam', tid: TENANT, email: HR }))?.email).toBe(STAFF);
    // HR's first sign-in binds HR's own account.
    expect((await entraUser(handle.db, { oid: 'oid-johan', tid: TENANT, email: HR }))?.email).toBe(HR);
    // Another account that now presents HR's address gets nowhere: HR's user is bound already.
    expect(await entraUser(handle.db, { oid: 'oid-someone-else', tid: TENANT, email: HR })).toBeUndefined();
    // The same object id in another tenant is another account.
    expect(await entraUser(handle.db, { oid: 'oid-johan', tid: 'other-tenant', email: 'nobody@exempelby.example' })).toBeUndefined();
    const audit = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_events where action = 'kopplade arbetskonto vid första inloggningen'`);
    expect(audit[0]?.n).toBe(2);
  });

  it('refuses an unknown address, a disabled user and a token without an account id', async () => {
    expect(await entraUser(handle.db, { oid: 'x', tid: TENANT, email: 'okand@exempelby.example' })).toBeUndefined();
    await handle.db.execute(sql`update users set disabled = true where email = 'linda.pettersson@exempelby.example'`);
    expect(await entraUser(handle.db, { oid: 'oid-linda', tid: TENANT, email: 'linda.pettersson@exempelby.example' })).toBeUndefined();
    expect(await entraUser(handle.db, { email: STAFF })).toBeUndefined();
  });
});
