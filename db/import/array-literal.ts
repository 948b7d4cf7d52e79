/**
 * A PostgreSQL array literal (`{1,NULL,"a \"b\""}`) of plain values, sent as one text
 * parameter and cast in SQL (`$1::int[]`). Every driver passes text through unchanged, where
 * their handling of JS arrays differs (node-postgres and PGlite serialise them each their own way).
 * Strings are always quoted, so empty strings, `NULL`, commas, braces and spaces survive.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) parts[i] = element(values[i]);
  return `{${parts.join(',')}}`;
}

/** The array literal of one field of each row: `arrayLiteral(rows.map((r) => r[field]))` without the copy. */
export function columnLiteral(rows: ReadonlyArray<Record<string, unknown>>, field: string): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) parts[i] = element((rows[i] as Record<string, unknown>)[field]);
  return `{${parts.join(',')}}`;
}

const NEEDS_ESCAPE = /[\\"]/g;

function element(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot store ${v} in an array parameter`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'string') return `"${v.replace(NEEDS_ESCAPE, '\\$&')}"`;
  throw new Error(`cannot store a ${typeof v} in an array parameter`);
}
