import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO_APP_ENV } from './oidc/settings';
import { DEMO_BUTTON, signInWithDemoButton } from './sign-in';
import { SAVED, choose, openStep, questions, saveStatus } from './survey-helpers';

// The demo as a new user gets it from `npm start` on whatever day the machine says: a server of
// its own on a fresh embedded database, with no day pinned (every other spec runs on the tests'
// day). It asserts only what must hold on any day: a round is open now with at least two weeks
// left, and a Medarbetare can answer it. `npm test` runs it on the real day and again with the
// system clock 400 days ahead (faketime), which is where it proves the demo keeps up.

const PORT = 3104;
const BASE = `http://127.0.0.1:${PORT}`;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: BASE });

let server: ChildProcess | undefined;
let dir = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-machine-day-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...DEMO_APP_ENV, PGLITE_DIR: path.join(dir, 'pglite'), NODE_ENV: 'production' };
  delete env.KOMPETENSKARTAN_TODAY;
  delete env.DATABASE_URL;
  const prepared = spawnSync('npm', ['run', '-s', 'db:prepare'], { env, encoding: 'utf8' });
  expect(prepared.status, prepared.stderr).toBe(0);
  expect(prepared.stderr).toMatch(/läser in demodata för Exempelby kommun, placerad kring \d{4}-\d{2}-\d{2}/);
  // A demo installation as `npm start` makes it: nothing but demo data, no Entra ID (issue 16).
  expect(prepared.stderr).toContain('Demoinloggningen är på: databasen har bara demodata och inget jobbkonto (Entra ID) är inställt.');
  server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  await expect.poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status ?? 0, { timeout: 120_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('on the machine’s day the demo has a round open now, with two weeks left, that a Medarbetare answers', async ({ page }) => {
  await signInWithDemoButton(page, DEMO_BUTTON.staffMariam);
  await page.goto('/kartlaggning');
  // "Uppföljning hösten 2028. Du kan svara till och med 24 januari 2029." (names and dates follow the day;
  // the name is set apart with Unicode isolates for right-to-left languages).
  const line = page.getByText(/Uppföljning (hösten|våren) \d{4}\u2069?\. Du kan svara till och med \d{1,2} [a-zåäö]+ \d{4}\./);
  await expect(line).toBeVisible();
  const [, day, month, year] = /till och med (\d{1,2}) ([a-zåäö]+) (\d{4})/.exec((await line.textContent()) ?? '') ?? [];
  const closesOn = Date.UTC(Number(year), MONTHS.indexOf(month as string), Number(day));
  // The one test that reads the machine's clock, on purpose: it is the day this spec is about
  // (the browser's clock is the machine's, moved or not, as the server's is).
  expect(closesOn - Date.now()).toBeGreaterThan(13 * 86_400_000);
  await expectNoAxeViolations(page);

  await openStep(page, '1');
  const [first] = await questions(page);
  expect(first).toBeTruthy();
  const value = (first as NonNullable<typeof first>).values.find((v) => v !== first?.checked) as string;
  await choose(page, (first as NonNullable<typeof first>).field, value);
  await expect(saveStatus(page)).toHaveText(SAVED);
});
