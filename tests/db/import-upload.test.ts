import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import { SYSTEM_VIEWER, type Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { listAuditEvents } from '@/lib/data/audit-log';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import {
  checkImportUpload,
  confirmImportUpload,
  discardImportUpload,
  exportImportUploadProblems,
  getImportUpload,
  receiveImportUpload,
  type ImportUploadProgress,
} from '@/lib/data/import-upload';
import type { ImportFile } from '@/lib/import/read-import';
import { BodyTooLargeError } from '@/lib/import/read-limited-body';
import { MAX_UPLOAD_BYTES } from '@/lib/import/upload-form';
import { readUploadFiles, sweepUploads, uploadRoot } from '@/lib/import/upload-store';
import { snapshot } from '../support/db-snapshot';
import { SAMPLE_DIR } from '../support/sample';
import { tempDir } from '../support/sample-variants';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { clockNow } from '@/lib/clock/clock';

function sampleFiles(): ImportFile[] {
  return fs
    .readdirSync(SAMPLE_DIR)
    .filter((f) => f.endsWith('.csv'))
    .map((name) => ({ name, data: new Uint8Array(fs.readFileSync(path.join(SAMPLE_DIR, name))) }));
}

/** Data rows of a sample file (lines minus the header). */
function sampleRows(file: string): number {
  return fs.readFileSync(path.join(SAMPLE_DIR, file), 'utf8').trimEnd().split('\n').length - 1;
}

/** A sample file with some lines (1-based, header = 1) replaced. */
function withLines(file: string, lines: Record<number, string>): ImportFile {
  const text = fs.readFileSync(path.join(SAMPLE_DIR, file), 'utf8').replace(/\n$/, '').split('\n');
  for (const [n, line] of Object.entries(lines)) text[Number(n) - 1] = line;
  return { name: file, data: new TextEncoder().encode(`${text.join('\n')}\n`) };
}

/** A request body as the upload form sends it, e.g. from a folder (`data/units.csv`). */
function uploadRequest(files: Array<{ name: string; data: Uint8Array }>) {
  const form = new FormData();
  for (const f of files) form.append('filer', new Blob([f.data as BlobPart]), f.name);
  const request = new Request('http://localhost/admin/import/uppladdning', { method: 'POST', body: form });
  return { body: request.body, contentLength: null, contentType: request.headers.get('content-type') };
}

/** A body that yields `chunk` for ever, counting what was pulled: proves a refusal read no further. */
function endlessBody(chunk: Uint8Array) {
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled };
}

async function rowCount(handle: DbHandle, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(handle.db, sql.raw(`select count(*)::int as n from "${table}"`));
  return row?.n ?? 0;
}

describe.each(TEST_DRIVERS)('import in the browser (the upload door) on $name', (driver) => {
  let handle: DbHandle;
  let admin: Viewer;
  let hr: Viewer;
  const previousTmp = process.env.TMPDIR;
  let uploads: string;

  beforeAll(async () => {
    // Uploads wait under the system's temporary folder: a folder of this test's own.
    uploads = tempDir('uploads');
    process.env.TMPDIR = uploads;
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    admin = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'sara.lind@exempelby.example'))?.id}`);
    hr = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'johan.ek@exempelby.example'))?.id}`);
  });
  afterAll(async () => {
    await handle.close();
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    fs.rmSync(uploads, { recursive: true, force: true });
  });

  it('a dry run of the sample reports every table, stores nothing in the database and keeps the files for the confirmation', async () => {
    const before = await snapshot(handle.db);
    const steps: ImportUploadProgress[] = [];
    const upload = await checkImportUpload(admin, sampleFiles(), (s) => {
      steps.push(s);
    });
    expect(upload.status).toBe('ready');
    expect(upload.check.rejected).toEqual([]);
    const people = upload.check.tables.find((t) => t.table === 'people');
    expect(people).toEqual({ table: 'people', file: 'people.csv', rows: sampleRows('people.csv'), created: sampleRows('people.csv'), updated: 0, unchanged: 0 });
    expect(upload.check.tables.map((t) => t.table)).toEqual([
      'units', 'roles', 'requirements', 'role_requirements', 'people', 'rounds', 'invitations', 'assessments',
      'effect_responses', 'courses', 'course_requirements', 'enrolments', 'projects', 'project_participants',
    ]);
    expect(await snapshot(handle.db)).toEqual(before);
    expect((await readUploadFiles(admin.kind === 'user' ? admin.userId : -1, upload.id))?.map((f) => f.name).sort()).toEqual(sampleFiles().map((f) => f.name).sort());

    // Progress: every file read, then every table checked, then written (and rolled back).
    const reading = steps.filter((s) => s.phase === 'reading');
    const fileCount = sampleFiles().length;
    expect(reading.map((s) => s.done)).toEqual(Array.from({ length: fileCount }, (_, i) => i + 1));
    const allRows = fs.readdirSync(SAMPLE_DIR).reduce((n, f) => n + sampleRows(f), 0);
    expect(reading.at(-1)).toMatchObject({ done: fileCount, total: fileCount, rows: allRows });
    expect(steps.filter((s) => s.phase === 'checking')).toHaveLength(fileCount);
    const writing = steps.filter((s) => s.phase === 'writing');
    expect(writing.map((s) => (s.phase === 'writing' ? s.table : ''))).toEqual(upload.check.tables.map((t) => t.table));
    expect(steps.findIndex((s) => s.phase === 'writing')).toBeGreaterThan(steps.findLastIndex((s) => s.phase === 'checking'));
  });

  it('the confirmation stores exactly what the dry run showed, audits it with the files, removes them, and is not repeated by a second press', async () => {
    const upload = await checkImportUpload(admin, sampleFiles());
    const peopleBefore = await rowCount(handle, 'people');
    const done = await confirmImportUpload(admin, upload.id);
    expect(done.status).toBe('imported');
    expect(done.result?.tables).toEqual(upload.check.tables);
    expect(await rowCount(handle, 'people')).toBe(peopleBefore + sampleRows('people.csv'));
    expect(await rowCount(handle, 'assessments')).toBeGreaterThanOrEqual(sampleRows('assessments.csv'));

    const [last] = await listAuditEvents(admin, { limit: 1 });
    const sum = (key: 'created' | 'updated') => upload.check.tables.reduce((n, t) => n + t[key], 0);
    expect(sum('created')).toBeGreaterThan(4000);
    expect(last).toMatchObject({ actor: 'sara.lind@exempelby.example', action: 'importerade', details: { created: sum('created'), updated: sum('updated'), rejected: 0 } });
    expect(String(last?.details.files).split(',').sort()).toEqual(sampleFiles().map((f) => f.name).sort());
    expect(await readUploadFiles(admin.kind === 'user' ? admin.userId : -1, upload.id)).toBeNull();

    // Pressed again (or the page reloaded): the same answer, no second import.
    const snap = await snapshot(handle.db);
    expect((await confirmImportUpload(admin, upload.id)).result).toEqual(done.result);
    expect(await snapshot(handle.db)).toEqual(snap);
    expect((await listAuditEvents(admin, { limit: 1 }))[0]?.id).toBe(last?.id);

    // The same files again: every row already stored as it is.
    const again = await checkImportUpload(admin, sampleFiles());
    expect(again.check.tables.find((t) => t.table === 'people')).toMatchObject({ created: 0, updated: 0, unchanged: sampleRows('people.csv') });
  });

  it('a rejected upload changes nothing, lists every problem as file, line, column and reason, and cannot be confirmed', async () => {
    const before = await snapshot(handle.db);
    const files = [
      ...sampleFiles().filter((f) => !['people.csv', 'assessments.csv', 'courses.csv'].includes(f.name)),
      withLines('people.csv', {
        3: 'E10007,Märta Andersson,EXE-VO-ALD-01,XYZ,e10007@exempelby.example,timanstalld,2025-11-20,',
        4: 'E10009,Aisha Isaksson,EXE-VO-ALD-01,USK,e10009@exempelby.example,tillsvidare,2023-02-30,',
      }),
      withLines('assessments.csv', { 2: 'R25,E10004,K07,7,self,2025-04-04,,', 3: 'R99,E10004,K08,2,self,2025-03-22,,' }),
      { name: 'courses.csv', data: new TextEncoder().encode('code,name,hours,colour\nNY-D,Ny kurs,2,röd\n') },
    ];
    const upload = await checkImportUpload(admin, files);
    expect(upload.status).toBe('rejected');
    expect(upload.check.rejected.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      'people.csv:3:role_code',
      'people.csv:4:start_date',
      'assessments.csv:2:level',
      'assessments.csv:3:round_code',
      'courses.csv:1:format',
    ]);
    expect(upload.check.rejected.find((p) => p.column === 'role_code')?.reason).toMatch(/okänd yrkesroll XYZ/);
    expect(upload.check.warnings.join('\n')).toMatch(/colour/);
    expect(await snapshot(handle.db)).toEqual(before);
    // Nothing to confirm, so no file is kept.
    expect(await readUploadFiles(admin.kind === 'user' ? admin.userId : -1, upload.id)).toBeNull();
    await expect(confirmImportUpload(admin, upload.id)).rejects.toThrow(InvalidInputError);
    expect(await snapshot(handle.db)).toEqual(before);

    // The download holds the same list, line by line.
    const csv = String((await exportImportUploadProblems(admin, upload.id)).body);
    expect(csv).toContain('people.csv;3;role_code;okänd yrkesroll XYZ');
    expect(csv.split('\r\n').filter((l) => /^\w+\.csv;\d+;/.test(l))).toHaveLength(5);
  });

  it('files that hold no import table are refused with a reason, not an empty import', async () => {
    const upload = await checkImportUpload(admin, [{ name: 'anteckningar.csv', data: new TextEncoder().encode('a,b\n1,2\n') }]);
    expect(upload.status).toBe('rejected');
    expect(upload.check.rejected[0]?.reason).toMatch(/ingen av filerna innehåller en importtabell/);
  });

  it('reads the upload form as the browser sends it: a folder’s files by their own names, a zip the same as the folder', async () => {
    const folder = sampleFiles().map((f) => ({ name: `data/${f.name}`, data: f.data }));
    const files = await receiveImportUpload(admin, uploadRequest([...folder, { name: 'data/.DS_Store', data: new Uint8Array([0]) }]));
    expect(files.map((f) => f.name).sort()).toEqual(sampleFiles().map((f) => f.name).sort());

    const zip = zipSync(Object.fromEntries(sampleFiles().map((f) => [`data/${f.name}`, f.data])));
    const zipped = await receiveImportUpload(admin, uploadRequest([{ name: 'export.zip', data: zip }]));
    const [fromFolder, fromZip] = [await checkImportUpload(admin, files), await checkImportUpload(admin, zipped)];
    expect(fromZip.check).toEqual(fromFolder.check);

    await expect(receiveImportUpload(admin, uploadRequest([{ name: '', data: new Uint8Array(0) }]))).rejects.toThrow('Inga filer kom fram');
    await expect(receiveImportUpload(admin, { body: null, contentLength: '0', contentType: 'application/json' })).rejects.toThrow(InvalidInputError);
  });

  it('refuses an upload over the limit without reading it, or as soon as a body without a length passes the limit', async () => {
    const before = await snapshot(handle.db);
    const megabyte = new Uint8Array(1024 * 1024);

    const declared = endlessBody(megabyte);
    await expect(receiveImportUpload(admin, { body: declared.body, contentLength: String(MAX_UPLOAD_BYTES + 1), contentType: 'multipart/form-data; boundary=x' }))
      .rejects.toThrow(BodyTooLargeError);
    expect(declared.pulled.bytes).toBeLessThanOrEqual(megabyte.byteLength);

    // Chunked, with no length: read up to the limit, never further (the same chunk is re-sent, so
    // this costs no memory of its own), and fast.
    const chunked = endlessBody(megabyte);
    const started = Date.now();
    await expect(receiveImportUpload(admin, { body: chunked.body, contentLength: null, contentType: 'multipart/form-data; boundary=x' }))
      .rejects.toThrow('större än 100 MB');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(chunked.pulled.bytes).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(chunked.pulled.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 2 * megabyte.byteLength);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('only administrators may upload, and only the uploader may see or confirm an upload', async () => {
    const body = endlessBody(new Uint8Array(1024));
    await expect(receiveImportUpload(hr, { body: body.body, contentLength: null, contentType: 'multipart/form-data; boundary=x' })).rejects.toThrow(NotFoundError);
    // Refused before a byte was read (the stream's first pull is its initial fill).
    expect(body.pulled.bytes).toBeLessThanOrEqual(1024);

    const upload = await checkImportUpload(admin, sampleFiles());
    const before = await snapshot(handle.db);
    for (const other of [hr, SYSTEM_VIEWER]) {
      await expect(getImportUpload(other, upload.id)).rejects.toThrow(NotFoundError);
      await expect(confirmImportUpload(other, upload.id)).rejects.toThrow(NotFoundError);
      await expect(exportImportUploadProblems(other, upload.id)).rejects.toThrow(NotFoundError);
    }
    await expect(checkImportUpload(hr, sampleFiles())).rejects.toThrow(NotFoundError);
    expect(await snapshot(handle.db)).toEqual(before);

    await discardImportUpload(admin, upload.id);
    await expect(getImportUpload(admin, upload.id)).rejects.toThrow(NotFoundError);
  });

  it('forgets an upload after an hour', async () => {
    const upload = await checkImportUpload(admin, sampleFiles());
    expect(fs.readdirSync(uploadRoot()).some((d) => d.endsWith(upload.id))).toBe(true);
    await sweepUploads(clockNow().getTime() + 61 * 60 * 1000);
    expect(fs.readdirSync(uploadRoot()).some((d) => d.endsWith(upload.id))).toBe(false);
    await expect(getImportUpload(admin, upload.id)).rejects.toThrow(NotFoundError);
  });
});
