import {
  MAX_FILE_BYTES,
  MAX_IMPORT_ROWS,
  type ImportProblem,
  type ImportTable,
  type ParsedImport,
  type RawTable,
} from './types';

export interface ImportLimits {
  maxFileBytes: number;
  maxRows: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: MAX_FILE_BYTES,
  maxRows: MAX_IMPORT_ROWS,
};

/** `2000000` → `2 000 000`, as Swedish text writes large numbers. */
function swedishNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * Shared state of one import while its files are read: the readers of every container
 * report into it, so the row limit spans all files and a table can only come from one.
 */
export class ImportCollector {
  readonly tables: Partial<Record<ImportTable, RawTable>> = {};
  readonly problems: ImportProblem[] = [];
  readonly warnings: string[] = [];
  readonly limits: ImportLimits;
  /** Set once the row limit is passed; readers stop, since the import is rejected anyway. */
  stopped = false;
  private rowCount = 0;

  constructor(limits: Partial<ImportLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  problem(file: string, line: number, column: string | null, reason: string): void {
    this.problems.push({ file, line, column, reason });
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  /** False (and a problem) when a file is too large to read. */
  fitsSize(file: string, bytes: number): boolean {
    if (bytes <= this.limits.maxFileBytes) return true;
    const mb = Math.round(this.limits.maxFileBytes / (1024 * 1024));
    this.problem(file, 0, null, `filen är större än ${mb} MB`);
    return false;
  }

  /** Counts one data row; false once the import holds more rows than allowed. */
  countRow(file: string, line: number): boolean {
    if (this.stopped) return false;
    this.rowCount += 1;
    if (this.rowCount <= this.limits.maxRows) return true;
    this.stopped = true;
    this.problem(
      file,
      line,
      null,
      `importen har fler än ${swedishNumber(this.limits.maxRows)} rader, dela upp den i flera importer`,
    );
    return false;
  }

  /**
   * Two files for one table (e.g. `people.csv` and `People.csv`, or two sheets) would make
   * the result depend on reading order, so the second one is refused.
   */
  canTake(table: ImportTable, file: string): boolean {
    const existing = this.tables[table];
    if (!existing) return true;
    this.problem(file, 0, null, `tabellen ${table} finns redan i ${existing.file}, ta bort en av dem`);
    return false;
  }

  addTable(raw: RawTable): void {
    this.tables[raw.table] = raw;
  }

  result(): ParsedImport {
    return { tables: this.tables, problems: this.problems, warnings: this.warnings };
  }
}
