// The shape every import container (CSV folder, zip, XLSX workbook, demo generator) is
// turned into before validation: every cell as trimmed text or null.

export const IMPORT_TABLES = [
  'units',
  'roles',
  'requirements',
  'role_requirements',
  'people',
  'rounds',
  'invitations',
  'assessments',
  'effect_questions',
  'effect_responses',
  'courses',
  'course_requirements',
  'enrolments',
  'projects',
  'project_participants',
  'project_indicators',
  'introduction_items',
  'introduction_completions',
  'users',
  'translations',
] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

export interface RawRow {
  /** Line as a spreadsheet shows it: the header is line 1, the first data row line 2. */
  line: number;
  /** Lower-cased column name → trimmed cell text, or null for an empty cell. */
  cells: Record<string, string | null>;
}

export interface RawTable {
  table: ImportTable;
  /** File (or `workbook.xlsx:sheet`) name used in problem reports, e.g. `people.csv`. */
  file: string;
  /** Lower-cased column names in file order. */
  columns: string[];
  rows: RawRow[];
}

/** A rejected row, or a file that could not be read: `file:line: column: reason`. */
export interface ImportProblem {
  file: string;
  line: number;
  column: string | null;
  reason: string;
}

export interface ParsedImport {
  tables: Partial<Record<ImportTable, RawTable>>;
  /** Problems found while reading (unreadable file, too large, too many rows). */
  problems: ImportProblem[];
  /** Not errors: unknown columns, files that are not import tables. */
  warnings: string[];
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2_000_000;
