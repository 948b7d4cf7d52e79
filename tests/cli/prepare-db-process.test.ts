// `npm start`'s database step (scripts/prepare-db.ts) as a process, on days a year apart: it
// loads the demo into an empty folder, leaves a current demo alone, and loads a demo whose open
// round has closed again for today, saying so on the console.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoCalendar } from '@/lib/demo/calendar';
import { tempDir } from '../support/sample-variants';
import { testDay } from '../support/test-day';

const ROOT = path.resolve(__dirname, '../..');
const pgliteDir = path.join(tempDir('prepare'), 'pglite');

function prepare(day: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir, KOMPETENSKARTAN_TODAY: day };
  delete env.DATABASE_URL;
  delete env.SEED_DEMO;
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/prepare-db.ts'], {
    cwd: ROOT, env, encoding: 'utf8', timeout: 240_000,
  });
  return { code: r.status, stderr: r.stderr };
}

describe('preparing the embedded database for npm start', () => {
  const first = testDay(30);
  const yearLater = testDay(395);

  it('loads the demo, placed on the day, into an empty folder', () => {
    const r = prepare(first);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Databasen är tom: läser in demodata för Exempelby kommun, placerad kring ${first}`);
    expect(r.stderr).toMatch(/Demodata inläst: \d+ rader/);
  }, 300_000);

  it('leaves a demo whose round is still open as it is', () => {
    const r = prepare(testDay(35));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/läser in|läses in/);
  }, 300_000);

  it('a year later, loads the demo again for that day and says why', () => {
    const r = prepare(yearLater);
    expect(r.code, r.stderr).toBe(0);
    const old = demoCalendar(first).open;
    expect(r.stderr).toContain(`Demodatan är gammal: omgången ${old.name} stängde ${old.closesOn}`);
    expect(r.stderr).toContain(`demon läses in på nytt för ${yearLater}`);
    expect(r.stderr).toMatch(/Demodata inläst på nytt: \d+ rader/);
    // The next start finds it current.
    const again = prepare(yearLater);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/läser in|läses in/);
  }, 600_000);
});
