// Issue 16 (6): `npm start` set AUTH_DEMO=true, and the demo buttons then listed every user,
// imported real people included, with no secret. The demo sign-in now works only while the
// database holds nothing but the demo and no Entra ID is configured.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { demoSignInState } from '@/lib/auth/sign-in-methods';
import { listDemoUsers } from '@/lib/data/demo-users';
import { resetEnvCache } from '@/lib/env';
import { csv, importCsv } from '../support/csv-import';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

const SAVED = { ...process.env };
function setEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

describe.each(TEST_DRIVERS)('the demo sign-in, on $name', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
  });
  afterEach(() => {
    process.env = { ...SAVED };
    resetEnvCache();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('is off unless asked for, and on for a database with nothing but the demo', async () => {
    setEnv({ AUTH_DEMO: undefined });
    expect(await demoSignInState()).toEqual({ on: false, asked: false });
    expect(await listDemoUsers()).toEqual([]);
    setEnv({ AUTH_DEMO: 'true' });
    expect(await demoSignInState()).toEqual({ on: true });
    expect((await listDemoUsers()).length).toBeGreaterThan(3);
  });

  it('is off while Entra ID is configured, and says why', async () => {
    setEnv({ AUTH_DEMO: 'true', AUTH_MICROSOFT_ENTRA_ID_ID: 'id', AUTH_MICROSOFT_ENTRA_ID_SECRET: 'secret', AUTH_MICROSOFT_ENTRA_ID_ISSUER: 'https://login.microsoftonline.com/t/v2.0' });
    expect(await demoSignInState()).toEqual({ on: false, asked: true, reason: 'entra' });
    expect(await listDemoUsers()).toEqual([]);
  });

  it('turns off as soon as a real person is imported, and never lists them', async () => {
    setEnv({ AUTH_DEMO: 'true' });
    const result = await importCsv({ 'people.csv': csv('employee_id,name,unit_code,role_code', [['R90001', 'Riktig Person', 'EXB-VO-ALD-01', 'USK']]) });
    expect(result.rejected).toEqual([]);
    expect(await demoSignInState()).toEqual({ on: false, asked: true, reason: 'real-data' });
    expect(await listDemoUsers()).toEqual([]);
  });
});
