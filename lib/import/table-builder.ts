import type { ImportCollector } from './import-collector';
import { isKnownColumn } from './table-columns';
import type { ImportTable, RawRow, RawTable } from './types';

function cellText(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Turns a header and records (from CSV or a sheet) into a RawTable: maps positions to
 * known column names, warns once about unknown columns and skips empty records while
 * keeping their line numbers.
 */
export class TableBuilder {
  /** Column name per position, or null for unknown, unnamed or repeated columns. */
  private readonly names: Array<string | null>;
  private readonly raw: RawTable;

  constructor(
    private readonly collector: ImportCollector,
    table: ImportTable,
    file: string,
    header: ReadonlyArray<string | null>,
  ) {
    const columns: string[] = [];
    this.names = header.map((h) => {
      const name = cellText(h)?.toLowerCase() ?? null;
      if (name === null) return null;
      if (!isKnownColumn(table, name)) {
        collector.warn(`${file}: okänd kolumn "${name}" ignoreras`);
        return null;
      }
      if (columns.includes(name)) {
        collector.problem(file, 1, name, 'kolumnen finns flera gånger, behåll bara en');
        return null;
      }
      columns.push(name);
      return name;
    });
    this.raw = { table, file, columns, rows: [] };
  }

  get width(): number {
    return this.names.length;
  }

  /**
   * Adds one record; false when the row limit is reached and reading should stop.
   * Values past the header's width are the caller's concern (it knows the format).
   */
  add(line: number, values: ReadonlyArray<string | null | undefined>): boolean {
    const texts = values.map(cellText);
    if (texts.every((t) => t === null)) return true;
    if (!this.collector.countRow(this.raw.file, line)) return false;
    const cells: RawRow['cells'] = {};
    this.names.forEach((name, i) => {
      if (name !== null) cells[name] = texts[i] ?? null;
    });
    this.raw.rows.push({ line, cells });
    return true;
  }

  finish(): void {
    this.collector.addTable(this.raw);
  }
}
