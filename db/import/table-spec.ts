import { sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../client';
import type { ImportTable } from '@/lib/import/types';
import { BatchInserter, batches, updateMany, type ColumnSpec } from './batch-write';
import { Classifier, sameFields, type KeyedRow } from './classify';
import type { CodeKind, ImportContext } from './context';
import type { ValidatedTable } from './validated';

export type DbRow = Record<string, string | number | null>;

export interface Located {
  file: string;
  line: number;
}

/**
 * How one import table maps onto its database table. Values are plain objects keyed by
 * column name, so one generic writer serves every table.
 */
export interface TableSpec<V> {
  table: ImportTable;
  sqlTable: string;
  /** The import column a duplicate key is reported on. */
  keyColumn: string;
  /** Columns an insert writes (keys included). */
  insertColumns: ColumnSpec[];
  /** Columns an update may change. */
  updateColumns: ColumnSpec[];
  /** Columns that identify a stored row for an update: `id`, or the composite key. */
  whereColumns: ColumnSpec[];
  /** Stored rows, as the columns above plus `id` where the table has one. */
  selectStored: SQL;
  /**
   * A condition on selectStored's columns that keeps only stored rows the import's rows can
   * match (answers: the rounds they name), so that importing one round does not read every
   * round's answers. Only for tables without `codes`, whose stored rows serve nothing else.
   */
  storedFor?(ctx: ImportContext, values: V[]): SQL;
  storedKey(row: DbRow): string;
  /** Resolves codes to ids (recording a problem and returning null when one is unknown). */
  resolve(ctx: ImportContext, value: V, at: Located): { key: string; values: DbRow } | null;
  /** Fills what the row leaves empty from the stored row (answers keep their unit and role). */
  complete?(ctx: ImportContext, values: DbRow, stored: DbRow | undefined): DbRow;
  /** Registers code → id so later tables can refer to this one. */
  codes?: { kind: CodeKind; column: string };
  /** Answers carry an `updated_at` to bump on change. */
  touch?: boolean;
}

export async function importTable<V>(ctx: ImportContext, spec: TableSpec<V>, input: ValidatedTable<V> | undefined): Promise<void> {
  const empty = !input || input.rows.length === 0;
  // A table without codes that this import does not touch needs nothing read.
  if (empty && !spec.codes) return;
  const narrow = !empty && !spec.codes && spec.storedFor ? spec.storedFor(ctx, input.rows.map((r) => r.value)) : null;
  const storedRows = await queryRows<DbRow>(ctx.tx, narrow ? sql`select * from (${spec.selectStored}) stored where ${narrow}` : spec.selectStored);
  const ids = spec.codes ? ctx.ids_(spec.codes.kind) : null;
  if (ids && spec.codes) for (const row of storedRows) ids.set(String(row[spec.codes.column]), Number(row.id));
  if (!input || input.rows.length === 0) return;

  const stored = new Map(storedRows.map((row) => [spec.storedKey(row), row]));
  const fields = spec.updateColumns.map((c) => c.name);
  const classifier = new Classifier<DbRow, DbRow>(ctx, spec.table, input.file, stored, (v, s) => sameFields(v, s, fields), spec.keyColumn);
  const inserter = new BatchInserter<DbRow>(ctx.tx, spec.sqlTable, spec.insertColumns, {
    returning: spec.codes ? ['id', spec.codes.column] : [], references: ctx.references,
  });
  const toUpdate: Array<KeyedRow<DbRow> & { existing: DbRow }> = [];
  // One location object for the whole table: resolve only reads it (a problem copies it).
  const at: Located = { file: input.file, line: 0 };
  // In batches, so that each batch is resolved while the database stores the one before it.
  for (const rows of batches(input.rows)) {
    const resolved: KeyedRow<DbRow>[] = [];
    for (const { line, value } of rows) {
      at.line = line;
      const r = spec.resolve(ctx, value, at);
      if (!r) continue;
      const values = spec.complete ? spec.complete(ctx, r.values, stored.get(r.key)) : r.values;
      resolved.push({ line, key: r.key, values });
    }
    const classified = classifier.add(resolved);
    for (const r of classified.toUpdate) toUpdate.push(r);
    await inserter.add(classified.toInsert.map((r) => r.values));
  }
  const created = await inserter.finish();
  if (ids && spec.codes) for (const row of created) ids.set(String(row[spec.codes.column]), Number(row.id));

  await updateMany(
    ctx.tx, spec.sqlTable, spec.whereColumns, spec.updateColumns,
    toUpdate.map((r) => ({ ...r.values, ...pick(r.existing, spec.whereColumns) })),
    spec.touch,
  );
}

function pick(row: DbRow, columns: ColumnSpec[]): DbRow {
  return Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]));
}
