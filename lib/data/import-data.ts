import 'server-only';
import { getDb } from '@/db/client';
import { applyImport, type ImportProgressListener, type ImportResult } from '@/db/import/apply-import';
import type { ParsedImport } from '@/lib/import/types';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { writeAudit } from '@/db/writes/audit';
import { requireAdmin } from './authorise';

export interface RunImportOptions {
  dryRun: boolean;
  /** The names of the files read, for the audit log. */
  files?: string[];
  onProgress?: ImportProgressListener;
}

/** Stores (or, on a dry run, only checks) an import, all or nothing. */
export async function runImport(viewer: Viewer, parsed: ParsedImport, options: RunImportOptions): Promise<ImportResult> {
  requireAdmin(viewer);
  const db = await getDb();
  const result = await applyImport(db, parsed, { dryRun: options.dryRun, onProgress: options.onProgress });
  const sum = (c: Partial<Record<string, number>>) => Object.values(c).reduce<number>((a, b) => a + (b ?? 0), 0);
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: options.dryRun ? 'provkörde import' : result.rejected.length ? 'import avvisad' : 'importerade',
    details: {
      ...(options.files ? { files: options.files.join(',') } : {}),
      tables: Object.keys(parsed.tables).join(','),
      created: sum(result.created),
      updated: sum(result.updated),
      rejected: result.rejected.length,
    },
  });
  return result;
}
