import 'server-only';
import type { ImportResult } from '@/db/import/apply-import';
import type { Viewer } from '@/lib/auth/viewer';
import { readImportFiles, type ImportFile } from '@/lib/import/read-import';
import { readLimitedBody } from '@/lib/import/read-limited-body';
import { filesOfUploadForm, MAX_UPLOAD_BYTES } from '@/lib/import/upload-form';
import { createUpload, finishUpload, readUpload, readUploadFiles, removeUpload, sweepUploads } from '@/lib/import/upload-store';
import { IMPORT_TABLES, MAX_FILE_BYTES, MAX_IMPORT_ROWS, type ImportProblem, type ImportTable, type ParsedImport } from '@/lib/import/types';
import { requireAdmin } from './authorise';
import { exportFile, type ExportFile } from './exports/export-file';
import { InvalidInputError, NotFoundError } from './errors';
import { runImport } from './import-data';
import { clockNow } from '@/lib/clock/clock';

/**
 * The import page's door: an administrator uploads files, sees a dry run, then confirms.
 * The files are read and stored by the same code as the command line's (lib/import,
 * db/import through runImport, which audits every run with the files' names and counts).
 * Between the two steps the files wait on the server's disk (lib/import/upload-store), so
 * the confirmation imports exactly the bytes the dry run checked and needs no second upload.
 */

export interface ImportTableCount {
  table: ImportTable;
  file: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportRunSummary {
  tables: ImportTableCount[];
  /** Every rejected row or unreadable file, in table and line order. */
  rejected: ImportProblem[];
  warnings: string[];
}

export type ImportUploadStatus =
  /** The dry run found problems: nothing can be imported. */
  | 'rejected'
  /** The dry run passed: waiting for the confirmation. */
  | 'ready'
  | 'imported'
  /** The real run found problems the dry run had not (the database changed in between). */
  | 'rejected-on-confirm';

export interface ImportUploadView {
  id: string;
  /** ISO timestamp of the upload. */
  createdAt: string;
  files: Array<{ name: string; bytes: number }>;
  status: ImportUploadStatus;
  /** The dry run. */
  check: ImportRunSummary;
  /** The real run, once confirmed. */
  result: ImportRunSummary | null;
}

/** Progress of one step, reported as it happens so a page can show a progress bar. */
export type ImportUploadProgress =
  | { phase: 'reading'; done: number; total: number; file: string; rows: number }
  | { phase: 'checking' | 'writing'; done: number; total: number; table: ImportTable };
export type ImportUploadProgressListener = (step: ImportUploadProgress) => void | Promise<void>;

interface StoredMeta {
  files: Array<{ name: string; bytes: number }>;
  check: ImportRunSummary;
  result: ImportRunSummary | null;
}

const NO_FILES = 'Inga filer kom fram. Välj filerna eller mappen och försök igen.';

/** Uploads being imported right now, so a second press of "Importera" does not run it twice. */
const running = new Set<string>();

function ownerId(viewer: Viewer): number {
  return viewer.kind === 'user' ? viewer.userId : 0;
}

function summarise(parsed: ParsedImport, result: ImportResult): ImportRunSummary {
  const tables = IMPORT_TABLES.flatMap((table): ImportTableCount[] => {
    const raw = parsed.tables[table];
    if (!raw) return [];
    return [{
      table,
      file: raw.file,
      rows: raw.rows.length,
      created: result.created[table] ?? 0,
      updated: result.updated[table] ?? 0,
      unchanged: result.unchanged[table] ?? 0,
    }];
  });
  return { tables, rejected: result.rejected, warnings: result.warnings };
}

function statusOf(meta: StoredMeta): ImportUploadStatus {
  if (meta.check.rejected.length > 0) return 'rejected';
  if (!meta.result) return 'ready';
  return meta.result.rejected.length > 0 ? 'rejected-on-confirm' : 'imported';
}

function view(id: string, createdAt: string, meta: StoredMeta): ImportUploadView {
  return { id, createdAt, files: meta.files, status: statusOf(meta), check: meta.check, result: meta.result };
}

/** The limits of one upload; refuses anyone but an administrator before a byte is read. */
export function importUploadLimits(viewer: Viewer): { maxUploadBytes: number; maxFileBytes: number; maxRows: number } {
  requireAdmin(viewer);
  return { maxUploadBytes: MAX_UPLOAD_BYTES, maxFileBytes: MAX_FILE_BYTES, maxRows: MAX_IMPORT_ROWS };
}

/**
 * The files of an upload form's body. Over the size limit it throws BodyTooLargeError as soon
 * as that is known (from Content-Length, or while reading), holding at most the limit.
 */
export async function receiveImportUpload(
  viewer: Viewer,
  request: { body: ReadableStream<Uint8Array> | null; contentLength: string | null; contentType: string | null },
  limit = MAX_UPLOAD_BYTES,
): Promise<ImportFile[]> {
  requireAdmin(viewer);
  const bytes = await readLimitedBody(request.body, request.contentLength, limit);
  const files = await filesOfUploadForm(bytes, request.contentType ?? '');
  if (files === null || files.length === 0) throw new InvalidInputError(NO_FILES);
  return files;
}

/**
 * The dry run: reads the files, checks every row against the database without storing
 * anything, and keeps the files for the confirmation (only if nothing was rejected).
 */
export async function checkImportUpload(
  viewer: Viewer,
  files: ImportFile[],
  onProgress?: ImportUploadProgressListener,
): Promise<ImportUploadView> {
  requireAdmin(viewer);
  if (files.length === 0) throw new InvalidInputError(NO_FILES);
  await sweepUploads();
  const names = files.map((f) => f.name);
  const parsed = await readImportFiles(files, undefined, (p) => onProgress?.({ phase: 'reading', ...p }));
  if (Object.keys(parsed.tables).length === 0 && parsed.problems.length === 0) {
    parsed.problems.push({
      file: names.join(', '),
      line: 0,
      column: null,
      reason: 'ingen av filerna innehåller en importtabell: ladda upp t.ex. units.csv och people.csv, en zip-fil med dem eller en Excel-arbetsbok',
    });
  }
  const result = await runImport(viewer, parsed, { dryRun: true, files: names, onProgress });
  const meta: StoredMeta = {
    files: files.map((f) => ({ name: f.name, bytes: f.data.byteLength })),
    check: summarise(parsed, result),
    result: null,
  };
  const id = await createUpload(ownerId(viewer), result.rejected.length > 0 ? null : files, meta);
  const stored = await readUpload<StoredMeta>(ownerId(viewer), id);
  return view(id, stored?.createdAt ?? clockNow().toISOString(), meta);
}

/** One of the viewer's own uploads; another administrator's, or one over an hour old, is not found. */
export async function getImportUpload(viewer: Viewer, id: string): Promise<ImportUploadView> {
  requireAdmin(viewer);
  const stored = await readUpload<StoredMeta>(ownerId(viewer), id);
  if (!stored) throw new NotFoundError('Uppladdningen', '');
  return view(id, stored.createdAt, stored.meta);
}

/** Imports a checked upload for real, all or nothing, and removes its files. */
export async function confirmImportUpload(
  viewer: Viewer,
  id: string,
  onProgress?: ImportUploadProgressListener,
): Promise<ImportUploadView> {
  requireAdmin(viewer);
  const owner = ownerId(viewer);
  const stored = await readUpload<StoredMeta>(owner, id);
  if (!stored) throw new NotFoundError('Uppladdningen', '');
  const meta = stored.meta;
  // Pressed twice, or the page reloaded: the answer of the first run.
  if (meta.result) return view(id, stored.createdAt, meta);
  if (meta.check.rejected.length > 0) throw new InvalidInputError('Filerna har fel och kan inte importeras. Rätta dem och ladda upp dem igen.');
  const key = `${owner}-${id}`;
  if (running.has(key)) throw new InvalidInputError('Importen pågår redan. Vänta tills den är klar.');
  running.add(key);
  try {
    const files = await readUploadFiles(owner, id);
    if (!files) throw new NotFoundError('Uppladdningen', '');
    const parsed = await readImportFiles(files, undefined, (p) => onProgress?.({ phase: 'reading', ...p }));
    const result = await runImport(viewer, parsed, { dryRun: false, files: files.map((f) => f.name), onProgress });
    const done: StoredMeta = { ...meta, result: summarise(parsed, result) };
    await finishUpload(owner, id, done);
    return view(id, stored.createdAt, done);
  } finally {
    running.delete(key);
  }
}

/** "Avbryt": removes the upload's files and its description at once. */
export async function discardImportUpload(viewer: Viewer, id: string): Promise<void> {
  requireAdmin(viewer);
  await removeUpload(ownerId(viewer), id);
}

/** Every problem of an upload (dry run, or the real run if it was refused) as a CSV file for Excel. */
export async function exportImportUploadProblems(viewer: Viewer, id: string): Promise<ExportFile> {
  const upload = await getImportUpload(viewer, id);
  const problems = upload.result?.rejected.length ? upload.result.rejected : upload.check.rejected;
  return exportFile(viewer, {
    title: 'Problem i importfilerna',
    about: [`Filer: ${upload.files.map((f) => f.name).join(', ')}`, 'Rad som i ett kalkylprogram: rubrikraden är rad 1, rad 0 gäller hela filen.'],
    columns: [
      { header: 'fil', value: (p) => p.file },
      { header: 'rad', value: (p) => p.line },
      { header: 'kolumn', value: (p) => p.column },
      { header: 'orsak', value: (p) => p.reason },
    ],
    rows: problems,
  }, 'importproblem', 'csv', {});
}
