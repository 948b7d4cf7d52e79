import { unzipSync, type Unzipped } from 'fflate';
import type { ImportCollector } from './import-collector';
import { readCsv } from './read-csv';
import { baseName, extensionOf, tableFromCsvName } from './table-name';

/** macOS and editors leave metadata beside the real files; it is never import data. */
function isHidden(entry: string): boolean {
  return entry.split('/').some((part) => part === '__MACOSX' || part.startsWith('.'));
}

/** Reads a zip of a folder of CSV files; the folder may be nested inside the archive. */
export function readZip(collector: ImportCollector, file: string, bytes: Uint8Array): void {
  let entries: Unzipped;
  try {
    // The filter sees each entry's header before inflating, so oversized entries (or a
    // zip bomb) are refused without allocating their content.
    entries = unzipSync(bytes, {
      filter: (info) => {
        if (info.name.endsWith('/') || isHidden(info.name)) return false;
        const name = baseName(info.name);
        if (extensionOf(name) !== 'csv') {
          collector.warn(`${file}: ${info.name} är inte en .csv-fil och ignoreras`);
          return false;
        }
        if (tableFromCsvName(name) === null) {
          collector.warn(`${name}: ingen importtabell har det namnet, filen ignoreras`);
          return false;
        }
        return collector.fitsSize(name, info.originalSize);
      },
    });
  } catch {
    collector.problem(file, 0, null, 'zip-filen är skadad eller kan inte läsas');
    return;
  }
  for (const entry of Object.keys(entries).sort()) {
    if (collector.stopped) return;
    const data = entries[entry];
    if (data) readCsv(collector, baseName(entry), data);
  }
}
