import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportCollector, type ImportLimits } from './import-collector';
import { CONTAINER_EXTENSIONS, readContainer } from './read-import';
import { readCsv } from './read-csv';
import { extensionOf } from './table-name';
import type { ParsedImport } from './types';

async function statOrThrow(target: string) {
  try {
    return await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new Error(`Hittar ingen fil eller mapp som heter ${target}`);
    }
    throw new Error(`Kan inte läsa ${target}: ${(error as Error).message}`);
  }
}

async function readFolder(collector: ImportCollector, folder: string): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (collector.stopped) return;
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    if (entry.isDirectory()) {
      collector.warn(`undermappen ${entry.name} ignoreras, lägg CSV-filerna direkt i mappen`);
      continue;
    }
    if (extensionOf(entry.name) !== 'csv') {
      collector.warn(`${entry.name} är inte en .csv-fil och ignoreras`);
      continue;
    }
    const file = path.join(folder, entry.name);
    // Size from stat first, so an oversized file is never read into memory.
    if (!collector.fitsSize(entry.name, (await stat(file)).size)) continue;
    readCsv(collector, entry.name, new Uint8Array(await readFile(file)));
  }
}

/**
 * Reads an import from disk: a folder of CSV files, a `.zip` of one, an `.xlsx` workbook
 * or a single CSV file. A missing path or an unsupported kind of file throws, since there
 * is nothing to report rows against; everything else becomes problems and warnings.
 */
export async function readImportPath(
  target: string,
  limits?: Partial<ImportLimits>,
): Promise<ParsedImport> {
  const info = await statOrThrow(target);
  const collector = new ImportCollector(limits);
  if (info.isDirectory()) {
    await readFolder(collector, target);
    return collector.result();
  }
  const name = path.basename(target);
  if (!(CONTAINER_EXTENSIONS as readonly string[]).includes(extensionOf(name))) {
    throw new Error(`${target} måste vara en mapp med CSV-filer, en .zip-fil eller en .xlsx-fil`);
  }
  if (collector.fitsSize(name, info.size)) {
    await readContainer(collector, name, new Uint8Array(await readFile(target)));
  }
  return collector.result();
}
