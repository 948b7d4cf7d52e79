import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { differences, runCli } from '../support/run-cli';
import { SAMPLE_DIR, SAMPLE_EXPECTED } from '../support/sample';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

describe.each(TEST_DRIVERS)('the shared sample on $name', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('imports every file of the sample without a rejected row', async () => {
    const r = await runCli(['import', SAMPLE_DIR, '--json']);
    expect(r.stderr).not.toMatch(/Varning/);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.rejected).toEqual([]);
    expect(result.created).toMatchObject({ units: 16, people: 198, assessments: 2265, effect_responses: 1311, enrolments: 282 });
  });

  it.each(SAMPLE_EXPECTED.map((e) => [e.args.slice(0, 6).join(' '), e] as const))('%s gives the expected figures', async (_name, entry) => {
    const r = await runCli(entry.args);
    expect(r.code, r.stderr).toBe(0);
    expect(differences(JSON.parse(r.stdout), entry.expect)).toEqual([]);
  });

  it('changes nothing when the same files are imported a second time', async () => {
    const r = await runCli(['import', SAMPLE_DIR, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.created).toEqual({});
    expect(result.updated).toEqual({});
    expect(result.unchanged).toMatchObject({ people: 198, assessments: 2265 });
    const again = await runCli(['report', 'response', '--round', 'R26', '--unit', 'EXE', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ population: 187, responded: 165 });
  });
});
