/** A table after row validation: typed values with their spreadsheet line numbers. */
export interface ValidatedTable<V> {
  file: string;
  rows: Array<{ line: number; value: V }>;
}
