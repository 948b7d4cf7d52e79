import { ImportCollector, type ImportLimits } from './import-collector';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { readZip } from './read-zip';
import { extensionOf } from './table-name';
import type { ParsedImport } from './types';

export interface ImportFile {
  name: string;
  data: Uint8Array;
}

export const CONTAINER_EXTENSIONS = ['csv', 'zip', 'xlsx'] as const;

/** Reads one file already in memory, by its extension, into the collector. */
export async function readContainer(
  collector: ImportCollector,
  name: string,
  data: Uint8Array,
): Promise<void> {
  const ext = extensionOf(name);
  if (!(CONTAINER_EXTENSIONS as readonly string[]).includes(ext)) {
    collector.warn(`${name}: bara .csv, .zip och .xlsx kan importeras, filen ignoreras`);
    return;
  }
  if (!collector.fitsSize(name, data.byteLength)) return;
  if (ext === 'csv') readCsv(collector, name, data);
  else if (ext === 'zip') readZip(collector, name, data);
  else await readXlsx(collector, name, data);
}

/** After each file: `done` of `total` files read, and the data rows read so far. */
export type ReadProgressListener = (step: { file: string; done: number; total: number; rows: number }) => void | Promise<void>;

/**
 * Reads uploaded files: `.csv` files, one `.zip` or one `.xlsx` (a mix is read too; a table
 * found twice is a problem). Free of Node APIs so a browser upload can use it.
 */
export async function readImportFiles(
  files: ImportFile[],
  limits?: Partial<ImportLimits>,
  onProgress?: ReadProgressListener,
): Promise<ParsedImport> {
  const collector = new ImportCollector(limits);
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  for (const [i, file] of sorted.entries()) {
    if (collector.stopped) break;
    await readContainer(collector, file.name, file.data);
    const rows = Object.values(collector.tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
    await onProgress?.({ file: file.name, done: i + 1, total: sorted.length, rows });
  }
  return collector.result();
}
