import type { DbOrTx } from '../client';
import { BulkReferences } from './bulk-references';
import type { ImportProblem, ImportTable } from '@/lib/import/types';

export type CodeKind = 'framework' | 'unit' | 'role' | 'requirement' | 'person' | 'round' | 'question' | 'course' | 'project' | 'introduction_item';

/** Swedish reasons such as "okänd enhet X", with the adjective agreeing with the noun. */
const UNKNOWN: Record<CodeKind, string> = {
  framework: 'okänt kravramverk',
  unit: 'okänd enhet',
  role: 'okänd yrkesroll',
  requirement: 'okänt krav',
  person: 'okänd person (employee_id)',
  round: 'okänd omgång',
  question: 'okänd effektfråga',
  course: 'okänd utbildning',
  project: 'okänt projekt',
  introduction_item: 'okänt introduktionssteg',
};

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** State shared by the table writers of one import, inside one transaction. */
export class ImportContext {
  readonly problems: ImportProblem[] = [];
  readonly counts = new Map<ImportTable, TableCounts>();
  /** code → id of every row that exists in the transaction (stored earlier or by this import). */
  private readonly ids = new Map<CodeKind, Map<string, number>>();

  /** Each person's current unit and role, read after the import's people file has loaded. */
  currentPlacement = new Map<number, { unitId: number; roleId: number }>();

  /** Foreign keys of bulk inserts checked once per referenced row (bulk-references.ts). */
  readonly references: BulkReferences;

  constructor(readonly tx: DbOrTx) {
    this.references = new BulkReferences(tx);
  }

  setIds(kind: CodeKind, map: Map<string, number>): void {
    this.ids.set(kind, map);
  }

  ids_(kind: CodeKind): Map<string, number> {
    let map = this.ids.get(kind);
    if (!map) {
      map = new Map();
      this.ids.set(kind, map);
    }
    return map;
  }

  /** The id of a code, or undefined after recording a problem on the row's column. */
  resolve(kind: CodeKind, code: string, at: { file: string; line: number }, column: string): number | undefined {
    const id = this.ids_(kind).get(code);
    if (id === undefined) this.reject({ file: at.file, line: at.line, column }, `${UNKNOWN[kind]} ${code}`);
    return id;
  }

  reject(at: { file: string; line: number; column: string | null }, reason: string): void {
    this.problems.push({ file: at.file, line: at.line, column: at.column, reason });
  }

  count(table: ImportTable, what: keyof TableCounts, n = 1): void {
    let c = this.counts.get(table);
    if (!c) {
      c = { created: 0, updated: 0, unchanged: 0 };
      this.counts.set(table, c);
    }
    c[what] += n;
  }
}
