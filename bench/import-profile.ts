// Where an import's time goes: parse, validate, each table's writes, the rollup rebuild (after
// the last table), and the slowest kinds of statement; for a first import into an empty
// database, the same files again, and a dry run. The benchmark's files (bench/import.ts). Not
// part of `npm run bench`; run by hand while tuning:
//   npx tsx --conditions=react-server bench/import-profile.ts [--pg URL | --disk] [--people N] [--rounds N] [--runs first,again,dry run]
// --pg empties the database it is given (drops its public schema) first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import { openDatabase, type DbHandle } from '@/db/client';
import { applyImport, type ImportResult } from '@/db/import/apply-import';
import { readImportFiles } from '@/lib/import/read-import';
import { validateTable } from '@/lib/validation/import-rows';
import type { RawTable } from '@/lib/import/types';
import { importCsvFiles } from './import';

const { values } = parseArgs({
  options: {
    pg: { type: 'string' },
    disk: { type: 'boolean', default: false },
    people: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '2' },
    runs: { type: 'string', default: 'first,again,dry run' },
  },
});

// Time spent in each kind of statement (its first 70 characters), summed over one import. A
// statement's time runs from the call to its result: a batch INSERT that BatchInserter sends
// ahead includes whatever the import did meanwhile.
const statements = new Map<string, { n: number; ms: number }>();
type Exec = (this: unknown, query: SQL) => Promise<unknown>;

/** Times every `execute` of the driver's database and transaction classes (they share this prototype). */
function timeStatements(db: object): void {
  let proto = Object.getPrototypeOf(db) as { execute?: Exec; constructor: { name: string } } | null;
  while (proto && proto.constructor.name !== 'PgDatabase') proto = Object.getPrototypeOf(proto);
  if (!proto?.execute) throw new Error('PgDatabase.prototype.execute not found');
  const execute = proto.execute;
  proto.execute = async function (this: { dialect: { sqlToQuery(q: SQL): { sql: string } } }, query: SQL) {
    const text = typeof query === 'string' ? query : this.dialect.sqlToQuery(query).sql;
    const label = text.replace(/\s+/g, ' ').trim().slice(0, 70);
    const started = performance.now();
    try {
      return await execute.call(this, query);
    } finally {
      const s = statements.get(label) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += performance.now() - started;
      statements.set(label, s);
    }
  } as Exec;
}

async function open(): Promise<DbHandle> {
  // In memory by default, as the benchmark runs it; --disk for a folder as the app uses.
  if (!values.pg) return openDatabase({ driver: 'pglite', dir: values.disk ? fs.mkdtempSync(path.join(os.tmpdir(), 'kk-import-profile-')) : null });
  const c = new pg.Client({ connectionString: values.pg });
  await c.connect();
  await c.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
  await c.end();
  return openDatabase({ driver: 'pg', url: values.pg });
}

function summary(r: ImportResult): string {
  const sum = (c: Partial<Record<string, number>>) => Object.values(c).reduce<number>((a, b) => a + (b ?? 0), 0);
  return `created ${sum(r.created)}, updated ${sum(r.updated)}, unchanged ${sum(r.unchanged)}, rejected ${r.rejected.length}`;
}

async function main() {
  const handle = await open();
  timeStatements(handle.db);
  const files = importCsvFiles(Number(values.people), Number(values.rounds));
  let t = performance.now();
  const parsed = await readImportFiles(Object.entries(files).map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })));
  const rows = Object.values(parsed.tables).reduce((n, tb) => n + (tb?.rows.length ?? 0), 0);
  console.log(`${handle.driver}: ${rows} rows; parse ${((performance.now() - t) / 1000).toFixed(2)} s`);

  t = performance.now();
  for (const raw of Object.values(parsed.tables)) validateTable(raw as RawTable & { table: 'units' });
  console.log(`validate alone ${((performance.now() - t) / 1000).toFixed(2)} s`);

  for (const run of (values.runs as string).split(',')) {
    statements.clear();
    const started = performance.now();
    let last = started;
    const steps: string[] = [];
    const result = await applyImport(handle.db, parsed, {
      dryRun: run === 'dry run',
      onProgress: (s) => {
        const now = performance.now();
        steps.push(`${s.phase} ${s.table} ${((now - last) / 1000).toFixed(2)}`);
        last = now;
      },
    });
    const end = performance.now();
    console.log(`\n== ${run}: ${((end - started) / 1000).toFixed(2)} s (${(rows / ((end - started) / 1000)).toFixed(0)} rows/s); after last table ${((end - last) / 1000).toFixed(2)} s; ${summary(result)}`);
    console.log(steps.join('\n'));
    const top = [...statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
    for (const [label, s] of top) console.log(`  ${(s.ms / 1000).toFixed(2)} s  ×${s.n}  ${label}`);
  }
  await handle.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
