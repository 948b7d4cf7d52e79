import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { storeAnswers } from '@/app/kartlaggning/store-answers';
import { handleReportRequest } from '@/lib/api/v1-report';
import { SYSTEM_VIEWER, type Viewer } from '@/lib/auth/viewer';
import { createApiKey } from '@/lib/data/api-keys';
import { runImport } from '@/lib/data/import-data';
import { readImportFiles } from '@/lib/import/read-import';
import { snapshot } from '../support/db-snapshot';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

// Thousands of random and malformed inputs to the doors that take input from outside: the survey's
// answers endpoint, the HTTP API and the import. Each must answer with a clear status or a list of
// problems, never an unexpected error, and a rejected input must leave the database as it was.
// FUZZ_RUNS raises the number of cases for a longer run (README, Reliability).

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** Strings that break naive code: formulas, control characters, long runs, odd Unicode, SQL. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('=cmd|" /C calc"!A0', '+SUM(A1)', '@import', "'; drop table people; --", '\u0000', '\uFEFF', '\u202Eevil', '../../etc/passwd', '%00', 'NaN', '-1', '1e309', '٣', 'ÅÄÖ', 'null', '[]', '{}'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.nat({ max: 100_000 }).map((n) => 'x'.repeat(n)),
);
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.integer(), nasty, fc.array(tie('value'), { maxLength: 5 }), fc.dictionary(nasty, tie('value'), { maxKeys: 5 })),
})).value;
/** Bodies close to valid answers, so the checks behind the schema are reached too. */
const answerish = fc.record({
  answers: fc.array(fc.oneof(
    fc.record({ kind: fc.constant('requirement'), requirement: fc.oneof(nasty, fc.constantFrom('K01', 'K02', 'K99')), choice: fc.oneof(nasty, fc.constantFrom('0', '4', '5', 'vet-inte', 'forstar-inte')) }),
    fc.record({ kind: fc.constant('effect'), question: fc.oneof(nasty, fc.constant('strengthened')), value: fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double()) }),
    json,
  ), { maxLength: 30 }),
});

describe.each(TEST_DRIVERS)('fuzzing on $name', (driver) => {
  let handle: DbHandle;
  let staff: Viewer;
  let key: string;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    const [row] = await queryRows<{ personId: number; roundId: number }>(handle.db, sql`
      select p.id as "personId", r.id as "roundId" from people p, rounds r where p.employee_id = 'D10144' and r.code = 'KART-2026-H'`);
    staff = { kind: 'invitation', tokenId: 0, personId: row?.personId as number, roundId: row?.roundId as number, name: 'Mariam' };
    key = (await createApiKey(SYSTEM_VIEWER, { name: 'fuzz', unit: null })).key;
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  it('the answers endpoint: any body gets 200, 400 or 401 with a message, and a refused one changes nothing', async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(json, answerish), fc.constantFrom<Viewer>({ kind: 'anonymous' }, staff), async (body, viewer) => {
        const before = await snapshot(handle.db);
        const result = await storeAnswers(viewer, body);
        if (result.ok) return;
        statuses.add(result.status);
        expect([400, 401]).toContain(result.status);
        expect(result.message).toMatch(/^[A-ZÅÄÖ]/);
        expect(await snapshot(handle.db)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(statuses.has(400)).toBe(true);
  }, 600_000);

  it('the HTTP API: any address, parameters and key get 200, 400, 401 or 404 as JSON, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('gaps', 'priorities', 'effect', 'uptake', 'response', 'nonsense'), nasty),
        fc.dictionary(fc.constantFrom('round', 'unit', 'by', 'question', 'from', 'to', 'format', 'x'), fc.oneof(nasty, fc.constantFrom('KART-2026-H', 'KART-2026', 'EXB', 'requirement', 'strengthened', '2026-01-01'))),
        fc.oneof(fc.constant(`Bearer ${key}`), fc.constant(`Bearer ${key}`), nasty, fc.constant(null)),
        async (report, params, authorization) => {
          const query = new URLSearchParams();
          for (const [k, v] of Object.entries(params)) query.set(k, v.replace(/\u0000/g, ''));
          const headers = new Headers();
          // Header values cannot hold every character; a client could not send those either.
          if (authorization !== null && /^[\t\x20-\x7e]*$/.test(authorization)) headers.set('authorization', authorization);
          const res = await handleReportRequest(new Request(`http://localhost/api/v1/reports/${encodeURIComponent(report)}?${query}`, { headers }), report);
          expect([200, 400, 401, 404]).toContain(res.status);
          const body = (await res.json()) as Record<string, unknown>;
          if (res.status !== 200) expect(typeof body.error).toBe('string');
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('the import: random bytes, broken CSV, nested zips and formulas are rejected with problems, and nothing is stored', async () => {
    const file = fc.oneof(
      fc.record({ name: fc.constantFrom('people.csv', 'units.csv', 'assessments.csv', 'x.csv', 'data.zip', 'data.xlsx', 'ok.txt'), data: fc.uint8Array({ maxLength: 2000 }) }),
      fc.record({
        name: fc.constantFrom('people.csv', 'units.csv', 'assessments.csv', 'effect_responses.csv'),
        data: fc.array(fc.array(nasty, { maxLength: 10 }), { maxLength: 20 }).map((rows) =>
          new TextEncoder().encode(['employee_id,name,unit_code,role_code', ...rows.map((r) => r.join(','))].join('\n'))),
      }),
      // A zip of zips of files: nesting and odd names inside.
      fc.array(fc.tuple(nasty, fc.uint8Array({ maxLength: 300 })), { maxLength: 4 }).map((entries) => {
        const inner = zipSync(Object.fromEntries(entries.map(([n, d], i) => [`${i}-${n.slice(0, 20)}.csv`, d])));
        return { name: 'nested.zip', data: zipSync({ 'inner.zip': inner, 'people.csv': new TextEncoder().encode('employee_id,name\n=1+1,x') }) };
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 3 }), async (files) => {
        const before = await snapshot(handle.db);
        const parsed = await readImportFiles(files);
        const result = await runImport(SYSTEM_VIEWER, parsed, { dryRun: false });
        const stored = Object.keys(result.created).length + Object.keys(result.updated).length;
        if (result.rejected.length > 0 || stored === 0) expect(await snapshot(handle.db)).toEqual(before);
        for (const p of result.rejected) expect(p.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 600_000);

  it('a zip nested 40 levels deep is read without recursion: the inner archive is ignored with a warning, nothing stored', async () => {
    let data = zipSync({ 'people.csv': new TextEncoder().encode('employee_id,name\nX1,Djup') });
    for (let i = 0; i < 40; i++) data = zipSync({ [`level-${i}.zip`]: data });
    const before = await snapshot(handle.db);
    const parsed = await readImportFiles([{ name: 'deep.zip', data }]);
    expect(parsed.warnings.join(' ')).toMatch(/inte en \.csv-fil/);
    expect(parsed.tables).toEqual({});
    const result = await runImport(SYSTEM_VIEWER, parsed, { dryRun: false });
    expect(Object.keys(result.created)).toEqual([]);
    expect(await snapshot(handle.db)).toEqual(before);
  }, 120_000);

  it('two million empty rows are read in bounded time and memory and store nothing', async () => {
    const text = `employee_id,name,unit_code,role_code\n${'\n'.repeat(2_000_000)}`;
    const before = await snapshot(handle.db);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const parsed = await readImportFiles([{ name: 'people.csv', data: new TextEncoder().encode(text) }]);
    const result = await runImport(SYSTEM_VIEWER, parsed, { dryRun: false });
    // Generous bounds: this is about not hanging or exhausting memory, not about speed.
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);
    expect(Object.keys(result.created)).toEqual([]);
    expect(await snapshot(handle.db)).toEqual(before);
  }, 120_000);

  it('an XLSX with a formula pointing at another workbook gives its cached text, never the other file', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('people');
    sheet.addRow(['employee_id', 'name', 'unit_code', 'role_code']);
    sheet.addRow(['X2', { formula: "'file:///etc/[passwd]x'!A1", result: 'Extern Person' }, 'EXB-VO-ALD-01', 'USK']);
    sheet.addRow(['X3', { formula: 'WEBSERVICE("http://127.0.0.1:9/")', result: 'Webb Person' }, 'EXB-VO-ALD-01', 'USK']);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const parsed = await readImportFiles([{ name: 'extern.xlsx', data }]);
    expect(parsed.problems).toEqual([]);
    const names = (parsed.tables.people?.rows ?? []).map((r) => r.cells.name);
    expect(names).toEqual(['Extern Person', 'Webb Person']);
    expect(JSON.stringify(parsed)).not.toContain('root:');
  }, 60_000);

  it('a zip bomb (a 64 MB file of zeros packed into a few kB) is refused from its declared size, without inflating it', async () => {
    // fflate writes the true sizes into the zip's directory; the reader checks them before inflating.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const entry = zipSync({ 'people.csv': zeros }, { level: 9 });
    const before = await snapshot(handle.db);
    const heapBefore = process.memoryUsage().heapUsed;
    const parsed = await readImportFiles([{ name: 'bomb.zip', data: entry }]);
    expect(parsed.problems.map((p) => p.reason).join(' ')).toMatch(/MB/);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    const result = await runImport(SYSTEM_VIEWER, parsed, { dryRun: false });
    expect(result.rejected.length).toBeGreaterThan(0);
    expect(await snapshot(handle.db)).toEqual(before);
  }, 120_000);

  it('a workbook bomb (an XLSX whose sheet unpacks to 64 MB) is refused from its declared size, before the workbook is read', async () => {
    // An XLSX is a zip too: a sheet of zeros packs into a few kB.
    const sheet = new Uint8Array(64 * 1024 * 1024);
    const workbook = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': sheet }, { level: 9 });
    expect(workbook.length).toBeLessThan(200 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const parsed = await readImportFiles([{ name: 'personal.xlsx', data: workbook }]);
    expect(parsed.problems).toEqual([{ file: 'personal.xlsx', line: 0, column: null, reason: expect.stringMatching(/^filen är större än 50 MB/) }]);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  }, 120_000);
});
