import { sql } from 'drizzle-orm';
import { generateDemo } from '@/lib/demo/generate-demo';
import { applyImport, type ImportResult } from '../import/apply-import';
import { queryRows, type Db } from '../client';

/** True when the database holds no organisation yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo municipality through the same validation and writer as a user's import,
 * so the demo can never hold data an import would reject.
 */
export async function seedDemo(db: Db): Promise<ImportResult> {
  const result = await applyImport(db, generateDemo(), { dryRun: false });
  if (result.rejected.length > 0) {
    const first = result.rejected.slice(0, 5).map((p) => `${p.file}:${p.line}: ${p.column}: ${p.reason}`).join('\n');
    throw new Error(`The demo data set was rejected (${result.rejected.length} problems):\n${first}`);
  }
  return result;
}
