// Turns generated records into the `RawTable` shape every import container produces, so the
// demo passes through the same validation and writer as a user's files.
import type { ImportTable, RawTable } from '@/lib/import/types';
import { DEMO_FILE_PREFIX } from './constants';

export type CellValue = string | number | null | undefined;

/** One record per row; keys must be among `columns`. Numbers become text, '' becomes null. */
export function toRawTable(
  table: ImportTable,
  columns: readonly string[],
  records: readonly Record<string, CellValue>[],
): RawTable {
  return {
    table,
    file: `${DEMO_FILE_PREFIX}${table}.csv`,
    columns: [...columns],
    rows: records.map((record, index) => {
      const cells: Record<string, string | null> = {};
      for (const column of columns) {
        const value = record[column];
        const text = value === null || value === undefined ? '' : String(value).trim();
        cells[column] = text === '' ? null : text;
      }
      return { line: index + 2, cells };
    }),
  };
}
