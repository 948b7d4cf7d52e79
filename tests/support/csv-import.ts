import { readImportFiles } from '@/lib/import/read-import';
import { runImport } from '@/lib/data/import-data';
import { SYSTEM_VIEWER } from '@/lib/auth/viewer';
import type { ImportResult } from '@/db/import/apply-import';

/** Imports in-memory CSV files (`{ 'people.csv': 'employee_id,…\n…' }`) through the real pipeline. */
export async function importCsv(files: Record<string, string>, dryRun = false): Promise<ImportResult> {
  const parsed = await readImportFiles(
    Object.entries(files).map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })),
  );
  return runImport(SYSTEM_VIEWER, parsed, { dryRun });
}

export function csv(header: string, rows: Array<Array<string | number | null>>): string {
  return [header, ...rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(','))].join('\n') + '\n';
}
