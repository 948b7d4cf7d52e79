import 'server-only';
import { getDb } from '@/db/client';
import { applyImport, type ImportResult } from '@/db/import/apply-import';
import type { ParsedImport } from '@/lib/import/types';
import type { Viewer } from '@/lib/auth/viewer';

/** Stores (or, on a dry run, only checks) an import, all or nothing. */
export async function runImport(viewer: Viewer, parsed: ParsedImport, options: { dryRun: boolean }): Promise<ImportResult> {
  void viewer; // only administrators import; checked here once users exist (access issue)
  return applyImport(await getDb(), parsed, options);
}
