import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIR } from '../support/sample';
import { tempDir } from '../support/sample-variants';

const ROOT = path.resolve(__dirname, '../..');
const pgliteDir = path.join(tempDir('cli'), 'pglite');

/** The real command line as HR scripts call it, in its own process, on its own PGlite folder. */
function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'lib/cli/main.ts', ...args], {
    cwd: ROOT, env, encoding: 'utf8', timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the command line as a process', () => {
  it('creates and migrates the embedded database on first use and imports the sample (exit 0, one JSON document)', () => {
    const r = cli('import', SAMPLE_DIR, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: false, created: { people: 198 }, rejected: [] });
    expect(r.stderr).toMatch(/Läser in 14 tabeller/);
  });

  it('prints a report from the stored data in a later process', () => {
    const r = cli('report', 'response', '--round', 'R26', '--unit', 'EXE', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ round: 'R26', unit: 'EXE', population: 187, responded: 165, rate: 165 / 187 });
  });

  it('exits 2 with the reason on standard error for an unknown code, printing nothing on standard output', () => {
    const r = cli('report', 'gaps', '--round', 'NOPE', '--unit', 'EXE', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Omgången NOPE finns inte/);
  });

  it('exits 2 for missing arguments and a path that does not exist', () => {
    const missing = cli('report', 'gaps', '--round', 'R25', '--json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--unit/);
    const nowhere = cli('import', path.join(ROOT, 'no-such-folder'), '--json');
    expect(nowhere.code).toBe(2);
    expect(nowhere.stdout).toBe('');
  });
});
