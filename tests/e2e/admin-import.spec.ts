import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { importSampleThroughBrowser, SAMPLE_DATA_DIR, sampleDataFiles, sampleRowCount } from './admin-import-helpers';
import { expectNoAxeViolations } from './axe';
import { IMPORT_APP_URL } from './oidc/settings';
import { DEMO, signInAs } from './sign-in';

// Import in the browser (/admin/import): the sample through a dry run and a confirmation, a
// rejected upload, the size limit, and the same without JavaScript. These specs run on a
// server with a database of their own (playwright.config.ts: the sample shares codes with the demo).

const UPLOAD = '/admin/import/uppladdning';

/** The cells of one table's row, by its row header (e.g. "Personer"). */
async function rowCells(table: Locator, header: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
  await expect(row).toHaveCount(1);
  return row.getByRole('cell').allTextContents();
}

/** Rader, Nya, Ändrade, Oförändrade of a table as numbers; new, changed and unchanged add up to the rows. */
async function counts(table: Locator, header: string) {
  const [file, ...numbers] = await rowCells(table, header);
  const [rows, created, updated, unchanged] = numbers.map((n) => Number(n.replace(/\s/g, '')));
  expect((created ?? 0) + (updated ?? 0) + (unchanged ?? 0), `${header}: new + changed + unchanged`).toBe(rows);
  return { file, rows, created, updated, unchanged };
}

/**
 * What the progress bar and its text show, as the page changes, across navigations: the bar's
 * position (0–1, -1 while it cannot be measured) and the text beside it.
 */
async function recordProgress(page: Page): Promise<Array<{ position: number; text: string }>> {
  const seen: Array<{ position: number; text: string }> = [];
  await page.exposeFunction('reportImportProgress', (position: number, text: string) => {
    seen.push({ position, text });
  });
  await page.addInitScript(() => {
    const report = () => {
      const bar = document.querySelector('progress');
      const text = bar?.closest('form')?.querySelector('[role="status"]')?.textContent ?? '';
      if (bar && text) (window as unknown as { reportImportProgress(p: number, t: string): void }).reportImportProgress(bar.position, text);
    };
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver(report).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  });
  return seen;
}

/** The newest audit event's text, to tell that nothing was stored. */
async function newestAuditEvent(page: Page): Promise<string> {
  await page.goto('/admin/logg');
  return (await page.getByRole('table', { name: /Senaste händelserna/ }).getByRole('row').nth(1).textContent()) ?? '';
}

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-import-'));
}

/** A sample file with lines (1-based, header = 1) replaced, plus lines appended. */
function brokenCopy(dir: string, file: string, replace: Record<number, string>, append: string[] = []): string {
  const lines = fs.readFileSync(path.join(SAMPLE_DATA_DIR, file), 'utf8').replace(/\n$/, '').split('\n');
  for (const [n, text] of Object.entries(replace)) lines[Number(n) - 1] = text;
  const target = path.join(dir, file);
  fs.writeFileSync(target, `${[...lines, ...append].join('\n')}\n`);
  return target;
}

/** Status and body of a raw HTTP/1.1 response (the body de-chunked if it was sent in chunks). */
function parseResponse(raw: Buffer): { status: number; body: string } {
  const text = raw.toString('latin1');
  const headerEnd = text.indexOf('\r\n\r\n');
  if (headerEnd < 0) return { status: 0, body: '' };
  const head = text.slice(0, headerEnd);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  let body = raw.subarray(Buffer.byteLength(text.slice(0, headerEnd + 4), 'latin1'));
  if (/^transfer-encoding:\s*chunked/im.test(head)) {
    const parts: Buffer[] = [];
    let at = 0;
    for (;;) {
      const lineEnd = body.indexOf('\r\n', at);
      if (lineEnd < 0) break;
      const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
      if (!size) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  }
  return { status, body: body.toString('utf8') };
}

/**
 * A raw POST to the upload route with this browser context's session, timed. A plain socket
 * rather than http.request: the server answers 413 and closes while the body is still being
 * sent, and Node's client then reports EPIPE instead of the answer that did arrive.
 */
async function rawUpload(context: BrowserContext, options: { declaredLength?: number; chunkedBytes?: number; origin?: string }) {
  const cookie = (await context.cookies(IMPORT_APP_URL)).map((c) => `${c.name}=${c.value}`).join('; ');
  const url = new URL(UPLOAD, IMPORT_APP_URL);
  const started = Date.now();
  return new Promise<{ status: number; body: string; ms: number; sent: number }>((resolve, reject) => {
    let sent = 0;
    let finished = false;
    const received: Buffer[] = [];
    // The server listens on IPv4 only; `localhost` may resolve to ::1 first.
    const socket = net.connect(Number(url.port), url.hostname === 'localhost' ? '127.0.0.1' : url.hostname);
    const finish = () => {
      if (finished) return;
      finished = true;
      const answer = parseResponse(Buffer.concat(received));
      if (answer.status === 0) reject(new Error('no HTTP answer from the upload route'));
      else resolve({ ...answer, ms: Date.now() - started, sent });
    };
    const answered = () => {
      const text = Buffer.concat(received).toString('latin1');
      const headerEnd = text.indexOf('\r\n\r\n');
      if (headerEnd < 0) return false;
      const head = text.slice(0, headerEnd);
      const length = /^content-length:\s*(\d+)/im.exec(head)?.[1];
      if (length !== undefined) return Buffer.byteLength(text, 'latin1') - headerEnd - 4 >= Number(length);
      return /^transfer-encoding:\s*chunked/im.test(head) && text.endsWith('0\r\n\r\n');
    };
    socket.on('data', (d: Buffer) => {
      received.push(d);
      if (answered()) {
        finish();
        socket.destroy();
      }
    });
    // Writes after the server has answered and closed fail; the answer is what counts.
    socket.on('error', () => finish());
    socket.on('close', () => finish());
    const headers = [
      `POST ${url.pathname} HTTP/1.1`,
      `Host: ${url.host}`,
      `Cookie: ${cookie}`,
      `Origin: ${options.origin ?? IMPORT_APP_URL}`,
      'Accept: application/x-ndjson',
      'Content-Type: multipart/form-data; boundary=----kk',
      options.declaredLength !== undefined ? `Content-Length: ${options.declaredLength}` : 'Transfer-Encoding: chunked',
      'Connection: close',
    ];
    socket.write(`${headers.join('\r\n')}\r\n\r\n`);
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    if (options.declaredLength !== undefined) {
      // A declared length: send at most a megabyte of it, then wait for the answer.
      const part = chunk.subarray(0, Math.min(options.declaredLength, chunk.byteLength));
      sent = part.byteLength;
      socket.write(part);
      return;
    }
    const total = options.chunkedBytes ?? 0;
    const framed = Buffer.concat([Buffer.from(`${chunk.byteLength.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    const pump = () => {
      while (!finished && !socket.destroyed && sent < total) {
        sent += chunk.byteLength;
        if (!socket.write(framed)) {
          socket.once('drain', pump);
          return;
        }
      }
      if (!finished && !socket.destroyed) socket.write('0\r\n\r\n');
    };
    pump();
  });
}

test.describe('import in the browser', () => {
  test('an administrator loads the sample: dry run with counts, then Importera with a progress bar, then the result', async ({ page }) => {
    const progress = await recordProgress(page);
    await signInAs(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importera data' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Välj filer', { exact: true }).setInputFiles(sampleDataFiles());
    await page.getByRole('button', { name: 'Kontrollera filerna' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Provkörningen är klar: inget är sparat ännu' })).toBeVisible({ timeout: 60_000 });
    await expect(page).toHaveURL(/\/admin\/import\?uppladdning=[0-9a-f-]{36}$/);

    // The bar followed the server as it read the files, checked the rows and tried them against the
    // database (lines that arrive together show only the last one, so not every step is seen).
    const fromServer = (prefix: RegExp) => new Set(progress.map((p) => p.text).filter((t) => prefix.test(t)));
    const SERVER_STEP = /^(Läser filerna: \d+ av 14 \([\d\s]+ rader hittills\)|(Kontrollerar raderna|Provar mot databasen|Sparar): .+ \(\d+ av 14 tabeller\))\.$/;
    expect(fromServer(SERVER_STEP).size, progress.map((p) => p.text).join('\n')).toBeGreaterThanOrEqual(3);
    expect(fromServer(/^Provar mot databasen: /).size).toBeGreaterThanOrEqual(1);
    const measured = progress.map((p) => p.position).filter((p) => p >= 0);
    expect(measured).toEqual([...measured].sort((a, b) => a - b));

    // The dry run: every table of the sample with its rows, and what would become of them.
    const plan = page.getByRole('table', { name: 'Det här händer om du importerar' });
    await expect(plan.getByRole('rowheader')).toHaveText([
      'Enheter', 'Roller', 'Krav', 'Krav per roll', 'Personer', 'Omgångar', 'Inbjudningar', 'Skattningar',
      'Svar på effektfrågor', 'Utbildningar', 'Utbildningar per krav', 'Anmälningar till utbildningar', 'Projekt', 'Projektdeltagare', 'Totalt',
    ]);
    const people = await counts(plan, 'Personer');
    expect(people).toMatchObject({ file: 'people.csv', rows: sampleRowCount('people.csv') });
    expect((await counts(plan, 'Skattningar')).rows).toBe(sampleRowCount('assessments.csv'));
    await expectNoAxeViolations(page);

    // Confirm: the same counts are stored, with the progress bar following the writes.
    progress.length = 0;
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Importen är klar. Allt i filerna är sparat.' })).toBeVisible({ timeout: 60_000 });
    expect(fromServer(SERVER_STEP).size, progress.map((p) => p.text).join('\n')).toBeGreaterThanOrEqual(3);
    expect(fromServer(/^Sparar: /).size).toBeGreaterThanOrEqual(1);
    const stored = page.getByRole('table', { name: 'Sparade rader per tabell' });
    expect(await counts(stored, 'Personer')).toEqual(people);
    const total = await counts(stored, 'Totalt');
    await expectNoAxeViolations(page);

    // The import is in the audit log with its files, and the data is there: a unit of the sample.
    const event = await newestAuditEvent(page);
    expect(event).toContain('importerade');
    expect(event).toContain('people.csv');
    // (The log counts every table: the "Totalt" row.)
    expect(event).toContain(`nya rader: ${total.created}`);
    await page.goto('/enheter/EXE-VO-ALD-01');
    await expect(page.getByRole('heading', { level: 1, name: /Åsgården/ })).toBeVisible();
  });

  test('a rejected upload stores nothing and lists every problem with file, line, column and reason', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    const dir = tempFolder();
    const files = [
      ...['units.csv', 'roles.csv', 'requirements.csv', 'rounds.csv'].map((f) => path.join(SAMPLE_DATA_DIR, f)),
      brokenCopy(dir, 'people.csv', {
        3: 'E10007,Märta Andersson,EXE-VO-ALD-01,XYZ,e10007@exempelby.example,timanstalld,2025-11-20,',
        4: 'E10009,Aisha Isaksson,EXE-VO-ALD-01,USK,e10009@exempelby.example,tillsvidare,2023-02-30,',
      }, ['E99998,Nyanställd Testperson,EXE-VO-ALD-01,USK,,tillsvidare,2026-01-01,']),
      path.join(dir, 'assessments.csv'),
    ];
    fs.writeFileSync(files[5] as string, 'round_code,employee_id,requirement_code,level\nR25,E10004,K07,7\nR99,E10004,K08,2\n');
    const before = await newestAuditEvent(page);

    await page.goto('/admin/import');
    await page.getByLabel('Välj filer', { exact: true }).setInputFiles(files);
    await page.getByRole('button', { name: 'Kontrollera filerna' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Filerna har 4 problem. Ingenting har sparats.' })).toBeVisible({ timeout: 60_000 });
    const problems = page.getByRole('table', { name: '4 problem i filerna, i filernas ordning' });
    const rows = await problems.getByRole('row').evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['people.csv', '3', 'role_code', expect.stringContaining('okänd yrkesroll XYZ')],
      ['people.csv', '4', 'start_date', expect.any(String)],
      ['assessments.csv', '2', 'level', expect.any(String)],
      ['assessments.csv', '3', 'round_code', expect.stringContaining('R99')],
    ]);
    // Nothing to confirm.
    await expect(page.getByRole('button', { name: 'Importera', exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The same list as a file for Excel.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner alla problem som CSV-fil' }).click();
    const csv = fs.readFileSync(await (await download).path(), 'utf8');
    expect(csv).toContain('people.csv;3;role_code;okänd yrkesroll XYZ');

    // Nothing changed: the valid new person was not stored either, and only the dry run (and the download) was logged.
    expect((await page.request.get('/personer/E99998')).status()).toBe(404);
    const after = await newestAuditEvent(page);
    expect(after).not.toBe(before);
    expect(after).toContain('exporterade tabell');
    await page.goto('/admin/logg');
    await expect(page.getByRole('table', { name: /Senaste händelserna/ }).getByRole('row').nth(2)).toContainText('provkörde import');
  });

  test('an upload over the size limit is refused at once, by the page and by the server, and changes nothing', async ({ page, browser }) => {
    await signInAs(page, DEMO.admin);
    // HR signs in first: a first work-account sign-in is itself audited (the account is bound).
    const hr = await browser.newContext({ baseURL: IMPORT_APP_URL });
    await signInAs(await hr.newPage(), DEMO.hr);
    const before = await newestAuditEvent(page);

    // The page checks the size before sending anything.
    const big = path.join(tempFolder(), 'people.csv');
    fs.writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 'a'));
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.goto('/admin/import');
    await page.getByLabel('Välj filer', { exact: true }).setInputFiles(big);
    await page.getByRole('button', { name: 'Kontrollera filerna' }).click();
    await expect(page.getByRole('region', { name: 'Välj filer att importera' }).getByRole('alert')).toHaveText('people.csv är 51 MB. En fil får vara högst 50 MB: dela upp den eller använd kommandoraden.');
    expect(posts).toEqual([]);

    // The server refuses a declared length over 100 MB before reading the body...
    const declared = await rawUpload(page.context(), { declaredLength: 500 * 1024 * 1024 });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).message).toMatch(/^Filerna är större än 100 MB tillsammans\./);
    expect(declared.ms).toBeLessThan(2000);
    // ...and a body without a declared length as soon as it passes 100 MB.
    const chunked = await rawUpload(page.context(), { chunkedBytes: 400 * 1024 * 1024 });
    expect(chunked.status).toBe(413);
    expect(chunked.sent).toBeLessThan(400 * 1024 * 1024);
    expect(chunked.ms).toBeLessThan(5000);

    // Another origin, and a signed-in person who is not an administrator, are refused too.
    expect((await rawUpload(page.context(), { declaredLength: 10, origin: 'https://angripare.example' })).status).toBe(403);
    const refused = await rawUpload(hr, { declaredLength: 10 });
    expect(refused.status, refused.body).toBe(404);
    await hr.close();

    expect(await newestAuditEvent(page)).toBe(before);
  });
});

test.describe('import in the browser without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the upload form and Importera work as plain forms', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto('/admin/import');
    await page.getByLabel('Välj filer', { exact: true }).setInputFiles(sampleDataFiles());
    await page.getByRole('button', { name: 'Kontrollera filerna' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Provkörningen är klar: inget är sparat ännu' })).toBeVisible({ timeout: 60_000 });
    const plan = await counts(page.getByRole('table', { name: 'Det här händer om du importerar' }), 'Personer');
    expect(plan.rows).toBe(sampleRowCount('people.csv'));
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Importen är klar' })).toBeVisible({ timeout: 60_000 });
    expect(await counts(page.getByRole('table', { name: 'Sparade rader per tabell' }), 'Personer')).toEqual(plan);
  });

  test('an administrator can cancel after the dry run; the files are removed', async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto('/admin/import');
    await page.getByLabel('Välj filer', { exact: true }).setInputFiles(path.join(SAMPLE_DATA_DIR, 'units.csv'));
    await page.getByRole('button', { name: 'Kontrollera filerna' }).click();
    const checked = page.url();
    await page.getByRole('button', { name: 'Avbryt och ta bort filerna' }).click();
    await expect(page.getByRole('status')).toContainText('Importen är avbruten och filerna är borttagna.');
    await page.goto(checked);
    await expect(page.getByRole('alert').filter({ hasText: 'Uppladdningen finns inte längre.' })).toContainText('Ladda upp dem igen.');
  });
});

test('importSampleThroughBrowser loads the sample for the specs that build on it', async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await importSampleThroughBrowser(page);
  await expect(page.getByRole('table', { name: 'Sparade rader per tabell' }).getByRole('rowheader', { name: 'Personer' })).toBeVisible();
});
