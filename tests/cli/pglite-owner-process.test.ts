// Issue 17, first step: the embedded database has one owner process. A command line started
// while another process holds the folder refuses at once with a plain Swedish message (it used
// to open the folder a second time and lose what the app then acknowledged); a holder killed
// with SIGKILL leaves no lock that outlives it; two command lines started together never both
// open the folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OWNER_FILE } from '@/db/pglite-owner';
import { tempDir } from '../support/sample-variants';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const dir = path.join(tempDir('owner'), 'pglite');

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir, SEED_DEMO: 'false' };
  delete e.DATABASE_URL;
  return e;
}

const cli = (...args: string[]) => spawnSync(TSX, ['--conditions=react-server', 'lib/cli/main.ts', ...args], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 240_000 });
const cliAsync = (...args: string[]) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(TSX, ['--conditions=react-server', 'lib/cli/main.ts', ...args], { cwd: ROOT, env: env() });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });

/** A process holding the folder: node itself (tsx's launcher would leave it orphaned on SIGKILL). */
async function holder(withDoor = false): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/hold-database.ts'], { cwd: ROOT, env: { ...env(), HOLD_WITH_DOOR: String(withDoor) } });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('open')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
  return child;
}

const BUSY = /Den inbyggda databasen i .* används redan av en annan process \(.*pid \d+/;

describe('one owner of the embedded database folder', () => {
  let held: ChildProcess | null = null;
  afterEach(async () => {
    if (held && held.exitCode === null) {
      const gone = new Promise((resolve) => held?.once('exit', resolve));
      held.kill('SIGKILL');
      await gone;
    }
    held = null;
  });

  it('refuses a command line while another process holds the folder, plainly and at once', async () => {
    held = await holder();
    const r = cli('report', 'response', '--round', 'X', '--unit', 'Y', '--json');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(BUSY);
    expect(r.stderr).toContain('Vänta tills den andra processen är klar, eller stoppa den');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  }, 300_000);

  it('takes over a folder whose owner was killed with SIGKILL', async () => {
    held = await holder();
    expect(fs.existsSync(path.join(dir, OWNER_FILE))).toBe(true);
    held.kill('SIGKILL');
    await new Promise((resolve) => held?.once('exit', resolve));
    held = null;
    expect(fs.existsSync(path.join(dir, OWNER_FILE))).toBe(true); // left behind by the kill
    const r = cli('report', 'response', '--round', 'X', '--unit', 'Y', '--json');
    // Opened and answered (the round does not exist in an empty database: exit 2, a plain reason).
    expect(r.stderr).not.toMatch(BUSY);
    expect(r.status).toBe(2);
    expect(fs.existsSync(path.join(dir, OWNER_FILE))).toBe(false); // released on exit
  }, 300_000);

  it('two command lines started together: each finishes or refuses clearly, never both in the folder', async () => {
    const results = await Promise.all([cliAsync('report', 'response', '--round', 'X', '--unit', 'Y', '--json'), cliAsync('report', 'response', '--round', 'X', '--unit', 'Y', '--json')]);
    for (const r of results) {
      if (r.code === 3) expect(r.stderr).toMatch(BUSY);
      else expect(r.code, r.stderr).toBe(2);
    }
    expect(results.some((r) => r.code === 2)).toBe(true);
    expect(fs.existsSync(path.join(dir, OWNER_FILE))).toBe(false);
  }, 300_000);

  it('hands its work to an owner with a door (the running app): import and reports through the owner, the folder opened once', async () => {
    held = await holder(true);
    const owner = JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8')) as { pid: number; door?: { port: number } };
    expect(owner.pid).toBe(held.pid);
    expect(owner.door?.port).toBeGreaterThan(0);
    expect(fs.statSync(path.join(dir, OWNER_FILE)).mode & 0o077).toBe(0); // the door's secret is the owner's alone
    const files = tempDir('door-import');
    fs.writeFileSync(path.join(files, 'units.csv'), 'code,name,parent_code,kind\nDRR,Dörrby kommun,,kommun\nDRR-1,Dörrby enhet 1,DRR,enhet\n');
    fs.writeFileSync(path.join(files, 'roles.csv'), 'code,name\nDRR-USK,Undersköterska\n');
    fs.writeFileSync(path.join(files, 'people.csv'), 'employee_id,name,unit_code,role_code\nD1,Dora Dörr,DRR-1,DRR-USK\nD2,Didrik Dörr,DRR-1,DRR-USK\n');
    fs.writeFileSync(path.join(files, 'rounds.csv'), 'code,name,opens_on,closes_on,kind\nDRR-R,Dörrbys omgång,2025-03-03,2025-03-28,kompetens\n');
    // A relative path, as a user types it: the owner reads it from the command line's folder.
    const imported = cli('import', path.relative(ROOT, files), '--json');
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout).created).toMatchObject({ units: 2, people: 2, rounds: 1 });
    const report = cli('report', 'response', '--round', 'DRR-R', '--unit', 'DRR', '--json');
    expect(report.status, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ unit: 'DRR', population: 2, responded: 0 });
    const unknown = cli('report', 'response', '--round', 'DRR-R', '--unit', 'NOPE', '--json');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Fel: Enheten NOPE finns inte');
    // The owner never let go: the command lines worked through it.
    expect(JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8')).pid).toBe(held.pid);
    expect(held.exitCode).toBeNull();
  }, 300_000);
});
